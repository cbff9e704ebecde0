/** Project phases of spec/lifecycle.md, in their natural order. */
export const PHASES = ["idea", "interest", "prioritized", "assessment", "proposal", "councils", "implementation", "operation", "evaluation", "closed", "on_hold", "cancelled"] as const;
export type Phase = (typeof PHASES)[number];

/** Phases in which a project is still moving. */
export const ACTIVE_PHASES: readonly Phase[] = ["idea", "interest", "prioritized", "assessment", "proposal", "councils", "implementation", "operation", "evaluation"];
export const FINAL_PHASES: readonly Phase[] = ["closed", "cancelled"];

export const DECISION_TYPES = ["start_interest", "prioritize", "mandate", "accept_report", "direction", "implementation_release", "milestone", "start_operation", "evaluation_order", "close", "change_mandate", "support", "hold", "resume", "cancel", "acknowledge", "standard"] as const;
export type DecisionType = (typeof DECISION_TYPES)[number];

export const OUTCOMES = ["approved", "approved_with_conditions", "rework", "rejected", "deferred"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export type Body = "steering_group" | "mayors_assembly" | "funder";

/** What one decision type may do: from which phases, to which phase, taken by which bodies. */
export interface DecisionRule {
  /** Phases the project must be in; undefined = any phase (no phase change). */
  from?: readonly Phase[];
  /** Phase after an approved decision; "previous" = the phase before the hold; undefined = no change. */
  to?: Phase | "previous";
  bodies: readonly Body[];
}

/** The default lifecycle (spec/lifecycle.md); a register may override it in a later version. */
export const DEFAULT_LIFECYCLE: Readonly<Record<DecisionType, DecisionRule>> = {
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
  cancel: { from: [...ACTIVE_PHASES, "on_hold"], to: "cancelled", bodies: ["steering_group", "mayors_assembly"] },
  acknowledge: { bodies: ["steering_group", "mayors_assembly", "funder"] },
  standard: { bodies: ["steering_group"] },
};

/** Outcomes whose effect applies. */
export function takesEffect(outcome: string): boolean {
  return outcome === "approved" || outcome === "approved_with_conditions";
}

/** Phases from which the mayors' assembly may cancel (spec: "mayors' assembly from councils on"). */
export const MAYORS_CANCEL_FROM: readonly Phase[] = ["councils", "implementation", "operation", "evaluation", "on_hold"];

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
