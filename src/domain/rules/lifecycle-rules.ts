import type { Decision, IkzConfig, Project } from "../types.generated.js";
import type { Rec, RegisterIndex } from "../model.js";
import { lifecycleOf, takesEffect, type Phase } from "../lifecycle.js";
import { replayDecisions, missingDecisions } from "../replay.js";
import { guardIssues } from "../decide/guards.js";
import type { IssueList } from "./issue-builder.js";

/** The project's phase equals the replay of its decisions (under the register's lifecycle); each decision was allowed and its guards hold. */
export function checkLifecycle(project: Rec<Project>, index: RegisterIndex, out: IssueList, config?: IkzConfig): void {
  const { file, data: p } = project;
  const lifecycle = lifecycleOf(config);
  const decisions = index.decisionsByProject.get(p.id) ?? [];
  const reportOf = (id: string) => index.reports.get(id)?.data;
  const replay = replayDecisions(decisions, reportOf, lifecycle);
  const context = { decisions, reportOf, lessons: (index.lessonsByProject.get(p.id) ?? []).length };
  for (const step of replay.steps) {
    for (const problem of step.problems) out.error(problem.code, step.decision.file, [problem.key], problem.params);
    if (step.decision.data.date < p.created) out.error("IKZ-PRJ-005", step.decision.file, ["date"], { date: step.decision.data.date, before: p.created, what: p.id, anchor: "project" });
    if (step.applied && takesEffect(step.decision.data.outcome)) {
      for (const issue of guardIssues(step.decision.data, p, context)) if (!issue.whenDeciding) out.error(issue.code, step.decision.file, issue.path, issue.params);
    }
  }
  if (replay.phase !== p.phase) {
    const missing = missingDecisions(replay.phase, p.phase as Phase, replay.beforeHold, lifecycle);
    // No way forward from the replayed phase to the recorded one: the record lags behind its decisions.
    if (missing.length === 0) out.error("IKZ-LC-014", file, ["phase"], { phase: p.phase, replayed: replay.phase });
    else out.error("IKZ-LC-001", file, ["phase"], { phase: p.phase, replayed: replay.phase, missing: missing.join(" → ") });
  }
  const last = decisions.filter((d) => takesEffect(d.data.outcome) && d.data.type === "hold").at(-1);
  if (p.phase === "on_hold" && last?.data.resubmission !== undefined && p.hold_until !== undefined && p.hold_until !== last.data.resubmission) {
    out.warn("IKZ-LC-011", file, ["hold_until"], { value: p.hold_until, decision: last.data.id, resubmission: last.data.resubmission });
  }
}

/** Report IDs accepted by an effective accept_report decision: these are append-only. */
export function acceptedReports(decisions: readonly Rec<Decision>[]): Set<string> {
  return new Set(decisions.filter((d) => d.data.type === "accept_report" && takesEffect(d.data.outcome) && d.data.report !== undefined).map((d) => d.data.report!));
}

