import type { Decision, Lesson, Meeting, Project, Report } from "../types.generated.js";

/**
 * Which fields of a record to keep: `true` keeps a field with everything in it; a nested spec keeps only the
 * listed fields of an object, or of each object in a list. Keys are checked against the record types, so a
 * misspelt field does not compile.
 */
export type FieldSpec<T> = { [K in keyof T]?: true | NestedSpec<NonNullable<T[K]>> };
type NestedSpec<V> = V extends ReadonlyArray<infer E> ? (E extends object ? FieldSpec<E> : never) : V extends object ? FieldSpec<V> : never;

/** Per record kind, the fields the register rules may read. */
export interface RuleFieldSpecs {
  project: FieldSpec<Project>;
  decision: FieldSpec<Decision>;
  meeting: FieldSpec<Meeting>;
  report: FieldSpec<Report>;
  lesson: FieldSpec<Lesson>;
}

/**
 * Every field the register rules (checkRegisterRules, with the replay and the decision guards it calls, and
 * checkAgainstBase for validate --base) read, per record kind. `ikz validate` keeps only these of each
 * schema-valid record of a large register: titles, texts, traffic lights and contact data are checked by the
 * schemas and need not be held in memory for the rules (at 10 000 projects that is about 13 MB less). The
 * configuration is always kept whole.
 *
 * A rule that reads a field not listed here would see it missing on large registers only. A test traces every
 * field the rules read on the sample register, the bad-input corpus and a synthetic register with injected
 * errors, and fails when one is missing here: add the field when you write such a rule.
 */
export const RULE_FIELDS: RuleFieldSpecs = {
  project: {
    id: true,
    field: true,
    phase: true,
    created: true,
    lead: true,
    participants: true,
    interest: true,
    project_manager: { municipality: true },
    sponsor: true,
    legal_form: true,
    seat: true,
    duration_years: true,
    baseline_costs_eur: true,
    savings_planned_eur: true,
    scores: true,
    funding: { program: true, status: true, amount_eur: true },
    council_resolutions: { municipality: true, date: true, result: true },
    agreement: { signed: true, effective: true },
    milestones: { id: true, done: true, gate: true },
    conditions_done: true,
    hold_until: true,
    cancel_reason: true,
  },
  decision: {
    id: true,
    date: true,
    type: true,
    outcome: true,
    body: true,
    mode: true,
    meeting: true,
    project: true,
    report: true,
    milestone: true,
    supersedes: true,
    phase_before: true,
    phase_after: true,
    present: true,
    excluded: true,
    votes: true,
    conditions: { due: true, owner: true },
    resubmission: true,
  },
  meeting: {
    id: true,
    date: true,
    // validate --base: a closed meeting is final (checkAgainstBase).
    status: true,
    attendance: true,
    agenda: { item: true, project: true },
  },
  report: {
    project: true,
    period: true,
    kind: true,
    submitted: true,
    milestones: { id: true },
  },
  lesson: {
    id: true,
    project: true,
    applies_to: true,
    applied_in: true,
  },
};
