import type { PathSegment } from "../finding.js";
import { compareIds, type Rec } from "../model.js";
import { countInterested } from "../interest.js";
import { takesEffect } from "../lifecycle.js";
import type { Decision, Project, Report } from "../types.generated.js";

/** A guard of spec/lifecycle.md that a decision does not meet: a finding code with its params. */
export interface GuardIssue {
  code: string;
  path: PathSegment[];
  params: Record<string, string | number>;
  /**
   * True for guards on facts that may rightly change after the decision (a partner leaves, a milestone is
   * replaced): `ikz decide` enforces them, validation cannot hold an old decision to today's record.
   */
  whenDeciding?: true;
}

/** What the guards read besides the decision and its project. */
export interface GuardContext {
  /** The project's decisions in replay order (the decision being checked may be among them). */
  decisions: readonly Rec<Decision>[];
  reportOf: (id: string) => Report | undefined;
  /** Number of lessons recorded for the project. */
  lessons: number;
}

/** The guards a decision of `d.type` fails for project `p` (only meaningful for decisions that take effect). */
export function guardIssues(d: Decision, p: Project, ctx: GuardContext): GuardIssue[] {
  const out: GuardIssue[] = [];
  const fail = (code: string, path: PathSegment[], params: Record<string, string | number> = {}, whenDeciding = false) =>
    out.push({ code, path, params: { type: d.type, project: p.id, ...params }, ...(whenDeciding ? { whenDeciding: true as const } : {}) });
  const participants = p.participants?.length ?? 0;
  switch (d.type) {
    case "prioritize": {
      // Interest as it stood on the decision date, by the one ordering rule `ikz prioritize` and the agenda use.
      const interested = countInterested(p.interest ?? [], d.date);
      if (interested < 2) fail("IKZ-LC-015", ["type"], { count: interested });
      if (p.lead === undefined) fail("IKZ-LC-010", ["type"], { what: "lead" });
      break;
    }
    case "mandate":
      if (p.project_manager === undefined) fail("IKZ-LC-010", ["type"], { what: "project_manager" }, true);
      if (participants < 2) fail("IKZ-LC-012", ["type"], { count: participants }, true);
      if ((p.milestones?.length ?? 0) === 0) fail("IKZ-LC-010", ["type"], { what: "milestones" }, true);
      break;
    case "direction":
      if (p.legal_form === undefined || p.legal_form === "open") fail("IKZ-LC-009", ["type"]);
      if (participants < 2) fail("IKZ-LC-012", ["type"], { count: participants }, true);
      break;
    case "implementation_release": {
      for (const participant of p.participants ?? []) {
        const ok = p.council_resolutions?.some((r) => r.municipality === participant.municipality && r.result === "approved" && r.date <= d.date);
        if (!ok) fail("IKZ-LC-005", ["type"], { municipality: participant.municipality });
      }
      if (participants < 2) fail("IKZ-LC-012", ["type"], { count: participants });
      if (p.agreement?.signed === undefined || p.agreement.signed > d.date) fail("IKZ-LC-010", ["type"], { what: "agreement.signed" });
      break;
    }
    case "start_operation":
      if (p.agreement?.effective === undefined) fail("IKZ-LC-010", ["type"], { what: "agreement.effective" });
      break;
    case "milestone": {
      // An unknown milestone is a reference finding of its own.
      const milestone = p.milestones?.find((m) => m.id === d.milestone);
      if (milestone && !milestone.gate) fail("IKZ-LC-016", ["milestone"], { milestone: milestone.id });
      else if (milestone && milestone.done === undefined) fail("IKZ-LC-019", ["milestone"], { milestone: milestone.id });
      else if (milestone && milestone.done! > d.date) fail("IKZ-LC-006", ["milestone"], { milestone: milestone.id, done: milestone.done! });
      // A gate is passed once; a second approval would release the same stage twice.
      const earlier = ctx.decisions.find((x) => x.data.id !== d.id && x.data.type === "milestone" && x.data.milestone === d.milestone && takesEffect(x.data.outcome) && isBefore(x.data, d));
      if (milestone && earlier) fail("IKZ-LC-017", ["milestone"], { milestone: milestone.id, earlier: earlier.data.id });
      break;
    }
    case "hold": {
      if (d.resubmission !== undefined && d.resubmission <= d.date) fail("IKZ-LC-018", ["resubmission"], { resubmission: d.resubmission, date: d.date });
      break;
    }
    case "close": {
      const accepted = ctx.decisions.filter((x) => x.data.type === "accept_report" && takesEffect(x.data.outcome) && x.data.date <= d.date);
      const final = accepted.some((x) => ["final", "evaluation"].includes(ctx.reportOf(x.data.report ?? "")?.kind ?? ""));
      if (!final) fail("IKZ-LC-007", ["type"]);
      if (ctx.lessons === 0) fail("IKZ-LC-013", ["type"]);
      break;
    }
    case "accept_report": {
      const earlier = ctx.decisions.find(
        (x) => x.data.id !== d.id && x.data.type === "accept_report" && x.data.report === d.report && takesEffect(x.data.outcome) && isBefore(x.data, d),
      );
      if (earlier) fail("IKZ-LC-008", ["report"], { report: d.report ?? "", earlier: earlier.data.id });
      // Like the milestone done by the decision date: a report is accepted once it is there, not before.
      const report = d.report === undefined ? undefined : ctx.reportOf(d.report);
      // Another project's report is a reference finding (IKZ-REF-012) of its own.
      if (report && report.project === p.id && report.submitted > d.date) fail("IKZ-LC-020", ["report"], { report: d.report!, submitted: report.submitted, date: d.date });
      break;
    }
    default:
      break;
  }
  return out;
}

/** Replay order: earlier date, or the same date and a lower ID. */
function isBefore(a: Decision, b: Decision): boolean {
  return a.date < b.date || (a.date === b.date && compareIds(a.id, b.id) < 0);
}
