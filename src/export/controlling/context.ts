import { indexRegister, type RegisterIndex, type RegisterModel } from "../../domain/model.js";
import { lifecycleOf } from "../../domain/lifecycle.js";
import { replayDecisions, type Replay } from "../../domain/replay.js";
import type { Report } from "../../domain/types.generated.js";
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

/** What the replay needs of a report: its kind (an accepted assessment report moves a project to the proposal). */
export type ReportKindOf = (id: string) => Pick<Report, "kind"> | undefined;

/**
 * Builds the context: indexes and decision replays of the end state. `reportKindOf` looks reports up in the
 * unfiltered register: a council or public edition has no reports, yet its (visible) decisions must replay the same.
 */
export function makeContext(quarter: QuarterSpan, start: RegisterModel, end: RegisterModel, referenceDate: string, reportKindOf?: ReportKindOf): QuarterContext {
  const endIndex = indexRegister(end);
  const kindOf: ReportKindOf = reportKindOf ?? ((id) => endIndex.reports.get(id)?.data);
  const replays = new Map<string, Replay>();
  // Only `kind` is read by the replay; no other report field reaches the figures this way.
  // The register's own lifecycle (ikz.yaml `lifecycle`), as validate and decide replay it.
  const lifecycle = lifecycleOf(end.config?.data);
  for (const { data: p } of end.projects) replays.set(p.id, replayDecisions(endIndex.decisionsByProject.get(p.id) ?? [], (id) => kindOf(id) as Report | undefined, lifecycle));
  return { quarter, start, end, referenceDate, endIndex, replays, titleOf: (id) => endIndex.projects.get(id)?.data.title ?? id };
}
