import type { Decision, Project } from "../types.generated.js";
import { compareIds, type Rec, type RegisterIndex } from "../model.js";

import { takesEffect, type Phase } from "../lifecycle.js";
import { replayDecisions, missingDecisions } from "../replay.js";
import type { IssueList } from "./issue-builder.js";

/** The project's phase equals the replay of its decisions; each decision was allowed and its guards hold. */
export function checkLifecycle(project: Rec<Project>, index: RegisterIndex, out: IssueList): void {
  const { file, data: p } = project;
  const decisions = index.decisionsByProject.get(p.id) ?? [];
  const replay = replayDecisions(decisions, (id) => index.reports.get(id)?.data);
  for (const step of replay.steps) {
    for (const problem of step.problems) out.error(problem.code, step.decision.file, [problem.key], problem.params);
    if (step.decision.data.date < p.created) out.error("IKZ-PRJ-005", step.decision.file, ["date"], { date: step.decision.data.date, before: p.created, what: p.id });
    if (step.applied && takesEffect(step.decision.data.outcome)) checkGuards(step.decision, project, index, out);
  }
  if (replay.phase !== p.phase) {
    const missing = missingDecisions(replay.phase, p.phase as Phase, replay.beforeHold);
    // No way forward from the replayed phase to the recorded one: the record lags behind its decisions.
    if (missing.length === 0) out.error("IKZ-LC-014", file, ["phase"], { phase: p.phase, replayed: replay.phase });
    else out.error("IKZ-LC-001", file, ["phase"], { phase: p.phase, replayed: replay.phase, missing: missing.join(" → ") });
  }
  const last = decisions.filter((d) => takesEffect(d.data.outcome) && d.data.type === "hold").at(-1);
  if (p.phase === "on_hold" && last?.data.resubmission !== undefined && p.hold_until !== undefined && p.hold_until !== last.data.resubmission) {
    out.warn("IKZ-LC-011", file, ["hold_until"], { value: p.hold_until, decision: last.data.id, resubmission: last.data.resubmission });
  }
}

function checkGuards(decision: Rec<Decision>, project: Rec<Project>, index: RegisterIndex, out: IssueList): void {
  const { file, data: d } = decision;
  const p = project.data;
  const fail = (code: string, path: Array<string | number>, params: Record<string, string | number> = {}) => out.error(code, file, path, { type: d.type, project: p.id, ...params });
  switch (d.type) {
    case "prioritize": {
      // Interest as it stood on the decision date: each municipality's latest expression up to then.
      const latest = new Map<string, string>();
      for (const x of [...(p.interest ?? [])].sort((a, b) => (a.date ?? "").localeCompare(b.date ?? ""))) {
        if (x.date === undefined || x.date <= d.date) latest.set(x.municipality, x.level);
      }
      const interested = [...latest.values()].filter((level) => level === "interested").length;
      if (interested < 2) fail("IKZ-LC-015", ["type"], { count: interested });
      if (p.lead === undefined) fail("IKZ-LC-010", ["type"], { what: "lead" });
      break;
    }
    case "direction":
      if (p.legal_form === undefined || p.legal_form === "open") fail("IKZ-LC-009", ["type"]);
      break;
    case "implementation_release": {
      for (const participant of p.participants ?? []) {
        const ok = p.council_resolutions?.some((r) => r.municipality === participant.municipality && r.result === "approved" && r.date <= d.date);
        if (!ok) fail("IKZ-LC-005", ["type"], { municipality: participant.municipality });
      }
      if ((p.participants?.length ?? 0) < 2) fail("IKZ-LC-012", ["type"], { count: p.participants?.length ?? 0 });
      if (p.agreement?.signed === undefined || p.agreement.signed > d.date) fail("IKZ-LC-010", ["type"], { what: "agreement.signed" });
      break;
    }
    case "start_operation":
      if (p.agreement?.effective === undefined) fail("IKZ-LC-010", ["type"], { what: "agreement.effective" });
      break;
    case "milestone": {
      const milestone = p.milestones?.find((m) => m.id === d.milestone);
      if (milestone && (!milestone.gate || milestone.done === undefined || milestone.done > d.date)) {
        fail("IKZ-LC-006", ["milestone"], { milestone: milestone.id });
      }
      break;
    }
    case "close": {
      const reports = (index.decisionsByProject.get(p.id) ?? []).filter((x) => x.data.type === "accept_report" && takesEffect(x.data.outcome) && x.data.date <= d.date);
      const final = reports.some((x) => ["final", "evaluation"].includes(index.reports.get(x.data.report ?? "")?.data.kind ?? ""));
      if (!final) fail("IKZ-LC-007", ["type"]);
      if ((index.lessonsByProject.get(p.id) ?? []).length === 0) fail("IKZ-LC-013", ["type"]);
      break;
    }
    case "accept_report": {
      const earlier = (index.decisionsByProject.get(p.id) ?? []).find(
        (x) => x !== decision && x.data.type === "accept_report" && x.data.report === d.report && takesEffect(x.data.outcome) && (x.data.date < d.date || (x.data.date === d.date && compareIds(x.data.id, d.id) < 0)),
      );
      if (earlier) fail("IKZ-LC-008", ["report"], { report: d.report ?? "", earlier: earlier.data.id });
      break;
    }
    default:
      break;
  }
}

/** Report IDs accepted by an effective accept_report decision: these are append-only. */
export function acceptedReports(decisions: readonly Rec<Decision>[]): Set<string> {
  return new Set(decisions.filter((d) => d.data.type === "accept_report" && takesEffect(d.data.outcome) && d.data.report !== undefined).map((d) => d.data.report!));
}

