import { indexRegister, type RegisterIndex, type RegisterModel } from "../../domain/model.js";
import { replayDecisions, type Replay } from "../../domain/replay.js";
import type { QuarterSpan } from "./quarter.js";

/** What every KPI function of the controlling summary works from; built once per export. Pure data. */
export interface QuarterContext {
  quarter: QuarterSpan;
  /** The register as committed at the end of the day before the quarter (empty when history starts later), for the audience. */
  start: RegisterModel;
  /** The register as committed at the quarter's end (or HEAD while the quarter runs), for the audience. */
  end: RegisterModel;
  /** The day figures "as of" are computed for: the quarter's last day, or today while it runs. */
  referenceDate: string;
  endIndex: RegisterIndex;
  /** Each project's decisions of the end state replayed from `idea` (date order). */
  replays: Map<string, Replay>;
  titleOf(project: string): string;
}

/** An empty register: the start state of a quarter before the register's history began. */
export function emptyModel(config?: RegisterModel["config"]): RegisterModel {
  return { ...(config ? { config } : {}), projects: [], decisions: [], meetings: [], reports: [], lessons: [], invalidIds: new Set() };
}

/** Builds the context: indexes and decision replays of the end state. */
export function makeContext(quarter: QuarterSpan, start: RegisterModel, end: RegisterModel, referenceDate: string): QuarterContext {
  const endIndex = indexRegister(end);
  const replays = new Map<string, Replay>();
  for (const { data: p } of end.projects) replays.set(p.id, replayDecisions(endIndex.decisionsByProject.get(p.id) ?? [], (id) => endIndex.reports.get(id)?.data));
  return { quarter, start, end, referenceDate, endIndex, replays, titleOf: (id) => endIndex.projects.get(id)?.data.title ?? id };
}
