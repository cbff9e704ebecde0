import { DEFAULT_LIFECYCLE, FINAL_PHASES, FINAL_PHASE_TYPES, PHASES, bodyMayDecide, takesEffect, type DecisionRule, type DecisionType, type Lifecycle, type Phase } from "./lifecycle.js";
import type { Decision, Report } from "./types.generated.js";
import type { Rec } from "./model.js";

/** Why a decision could not take effect in the replay. */
export interface ReplayProblem {
  code: "IKZ-LC-002" | "IKZ-LC-003" | "IKZ-LC-004";
  params: Record<string, string>;
  /** Key of the decision the problem is about. */
  key: "type" | "body" | "phase_before" | "phase_after";
}

/** One decision applied to a project. */
export interface ReplayStep {
  decision: Rec<Decision>;
  before: Phase;
  after: Phase;
  problems: ReplayProblem[];
  /** Whether the decision was allowed where it stands (its effect, if any, was applied). */
  applied: boolean;
}

/** The phase a project's decisions lead to, with each step. */
export interface Replay {
  phase: Phase;
  /** The phase a `resume` returns to (the phase before the latest hold). */
  beforeHold: Phase;
  steps: ReplayStep[];
}

/** Replays a project's decisions (sorted by date, then ID) from `idea`. */
export function replayDecisions(decisions: readonly Rec<Decision>[], reportOf: (id: string) => Report | undefined, lifecycle: Lifecycle = DEFAULT_LIFECYCLE): Replay {
  let phase: Phase = "idea";
  let beforeHold: Phase = "idea";
  const steps: ReplayStep[] = [];
  for (const decision of decisions) {
    const step = stepDecision(decision, phase, beforeHold, reportOf, lifecycle);
    if (step.after === "on_hold" && step.before !== "on_hold") beforeHold = step.before;
    phase = step.after;
    steps.push(step);
  }
  return { phase, beforeHold, steps };
}

/** One decision applied to a project in phase `before`: whether its type and body are allowed there, and where it leads. */
export function stepDecision(decision: Rec<Decision>, before: Phase, beforeHold: Phase, reportOf: (id: string) => Report | undefined, lifecycle: Lifecycle = DEFAULT_LIFECYCLE): ReplayStep {
  const d = decision.data;
  const rule = lifecycle[d.type as DecisionType];
  const problems: ReplayProblem[] = [];
  if (rule && !bodyMayDecide(rule, d.body, before, beforeHold)) {
    problems.push({ code: "IKZ-LC-003", key: "body", params: { type: d.type, body: d.body } });
  }
  // A final project's record is closed, whatever the outcome: only an acknowledgement may still follow.
  if (rule && FINAL_PHASES.includes(before) && !FINAL_PHASE_TYPES.includes(d.type as DecisionType)) {
    problems.push({ code: "IKZ-LC-002", key: "type", params: { type: d.type, phase: before } });
  }
  // The type must be possible where the project stands whatever the outcome: a rejected or deferred closure of an
  // idea was never on the table. A body problem is reported alone, as before: the right body sees the phase next.
  else if (rule?.from && !rule.from.includes(before) && problems.length === 0) {
    problems.push({ code: "IKZ-LC-002", key: "type", params: { type: d.type, phase: before } });
  }
  let after: Phase = before;
  if (rule && takesEffect(d.outcome) && problems.length === 0) {
    const target = targetPhase(d, rule, before, beforeHold, reportOf);
    if (target !== undefined) after = target;
  }
  if (d.phase_before !== undefined && d.phase_before !== before) {
    problems.push({ code: "IKZ-LC-004", key: "phase_before", params: { written: d.phase_before, replayed: before } });
  }
  if (d.phase_after !== undefined && d.phase_after !== after) {
    problems.push({ code: "IKZ-LC-004", key: "phase_after", params: { written: d.phase_after, replayed: after } });
  }
  return { decision, before, after, problems, applied: problems.every((x) => x.code === "IKZ-LC-004") };
}

/** Where an allowed, approved decision leads (undefined: it changes no phase). */
function targetPhase(d: Decision, rule: DecisionRule, before: Phase, beforeHold: Phase, reportOf: (id: string) => Report | undefined): Phase | undefined {
  if (d.type === "accept_report") {
    const report = d.report === undefined ? undefined : reportOf(d.report);
    return report?.kind === "assessment" && before === "assessment" ? "proposal" : undefined;
  }
  if (rule.to === "previous") return beforeHold;
  return rule.to;
}

/** The decision types that lead from one phase to another on the shortest way, for "which decision is missing". */
export function missingDecisions(from: Phase, to: Phase, beforeHold: Phase = "idea", lifecycle: Lifecycle = DEFAULT_LIFECYCLE): DecisionType[] {
  const edges: Array<[Phase, Phase, DecisionType]> = [["assessment", "proposal", "accept_report"]];
  for (const [type, rule] of Object.entries(lifecycle) as Array<[DecisionType, DecisionRule]>) {
    if (!rule.to || !rule.from) continue;
    // A resume leads back only from a real hold, to the phase the project had before it.
    if (rule.to === "previous" && from !== "on_hold") continue;
    for (const f of rule.from) edges.push([f, rule.to === "previous" ? beforeHold : rule.to, type]);
  }
  const previous = new Map<Phase, [Phase, DecisionType]>();
  const queue: Phase[] = [from];
  const seen = new Set<Phase>([from]);
  while (queue.length > 0) {
    const phase = queue.shift()!;
    if (phase === to) break;
    // Prefer the forward path through the active phases over detours via hold or cancel.
    const out = edges.filter(([f]) => f === phase).sort((a, b) => PHASES.indexOf(a[1]) - PHASES.indexOf(b[1]));
    for (const [, next, type] of out) {
      if (seen.has(next)) continue;
      seen.add(next);
      previous.set(next, [phase, type]);
      queue.push(next);
    }
  }
  const path: DecisionType[] = [];
  let at: Phase = to;
  while (at !== from) {
    const step = previous.get(at);
    if (!step) return [];
    path.unshift(step[1]);
    at = step[0];
  }
  return path;
}

