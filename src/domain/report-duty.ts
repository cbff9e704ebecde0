import type { Phase } from "./lifecycle.js";
import type { Replay } from "./replay.js";
import type { Project } from "./types.generated.js";

/** Phases that report quarterly (spec/lifecycle.md "Date-aware checks"). */
export const REPORTING_PHASES: readonly Phase[] = ["implementation", "operation"];

/** Days a project spent in implementation or operation: from the decision that took it there, until the one that took it out. */
export interface ReportingStretch {
  from: string;
  /** The day of the decision that ended the stretch; absent while it lasts. */
  until?: string;
}

/**
 * A project's stretches in implementation or operation, from its replayed decisions. A project in such a phase that
 * no decision explains (a finding of validate) reports from its creation on.
 */
export function reportingStretches(project: Pick<Project, "phase" | "created">, replay: Pick<Replay, "steps">): ReportingStretch[] {
  const out: ReportingStretch[] = [];
  let open: ReportingStretch | undefined;
  for (const step of replay.steps) {
    const reporting = REPORTING_PHASES.includes(step.after);
    if (reporting && open === undefined) {
      open = { from: step.decision.data.date };
      out.push(open);
    } else if (!reporting && open !== undefined) {
      open.until = step.decision.data.date;
      open = undefined;
    }
  }
  if (open === undefined && REPORTING_PHASES.includes(project.phase)) return [{ from: project.created }];
  return out;
}

/**
 * The one rule for which quarterly reports a project owes – for ikz check, ikz status and the controlling summary
 * alike: the report of every quarter at whose last day (end of day) the project was in implementation or operation.
 * The duty stays when the project moves on (an evaluation order does not excuse the last quarters of operation) and
 * when it is paused, closed or cancelled later: a quarter's figures of reports due and received do not change
 * afterwards. Whether a missing report is still chased is another question – only while the project is running
 * (isRunning; see findMissingReports).
 */
export function owesQuarterlyReport(stretches: readonly ReportingStretch[], quarterEnd: string): boolean {
  return stretches.some((s) => s.from <= quarterEnd && (s.until === undefined || s.until > quarterEnd));
}
