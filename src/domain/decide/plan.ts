import type { Issue } from "../finding.js";
import { byDateThenId, indexRegister, type Rec, type RegisterModel } from "../model.js";
import { bodyMayDecide, lifecycleOf, takesEffect, typesAllowedIn, type Body, type DecisionType, type Lifecycle, type Phase } from "../lifecycle.js";
import { replayDecisions, stepDecision, type ReplayStep } from "../replay.js";
import { checkDecision } from "../rules/decision-rules.js";
import { IssueList } from "../rules/issue-builder.js";
import type { Decision, IkzConfig, Project } from "../types.generated.js";
import { guardIssues } from "./guards.js";

/** A decision about to be recorded, as `ikz decide` built it from flags and answers. */
export interface DecisionDraft {
  decision: Decision;
  /** Register-relative file the decision will be written to. */
  file: string;
}

/** What an approved decision changes in its project's front matter. */
export interface ProjectEffect {
  phase?: Phase;
  holdUntil?: string;
  clearHoldUntil?: boolean;
  cancelReason?: string;
}

/** The checked decision (with phase_before/phase_after for transitions) and its effect, or why it is refused. */
export interface DecisionPlan {
  decision: Decision;
  before?: Phase;
  after?: Phase;
  effect: ProjectEffect;
  /** Rules the decision breaks; empty = it may be recorded. Codes are finding codes or `decide.*` keys. */
  refusals: Issue[];
}

/**
 * Checks a decision against the register before anything is written, with the same rules validation runs:
 * type allowed in the project's phase and by the body (lifecycle of ikz.yaml), the type's guards, meeting,
 * roster, quorum, votes and majority; and computes its effect on the project.
 */
export function planDecision(model: RegisterModel, config: IkzConfig, draft: DecisionDraft): DecisionPlan {
  const lifecycle = lifecycleOf(config);
  const d: Decision = { ...draft.decision };
  const rec: Rec<Decision> = { file: draft.file, data: d, body: "" };
  const refusals: Issue[] = [];
  const refuse = (code: string, path: Array<string | number>, params: Record<string, string | number> = {}) => refusals.push({ code, severity: "error", file: draft.file, path, params });
  const index = indexRegister({ ...model, decisions: [...model.decisions, rec] });
  const effect: ProjectEffect = {};
  let before: Phase | undefined;
  let after: Phase | undefined;

  const project = d.project === undefined ? undefined : index.projects.get(d.project)?.data;
  // A project that fails its schema is not in the model: it must be fixed before anything is decided on it.
  if (d.project !== undefined && !project) refuse("decide.projectInvalid", ["project"], { project: d.project });
  if (project) {
    if (d.date < project.created) refuse("IKZ-PRJ-005", ["date"], { date: d.date, before: project.created, what: project.id, anchor: "project" });
    const result = stepOf(rec, project, index, lifecycle);
    before = result.before;
    after = result.after;
    for (const problem of result.problems) {
      if (problem.code === "IKZ-LC-002") refuse("decide.typeNotInPhase", ["type"], { type: d.type, phase: before, allowed: allowedList(before, lifecycle) });
      else if (problem.code === "IKZ-LC-003") refuse(...bodyRefusal(d, before, result.beforeHold, lifecycle));
    }
    // A back-dated decision that moves the phase under later decisions would leave them in a phase they were not possible in.
    for (const later of result.broken) refuse("decide.breaksLater", ["date"], { date: d.date, later: later.decision.data.id, laterDate: later.decision.data.date, laterType: later.decision.data.type, phase: later.before });
    if (result.problems.length === 0 && takesEffect(d.outcome)) {
      checkReferences(d, project, index, refuse);
      const decisions = index.decisionsByProject.get(project.id) ?? [];
      const context = { decisions, reportOf: (id: string) => index.reports.get(id)?.data, lessons: (index.lessonsByProject.get(project.id) ?? []).length };
      for (const g of guardIssues(d, project, context)) refuse(g.code, g.path, g.params);
    } else if (result.problems.length === 0) {
      checkReferences(d, project, index, refuse);
    }
    if (before !== after) {
      d.phase_before = before;
      d.phase_after = after;
    }
    if (takesEffect(d.outcome) && result.problems.length === 0) {
      if (result.projectPhase !== project.phase) effect.phase = result.projectPhase;
      if (d.type === "hold" && d.resubmission !== undefined) effect.holdUntil = d.resubmission;
      if (d.type === "resume" && project.hold_until !== undefined) effect.clearHoldUntil = true;
      if (d.type === "cancel" && d.reason !== undefined) effect.cancelReason = d.reason;
    }
  }
  // A decision without a project (a standard) has no phase, but its bodies still hold.
  const rule = lifecycle[d.type as DecisionType];
  if (d.project === undefined && rule && !rule.bodies.includes(d.body as Body)) refuse("decide.bodyNotAllowedAtAll", ["body"], { type: d.type, body: d.body, bodies: rule.bodies.join(", ") });
  if (d.supersedes !== undefined && !index.decisions.has(d.supersedes)) refuse("decide.unknownSupersedes", ["supersedes"], { value: d.supersedes, hint: "" });
  if (d.meeting !== undefined) {
    const meeting = index.meetings.get(d.meeting)?.data;
    if (meeting?.status === "closed") refuse("decide.meetingClosed", ["meeting"], { meeting: meeting.id });
  }
  const out = new IssueList();
  checkDecision(rec, config, index, out);
  for (const issue of out.items) if (issue.severity === "error") refusals.push(issue);
  const seen = new Set<string>();
  const unique = refusals.filter((r) => {
    const key = `${r.code}|${JSON.stringify(r.params ?? {})}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  return { decision: d, ...(before !== undefined ? { before } : {}), ...(after !== undefined ? { after } : {}), effect, refusals: unique };
}

/** The candidate's step in its project's replay (with the decision in its place by date) and the phase the project ends in. */
function stepOf(rec: Rec<Decision>, project: Project, index: ReturnType<typeof indexRegister>, lifecycle: Lifecycle) {
  const all = [...(index.decisionsByProject.get(project.id) ?? [])].sort(byDateThenId);
  const reportOf = (id: string) => index.reports.get(id)?.data;
  const position = all.indexOf(rec);
  const prior = replayDecisions(all.slice(0, position), reportOf, lifecycle);
  // Judge the decision on its own: phases it would write are computed here, not taken from the draft.
  const bare: Rec<Decision> = { ...rec, data: { ...rec.data, phase_before: undefined, phase_after: undefined } as Decision };
  delete bare.data.phase_before;
  delete bare.data.phase_after;
  const step = stepDecision(bare, prior.phase, prior.beforeHold, reportOf, lifecycle);
  const whole = replayDecisions(all.map((x) => (x === rec ? bare : x)), reportOf, lifecycle);
  // Later decisions allowed without the candidate but not with it: the candidate is what breaks them.
  const without = replayDecisions(all.filter((x) => x !== rec), reportOf, lifecycle).steps;
  const allowed = (s: ReplayStep) => !s.problems.some((x) => x.code === "IKZ-LC-002" || x.code === "IKZ-LC-003");
  const broken = whole.steps.slice(position + 1).filter((s, i) => !allowed(s) && allowed(without[position + i]!));
  return { before: step.before, after: step.after, problems: step.problems, projectPhase: whole.phase, beforeHold: prior.beforeHold, broken };
}

/** Report and milestone named by the decision exist and belong to the project; a report is accepted once. */
function checkReferences(d: Decision, project: Project, index: ReturnType<typeof indexRegister>, refuse: (code: string, path: Array<string | number>, params?: Record<string, string | number>) => void): void {
  if (d.type === "accept_report" && d.report !== undefined) {
    const report = index.reports.get(d.report)?.data;
    const known = [...index.reports.values()].filter((r) => r.data.project === project.id).map((r) => `${r.data.project}/${r.data.period}`);
    if (!report || report.project !== project.id) refuse("decide.unknownReport", ["report"], { value: d.report, known: known.join(", ") || "—" });
    const accepted = (index.decisionsByProject.get(project.id) ?? []).find((x) => x.data.id !== d.id && x.data.type === "accept_report" && x.data.report === d.report && takesEffect(x.data.outcome));
    if (accepted && takesEffect(d.outcome)) refuse("IKZ-LC-008", ["report"], { report: d.report, earlier: accepted.data.id });
  }
  if (d.type === "milestone" && d.milestone !== undefined && !project.milestones?.some((m) => m.id === d.milestone)) {
    refuse("decide.unknownMilestone", ["milestone"], { value: d.milestone, known: (project.milestones ?? []).map((m) => m.id).join(", ") || "—" });
  }
}

/** Why the body may not take the decision: it never may, or only in other phases (the mayors' assembly cancels from the councils on). */
function bodyRefusal(d: Decision, phase: Phase, beforeHold: Phase, lifecycle: Lifecycle): [string, string[], Record<string, string>] {
  const rule = lifecycle[d.type as DecisionType];
  const here = rule.bodies.filter((b) => bodyMayDecide(rule, b, phase, beforeHold)).join(", ");
  const only = rule.bodyPhases?.[d.body as Body];
  // On hold the phase the project was paused in decides.
  if (rule.bodies.includes(d.body as Body) && only !== undefined && phase === "on_hold" && only.includes(phase)) return ["decide.bodyOnlyInPhasesHold", ["body"], { type: d.type, body: d.body, phase: beforeHold, phases: only.filter((p) => p !== "on_hold").join(", "), bodies: here }];
  if (rule.bodies.includes(d.body as Body) && only !== undefined) return ["decide.bodyOnlyInPhases", ["body"], { type: d.type, body: d.body, phase, phases: only.join(", "), bodies: here }];
  return ["decide.bodyNotAllowed", ["body"], { type: d.type, body: d.body, phase, bodies: here }];
}

function allowedList(phase: Phase, lifecycle: Lifecycle): string {
  return typesAllowedIn(phase, lifecycle).join(", ");
}
