import { reportId, type RegisterModel } from "../../domain/model.js";
import { forAudience } from "../audience.js";
import type { Audience, ExportSource } from "../document.js";
import { makeContext } from "./context.js";
import { computeMoney } from "./money-kpis.js";
import { computeParticipation } from "./participation-kpis.js";
import { computeDecisions, computeMeetings, computePortfolio } from "./portfolio-kpis.js";
import { computeProcess } from "./process-kpis.js";
import type { QuarterSpan } from "./quarter.js";
import { computeMilestones, computeReports } from "./schedule-kpis.js";
import type { ControllingData } from "./types.js";
import { computeWatch } from "./watch-kpis.js";

/** Everything the controlling summary is computed from: two register states, the quarter, the audience. */
export interface ControllingInput {
  quarter: QuarterSpan;
  /** The register at the end of the day before the quarter (empty when history starts later). */
  start: RegisterModel;
  /** The register at the quarter's end, or at HEAD while the quarter runs. */
  end: RegisterModel;
  /** The quarter's last day, or today while it runs. */
  referenceDate: string;
  provisional: boolean;
  audience: Audience;
  source: { end: ExportSource; start?: ExportSource };
}

/** The quarter's figures, computed only from what `audience` may see (forAudience on both states first). Pure. */
export function computeControlling(input: ControllingInput): ControllingData {
  const start = forAudience(input.start, input.audience);
  const end = forAudience(input.end, input.audience);
  // Report kinds come from the full register: hiding reports from an audience must not change how decisions replay.
  const kinds = new Map(input.end.reports.map((r) => [reportId(r.data), { kind: r.data.kind }]));
  const ctx = makeContext(input.quarter, start, end, input.referenceDate, (id) => kinds.get(id));
  const config = end.config?.data;
  const { label, start: first, end: last } = input.quarter;
  return {
    kind: "controlling",
    schemaVersion: 1,
    quarter: { label, start: first, end: last, provisional: input.provisional, referenceDate: input.referenceDate },
    register: { name: config?.name ?? "", sample: config?.sample === true },
    audience: input.audience,
    ...(input.end.reports.length > 0 && end.reports.length === 0 ? { reportsWithheld: true as const } : {}),
    // Meetings are internal by default: like reports, a count of 0 would read as "the steering group never met".
    ...(input.end.meetings.length > 0 && end.meetings.length === 0 ? { meetingsWithheld: true as const } : {}),
    source: input.source,
    portfolio: computePortfolio(ctx),
    decisions: computeDecisions(ctx),
    meetings: computeMeetings(ctx),
    milestones: withoutUnknownSlips(computeMilestones(ctx, input.provisional), input.source.start !== undefined),
    // Without a single visible report every due report would read as missing: the list stays empty instead.
    reports: input.end.reports.length > 0 && end.reports.length === 0 ? { periods: [], due: 0, received: 0, onTime: 0, list: [], lights: [] } : computeReports(ctx, input.provisional),
    money: computeMoney(ctx),
    participation: computeParticipation(ctx),
    process: computeProcess(ctx),
    watch: computeWatch(ctx, !(input.end.reports.length > 0 && end.reports.length === 0)),
  };
}

/** Before the Git history began nobody knows the forecasts at the quarter's start: no slip can be told, so none is claimed. */
function withoutUnknownSlips(m: ControllingData["milestones"], startKnown: boolean): ControllingData["milestones"] {
  return startKnown ? m : { ...m, slipped: [] };
}
