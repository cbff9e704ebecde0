/** Project phases of spec/lifecycle.md, in their natural order. */
export const PHASES = ["idea", "interest", "prioritized", "assessment", "proposal", "councils", "implementation", "operation", "evaluation", "closed", "on_hold", "cancelled"] as const;
export type Phase = (typeof PHASES)[number];

/** Phases in which a project is still moving. */
export const ACTIVE_PHASES: readonly Phase[] = ["idea", "interest", "prioritized", "assessment", "proposal", "councils", "implementation", "operation", "evaluation"];
export const FINAL_PHASES: readonly Phase[] = ["closed", "cancelled"];

/**
 * Whether a project in `phase` is running ("laufend"): in an active phase, idea … evaluation – neither paused
 * (on_hold) nor final (closed, cancelled). The one definition of running projects for ikz status, ikz check, the
 * controlling summary (traffic lights, open risks, overdue milestones) and the municipality fact sheet.
 */
export function isRunning(phase: string): boolean {
  return (ACTIVE_PHASES as readonly string[]).includes(phase);
}

export const DECISION_TYPES = ["start_interest", "prioritize", "mandate", "accept_report", "direction", "implementation_release", "milestone", "start_operation", "evaluation_order", "close", "change_mandate", "support", "hold", "resume", "cancel", "acknowledge", "standard"] as const;
export type DecisionType = (typeof DECISION_TYPES)[number];

export const OUTCOMES = ["approved", "approved_with_conditions", "rework", "rejected", "deferred"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export type Body = "steering_group" | "mayors_assembly" | "funder";
export const BODIES: readonly Body[] = ["steering_group", "mayors_assembly", "funder"];

/** What one decision type may do: from which phases, to which phase, taken by which bodies. */
export interface DecisionRule {
  /** Phases the project must be in; undefined = any phase (no phase change). */
  from?: readonly Phase[];
  /** Phase after an approved decision; "previous" = the phase before the hold; undefined = no change. */
  to?: Phase | "previous";
  bodies: readonly Body[];
  /** A body that may take the decision only in some phases (the mayors' assembly cancels only from councils on). */
  bodyPhases?: Readonly<Partial<Record<Body, readonly Phase[]>>>;
}

/** The effective lifecycle of a register: one rule per decision type. */
export type Lifecycle = Readonly<Record<DecisionType, DecisionRule>>;

/** Phases from which the mayors' assembly may cancel (spec: "mayors' assembly from councils on"). */
export const MAYORS_CANCEL_FROM: readonly Phase[] = ["councils", "implementation", "operation", "evaluation", "on_hold"];

/** The default lifecycle (spec/lifecycle.md); ikz.yaml `lifecycle` overrides it per decision type (see lifecycleOf). */
export const DEFAULT_LIFECYCLE: Lifecycle = {
  start_interest: { from: ["idea"], to: "interest", bodies: ["steering_group"] },
  prioritize: { from: ["interest"], to: "prioritized", bodies: ["steering_group"] },
  mandate: { from: ["prioritized"], to: "assessment", bodies: ["steering_group"] },
  // accept_report moves the phase only for an assessment report; see replay.
  accept_report: { bodies: ["steering_group"] },
  direction: { from: ["proposal"], to: "councils", bodies: ["mayors_assembly", "steering_group"] },
  implementation_release: { from: ["councils"], to: "implementation", bodies: ["mayors_assembly", "steering_group"] },
  milestone: { bodies: ["steering_group"] },
  start_operation: { from: ["implementation"], to: "operation", bodies: ["steering_group"] },
  evaluation_order: { from: ["operation"], to: "evaluation", bodies: ["steering_group"] },
  close: { from: ["operation", "evaluation"], to: "closed", bodies: ["steering_group"] },
  change_mandate: { bodies: ["steering_group"] },
  support: { bodies: ["steering_group"] },
  hold: { from: ACTIVE_PHASES, to: "on_hold", bodies: ["steering_group"] },
  resume: { from: ["on_hold"], to: "previous", bodies: ["steering_group"] },
  cancel: { from: [...ACTIVE_PHASES, "on_hold"], to: "cancelled", bodies: ["steering_group", "mayors_assembly"], bodyPhases: { mayors_assembly: MAYORS_CANCEL_FROM } },
  acknowledge: { bodies: ["steering_group", "mayors_assembly", "funder"] },
  standard: { bodies: ["steering_group"] },
};

/** The `lifecycle` key of ikz.yaml: per decision type, any of from, to, bodies, body_phases. */
export interface LifecycleOverrides {
  [type: string]: { from?: readonly Phase[]; to?: Phase | "previous"; bodies?: readonly Body[]; body_phases?: Partial<Record<Body, readonly Phase[]>> } | undefined;
}

/** The register's effective lifecycle: the default with ikz.yaml's `lifecycle` overrides laid over it, key by key. */
export function lifecycleOf(config: { lifecycle?: LifecycleOverrides } | undefined): Lifecycle {
  const overrides = config?.lifecycle;
  if (!overrides) return DEFAULT_LIFECYCLE;
  const out = { ...DEFAULT_LIFECYCLE } as Record<DecisionType, DecisionRule>;
  for (const type of DECISION_TYPES) {
    const o = overrides[type];
    if (!o) continue;
    const base = DEFAULT_LIFECYCLE[type];
    const rule: DecisionRule = {
      bodies: o.bodies ?? base.bodies,
      ...((o.from ?? base.from) !== undefined ? { from: o.from ?? base.from } : {}),
      ...((o.to ?? base.to) !== undefined ? { to: o.to ?? base.to } : {}),
    };
    const bodyPhases = o.body_phases ?? base.bodyPhases;
    if (bodyPhases !== undefined) rule.bodyPhases = bodyPhases;
    out[type] = rule;
  }
  return out;
}

/**
 * Whether a body may take a decision of this type while the project is in `phase` (bodies and their phase limits).
 * On hold, a phase limit also holds for the phase before the hold: the mayors may not cancel a project paused in its assessment.
 */
export function bodyMayDecide(rule: DecisionRule, body: string, phase: Phase, beforeHold?: Phase): boolean {
  if (!rule.bodies.includes(body as Body)) return false;
  const only = rule.bodyPhases?.[body as Body];
  if (only === undefined) return true;
  return only.includes(phase) && (phase !== "on_hold" || beforeHold === undefined || only.includes(beforeHold));
}

/** A closed or cancelled project takes note of things, nothing more: its record is final. */
export const FINAL_PHASE_TYPES: readonly DecisionType[] = ["acknowledge"];

/** Decision types a project in `phase` can take (standard excluded: it has no project). */
export function typesAllowedIn(phase: Phase, lifecycle: Lifecycle): DecisionType[] {
  if (FINAL_PHASES.includes(phase)) return [...FINAL_PHASE_TYPES];
  return DECISION_TYPES.filter((type) => type !== "standard" && (lifecycle[type].from === undefined || lifecycle[type].from!.includes(phase)));
}

/** Outcomes whose effect applies. */
export function takesEffect(outcome: string): boolean {
  return outcome === "approved" || outcome === "approved_with_conditions";
}

/** German and English names of the phases. */
export const PHASE_LABELS: Readonly<Record<Phase, { de: string; en: string }>> = {
  idea: { de: "Idee", en: "Idea" },
  interest: { de: "Interessenbekundung", en: "Expression of interest" },
  prioritized: { de: "Priorisiert", en: "Prioritised" },
  assessment: { de: "Vorteilhaftigkeitsprüfung", en: "Assessment" },
  proposal: { de: "Entscheidungsvorlage", en: "Proposal" },
  councils: { de: "Gremienbeteiligung", en: "Council resolutions" },
  implementation: { de: "Umsetzung", en: "Implementation" },
  operation: { de: "Regelbetrieb", en: "Operation" },
  evaluation: { de: "Evaluation", en: "Evaluation" },
  closed: { de: "Abgeschlossen", en: "Closed" },
  on_hold: { de: "Zurückgestellt", en: "On hold" },
  cancelled: { de: "Abgebrochen", en: "Cancelled" },
};

/** German and English names of the decision types. */
export const DECISION_TYPE_LABELS: Readonly<Record<DecisionType, { de: string; en: string }>> = {
  start_interest: { de: "Start Interessenbekundung", en: "Start of expressions of interest" },
  prioritize: { de: "Priorisierung", en: "Prioritisation" },
  mandate: { de: "Projektauftrag", en: "Project order" },
  accept_report: { de: "Abnahme Projektbericht", en: "Acceptance of project report" },
  direction: { de: "Richtungsentscheidung", en: "Direction decision" },
  implementation_release: { de: "Umsetzungsfreigabe", en: "Release for implementation" },
  milestone: { de: "Meilensteinentscheidung", en: "Milestone decision" },
  start_operation: { de: "Betriebsaufnahme", en: "Start of operation" },
  evaluation_order: { de: "Evaluationsauftrag", en: "Evaluation order" },
  close: { de: "Projektabschluss", en: "Project closure" },
  change_mandate: { de: "Auftragsänderung", en: "Change of project order" },
  support: { de: "Unterstützung / Vermittlung", en: "Support / mediation" },
  hold: { de: "Zurückstellung", en: "Hold" },
  resume: { de: "Wiederaufnahme", en: "Resumption" },
  cancel: { de: "Abbruch", en: "Cancellation" },
  acknowledge: { de: "Kenntnisnahme", en: "Acknowledgement" },
  standard: { de: "Festlegung Standard", en: "Standard" },
};
