// Builders for RegisterModel values, so rule tests can start from a valid register and break one thing.
import { expect } from "vitest";
import type { Issue, PathSegment } from "../../src/domain/finding.js";
import type { DecisionType, Phase } from "../../src/domain/lifecycle.js";
import type { Rec, RegisterModel } from "../../src/domain/model.js";
import { checkRegisterRules } from "../../src/domain/rules/index.js";
import type { Decision, IkzConfig, Lesson, Meeting, Project, Report } from "../../src/domain/types.generated.js";
import { findingMessages } from "../../src/i18n/finding-messages.js";
import { idFromPath } from "../../src/register/layout.js";
import { describeIssue } from "../../src/register/to-findings.js";

export const PROJECT_ID = "IKZ-2025-001";
export const PROJECT_FILE = `projects/${PROJECT_ID}-x.md`;

/** Drops keys whose value is undefined, as a YAML file would not have them. */
function clean<T extends object>(value: T): T {
  for (const key of Object.keys(value) as Array<keyof T>) if (value[key] === undefined) delete value[key];
  return value;
}

/** A valid ikz.yaml: 4 municipalities, 3 regions, 6 steering-group members (kaus left 2024-06-30, schell from 2024-07-01). */
export function baseConfig(): IkzConfig {
  return {
    schema_version: 1,
    name: "IKZ im Kreis Groß-Gerau",
    language: "de",
    ids: { project: "IKZ", decision: "B", meeting: "LG", lesson: "LL" },
    municipalities: [
      { id: "raunheim", name: "Raunheim", kind: "city", region: "nordkreis", council: "city_council" },
      { id: "kelsterbach", name: "Kelsterbach", kind: "city", region: "nordkreis", council: "city_council" },
      { id: "trebur", name: "Trebur", kind: "municipality", region: "mittelkreis", council: "municipal_council" },
      { id: "riedstadt", name: "Riedstadt", kind: "city", region: "suedkreis", council: "city_council" },
    ],
    regions: [
      { id: "nordkreis", name: "Nordkreis" },
      { id: "mittelkreis", name: "Mittelkreis" },
      { id: "suedkreis", name: "Südkreis" },
    ],
    steering_group: {
      name: "IKZ-Lenkungsgruppe",
      quorum: 4,
      majority: "simple",
      members: [
        { id: "goetz", name: "Mara Götz", role: "chair", represents: "raunheim", from: "2020-01-01" },
        { id: "ockel", name: "Max Ockel", role: "mayor_north", represents: "kelsterbach", from: "2020-01-01" },
        { id: "sittmann", name: "Carl Sittmann", role: "mayor_middle", represents: "trebur", from: "2020-01-01" },
        { id: "kaus", name: "Marc Kaus", role: "mayor_south", represents: "riedstadt", from: "2020-01-01", until: "2024-06-30" },
        { id: "schell", name: "Sina Schell", role: "mayor_south", represents: "riedstadt", from: "2024-07-01" },
        { id: "becker", name: "Anna Becker", role: "member", represents: "trebur", from: "2022-01-01" },
      ],
    },
    fields: [
      { id: "ordnungswesen", name: "Ordnungswesen" },
      { id: "finanzen", name: "Finanzen" },
    ],
    funding_programs: [
      {
        id: "hessen-ikz",
        name: "IKZ-Förderung Hessen",
        rules: {
          min_partners: 3,
          min_partners_with_justification: 2,
          min_duration_years: 5,
          min_savings_pct: 15,
          standard_grant_eur: [
            { min_partners: 2, amount_eur: 50000 },
            { min_partners: 3, amount_eur: 75000 },
            { min_partners: 4, amount_eur: 100000 },
          ],
        },
      },
    ],
    priority_criteria: [
      { id: "einsparpotenzial", name: "Einsparpotenzial", weight: 40 },
      { id: "machbarkeit", name: "Machbarkeit", weight: 30 },
      { id: "reichweite", name: "Reichweite", weight: 30 },
    ],
    reporting: { quarterly_reports: true, report_due_days: 30 },
  };
}

/** Steering-group members on a date, computed here (not with the code under test). */
export function roster(date: string, config: IkzConfig = baseConfig()): string[] {
  return config.steering_group.members.filter((m) => m.from <= date && (m.until === undefined || date <= m.until)).map((m) => m.id);
}

/** A register model; the config is the valid base unless given (null: no ikz.yaml). */
export function register(parts: Partial<Omit<RegisterModel, "config">> & { config?: IkzConfig | null } = {}): RegisterModel {
  const config = parts.config === undefined ? baseConfig() : parts.config;
  return {
    ...(config === null ? {} : { config: { file: "ikz.yaml", data: config, body: "" } }),
    projects: parts.projects ?? [],
    decisions: parts.decisions ?? [],
    meetings: parts.meetings ?? [],
    reports: parts.reports ?? [],
    lessons: parts.lessons ?? [],
    invalidIds: parts.invalidIds ?? new Set(),
  };
}

/** A project (phase idea unless overridden) in `projects/<id>-x.md`. */
export function project(overrides: Partial<Project> = {}, file?: string): Rec<Project> {
  const data = clean<Project>({ id: PROJECT_ID, title: "Gemeinsames Ordnungsamt", field: "ordnungswesen", phase: "idea", created: "2025-01-10", ...overrides });
  return { file: file ?? `projects/${data.id}-x.md`, data, body: "## Ausgangslage\n" };
}

/**
 * A decision in `decisions/<year>/<id>.md`: by default an approved acknowledge of the steering group, taken by vote
 * in meeting LG-2025-01, with everyone on the roster present and voting for.
 */
export function decision(overrides: Partial<Decision> = {}, file?: string): Rec<Decision> {
  const date = overrides.date ?? "2025-03-17";
  const steering = (overrides.body ?? "steering_group") === "steering_group";
  const circulation = overrides.mode === "circulation";
  const present = steering ? roster(date) : undefined;
  const data = clean<Decision>({
    id: "B-2025-001",
    date,
    type: "acknowledge",
    outcome: "approved",
    body: "steering_group",
    mode: "vote",
    project: PROJECT_ID,
    ...(steering && !circulation ? { meeting: "LG-2025-01" } : {}),
    ...(present ? { present } : {}),
    votes: { for: present?.length ?? 4, against: 0, abstain: 0 },
    ...overrides,
  });
  return { file: file ?? `decisions/${data.id.split("-")[1]}/${data.id}.md`, data, body: "## Gegenstand\n" };
}

/** A closed meeting in `meetings/<year>/<id>.md` with everyone on the roster present. */
export function meeting(overrides: Partial<Meeting> = {}, file?: string): Rec<Meeting> {
  const date = overrides.date ?? "2025-03-17";
  const data = clean<Meeting>({
    id: "LG-2025-01",
    date,
    kind: "regular",
    location: "Rathaus Raunheim",
    status: "closed",
    attendance: roster(date).map((member) => ({ member, present: true })),
    ...overrides,
  });
  return { file: file ?? `meetings/${data.id.split("-")[1]}/${data.id}.md`, data, body: "## Niederschrift\n" };
}

/** A report in `reports/<project>/<period>.md` (assessment report unless overridden). */
export function report(overrides: Partial<Report> = {}, file?: string): Rec<Report> {
  const data = clean<Report>({ project: PROJECT_ID, period: "assessment", kind: "assessment", submitted: "2025-04-07", author: "Pia Projekt", lights: { overall: "green" }, ...overrides });
  return { file: file ?? `reports/${data.project}/${data.period}.md`, data, body: "## Stand\n" };
}

/** A lesson in `lessons/<id>-x.md`. */
export function lesson(overrides: Partial<Lesson> = {}, file?: string): Rec<Lesson> {
  const data = clean<Lesson>({ id: "LL-2025-001", title: "Gremienbeschlüsse früh planen", date: "2025-12-10", project: PROJECT_ID, kind: "success", category: "methodical", released: true, ...overrides });
  return { file: file ?? `lessons/${data.id}-x.md`, data, body: "## Erkenntnis\n" };
}

/**
 * The register rules over a model, as `ikz validate` runs them. Every issue must also be describable in both
 * languages with every placeholder filled (an unfilled `{name}` stays visible in the text).
 */
export function rules(model: RegisterModel): Issue[] {
  const issues = checkRegisterRules(model, idFromPath);
  expectWordsFilled(issues);
  return issues;
}

/** Asserts that every issue has a catalogue entry and that no `{placeholder}` is left in its text. */
export function expectWordsFilled(issues: readonly Issue[]): void {
  for (const issue of issues) {
    expect(findingMessages[issue.code], `catalogue entry for ${issue.code}`).toBeDefined();
    for (const lang of ["de", "en"] as const) {
      const text = describeIssue(issue, lang);
      expect(text.match(/\{\w+\}/g) ?? [], `unfilled placeholders in ${issue.code} (${lang}): ${text}`).toEqual([]);
    }
  }
}

/** A key path as people read it: participants[1].municipality. */
export function keyPath(path: readonly PathSegment[]): string {
  return path.map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`)).join("");
}

/** Issues as sorted one-line strings `severity code file path`, for exact assertions. */
export function brief(issues: readonly Issue[]): string[] {
  return issues.map((i) => `${i.severity} ${i.code} ${i.file} ${keyPath(i.path)}`.trimEnd()).sort();
}

/** The codes of the issues, sorted. */
export function codes(issues: readonly Issue[]): string[] {
  return issues.map((i) => i.code).sort();
}

/** The one issue with a code (fails when there is not exactly one). */
export function only(issues: readonly Issue[], code: string): Issue {
  const found = issues.filter((i) => i.code === code);
  expect(found.map((i) => i.code), `exactly one ${code}`).toEqual([code]);
  return found[0]!;
}

// ---------------------------------------------------------------------------------------------------------------
// A complete valid history of one project.

/** The way through the active phases: decision type, the phase it reaches, its date. */
const MAIN_PATH: ReadonlyArray<{ type: DecisionType; reaches: Phase; date: string }> = [
  { type: "start_interest", reaches: "interest", date: "2025-01-20" },
  { type: "prioritize", reaches: "prioritized", date: "2025-02-17" },
  { type: "mandate", reaches: "assessment", date: "2025-03-17" },
  { type: "accept_report", reaches: "proposal", date: "2025-04-14" },
  { type: "direction", reaches: "councils", date: "2025-05-12" },
  { type: "implementation_release", reaches: "implementation", date: "2025-07-14" },
  { type: "start_operation", reaches: "operation", date: "2025-09-15" },
  { type: "evaluation_order", reaches: "evaluation", date: "2025-11-17" },
  { type: "close", reaches: "closed", date: "2025-12-15" },
];
const ORDER: readonly Phase[] = MAIN_PATH.map((s) => s.reaches);

/** The phase an approved decision leads to, as lifecycle.md states it (written out here, not taken from src). */
const TARGET: Partial<Record<DecisionType, Phase>> = {
  start_interest: "interest",
  prioritize: "prioritized",
  mandate: "assessment",
  direction: "councils",
  implementation_release: "implementation",
  start_operation: "operation",
  evaluation_order: "evaluation",
  close: "closed",
  hold: "on_hold",
  cancel: "cancelled",
};

const ACTIVE_PHASES: readonly Phase[] = ["idea", "interest", "prioritized", "assessment", "proposal", "councils", "implementation", "operation", "evaluation"];

/** The phases in which a phase-changing decision type is possible, as lifecycle.md states it. */
const FROM: Partial<Record<DecisionType, readonly Phase[]>> = {
  start_interest: ["idea"],
  prioritize: ["interest"],
  mandate: ["prioritized"],
  direction: ["proposal"],
  implementation_release: ["councils"],
  start_operation: ["implementation"],
  evaluation_order: ["operation"],
  close: ["operation", "evaluation"],
  hold: ACTIVE_PHASES,
  resume: ["on_hold"],
  cancel: [...ACTIVE_PHASES, "on_hold"],
};

const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export interface Scenario {
  model: RegisterModel;
  project: Rec<Project>;
  /** The last decision of a type (throws when there is none). */
  find(type: DecisionType): Rec<Decision>;
  /** The meeting a decision names. */
  meetingOf(decision: Rec<Decision>): Rec<Meeting>;
  /**
   * Appends a decision as `ikz decide` would: next ID, 14 days after the last decision unless dated, the meeting of
   * that day (created with full attendance when there is none; steering group, not circulation), phase_before/phase_after
   * and the project's phase when the decision changes the phase (a decision impossible in the phase changes nothing).
   */
  decide(type: DecisionType, overrides?: Partial<Decision>): Rec<Decision>;
}

/** Whether `phase` is at or after `than` on the main path. */
const reached = (phase: Phase, than: Phase): boolean => ORDER.indexOf(phase) >= ORDER.indexOf(than);

/** Project fields a project has once it reached a phase of the main path. */
function fieldsFor(phase: Phase): Partial<Project> {
  const p: Partial<Project> = {};
  if (reached(phase, "interest")) {
    p.interest = [
      { municipality: "raunheim", level: "interested", date: "2025-02-01" },
      { municipality: "kelsterbach", level: "interested", date: "2025-02-03" },
      { municipality: "trebur", level: "interested", date: "2025-02-05" },
      { municipality: "riedstadt", level: "observer", date: "2025-02-06" },
    ];
  }
  if (reached(phase, "prioritized")) {
    p.lead = "raunheim";
    p.participants = [
      { municipality: "raunheim", role: "lead" },
      { municipality: "kelsterbach", role: "partner" },
      { municipality: "trebur", role: "partner" },
    ];
    p.sponsor = "goetz";
    p.scores = { einsparpotenzial: 4, machbarkeit: 3, reichweite: 2 };
    p.duration_years = 5;
    p.baseline_costs_eur = 400000;
    p.savings_planned_eur = 80000;
    p.funding = [{ program: "hessen-ikz", status: "planned", amount_eur: 75000, date: "2025-08-01" }];
  }
  if (reached(phase, "assessment")) {
    p.project_manager = { name: "Pia Projekt", email: "p.projekt@raunheim.example", municipality: "raunheim" };
    p.milestones = [
      { id: "M1", title: "Konzept abgestimmt", due: "2025-04-30", gate: true, ...(reached(phase, "proposal") ? { done: "2025-04-10" } : {}) },
      { id: "M2", title: "Vereinbarung unterzeichnet", due: "2025-07-01", ...(reached(phase, "implementation") ? { done: "2025-07-01" } : {}) },
      { id: "M3", title: "Betrieb aufgenommen", due: "2025-09-30", gate: true },
    ];
  }
  if (reached(phase, "councils")) {
    p.legal_form = "oerv_mandate";
    p.seat = "raunheim";
  }
  if (reached(phase, "implementation")) {
    p.participants = [
      { municipality: "raunheim", role: "lead", cost_share: 40 },
      { municipality: "kelsterbach", role: "partner", cost_share: 30 },
      { municipality: "trebur", role: "partner", cost_share: 30 },
    ];
    p.council_resolutions = [
      { municipality: "raunheim", body: "Stadtverordnetenversammlung Raunheim", date: "2025-06-12", result: "approved", reference: "DS 2025/041" },
      { municipality: "kelsterbach", body: "Stadtverordnetenversammlung Kelsterbach", date: "2025-06-16", result: "approved" },
      { municipality: "trebur", body: "Gemeindevertretung Trebur", date: "2025-06-26", result: "approved" },
    ];
    p.agreement = { type: "Öffentlich-rechtliche Vereinbarung (Mandat)", signed: "2025-07-01", supervision: "approved" };
  }
  if (reached(phase, "operation")) p.agreement = { ...p.agreement, effective: "2025-09-01" };
  return p;
}

/**
 * A valid register with one project (IKZ-2025-001) whose decisions lead to `phase`. For `on_hold` and `cancelled`
 * the project first goes to `via` (default `assessment`). The direction decision is taken by the mayors' assembly.
 */
export function history(phase: Phase, opts: { via?: Phase } = {}): Scenario {
  const final = phase === "on_hold" || phase === "cancelled";
  const upTo: Phase = final ? (opts.via ?? "assessment") : phase;
  const model = register();
  const proj = project({ ...fieldsFor(upTo) });
  model.projects.push(proj);
  let current: Phase = "idea";
  let beforeHold: Phase = "idea";
  let lastDate = "2025-01-13";
  let decisionNo = 0;
  const meetingNo = new Map<string, number>();

  const scenario: Scenario = {
    model,
    project: proj,
    find(type) {
      const found = model.decisions.filter((d) => d.data.type === type).at(-1);
      if (!found) throw new Error(`no ${type} decision`);
      return found;
    },
    meetingOf(d) {
      const found = model.meetings.find((m) => m.data.id === d.data.meeting);
      if (!found) throw new Error(`no meeting for ${d.data.id}`);
      return found;
    },
    decide(type, overrides = {}) {
      const date = overrides.date ?? addDays(lastDate, 14);
      lastDate = date > lastDate ? date : lastDate;
      const year = date.slice(0, 4);
      const id = overrides.id ?? `B-${year}-${String(++decisionNo).padStart(3, "0")}`;
      const steering = (overrides.body ?? "steering_group") === "steering_group";
      let meetingId: string | undefined;
      if (steering && overrides.mode !== "circulation" && overrides.meeting === undefined) {
        meetingId = model.meetings.find((m) => m.data.date === date)?.data.id;
        if (meetingId === undefined) {
          const n = (meetingNo.get(year) ?? 0) + 1;
          meetingNo.set(year, n);
          meetingId = `LG-${year}-${String(n).padStart(2, "0")}`;
          model.meetings.push(meeting({ id: meetingId, date }));
        }
      }
      const outcome = overrides.outcome ?? "approved";
      const effective = outcome === "approved" || outcome === "approved_with_conditions";
      let target: Phase | undefined = type === "resume" ? beforeHold : TARGET[type];
      if (FROM[type] !== undefined && !FROM[type]!.includes(current)) target = undefined;
      if (type === "accept_report") {
        const r = model.reports.find((x) => `${x.data.project}/${x.data.period}` === overrides.report);
        target = r?.data.kind === "assessment" && current === "assessment" ? "proposal" : undefined;
      }
      const after = effective && target !== undefined ? target : current;
      const extra: Partial<Decision> = {};
      if (after !== current) Object.assign(extra, { phase_before: current, phase_after: after });
      if (type === "hold") Object.assign(extra, { reason: "Haushaltslage", resubmission: addDays(date, 120) });
      if (type === "cancel") extra.reason = "Partner sind ausgestiegen";
      const d = decision({ id, date, type, ...(meetingId ? { meeting: meetingId } : {}), ...extra, ...overrides });
      model.decisions.push(d);
      if (after === "on_hold" && current !== "on_hold") beforeHold = current;
      current = after;
      proj.data.phase = after;
      if (type === "hold" && effective) proj.data.hold_until = d.data.resubmission;
      if (type === "resume" && effective) delete proj.data.hold_until;
      if (type === "cancel" && effective) proj.data.cancel_reason = d.data.reason;
      return d;
    },
  };

  for (const step of MAIN_PATH) {
    if (!reached(upTo, step.reaches)) break;
    if (step.type === "accept_report") {
      model.reports.push(report({ submitted: "2025-04-07" }));
      scenario.decide("accept_report", { date: step.date, report: `${PROJECT_ID}/assessment` });
    } else if (step.type === "direction") {
      scenario.decide("direction", { date: step.date, body: "mayors_assembly" });
    } else if (step.type === "close") {
      model.reports.push(report({ period: "final", kind: "final", submitted: "2025-12-01" }));
      model.lessons.push(lesson());
      scenario.decide("accept_report", { date: step.date, report: `${PROJECT_ID}/final` });
      scenario.decide("close", { date: step.date });
    } else {
      scenario.decide(step.type, { date: step.date });
    }
  }
  if (phase === "on_hold") scenario.decide("hold");
  if (phase === "cancelled") scenario.decide("cancel");
  return scenario;
}

// ---------------------------------------------------------------------------------------------------------------
// One decision with its meeting.

export interface Single {
  model: RegisterModel;
  decision: Rec<Decision>;
  meeting: Rec<Meeting> | undefined;
}

/**
 * A register with one project (created 2024-01-02, phase idea), one decision (approved acknowledge, by default of
 * the steering group on 2025-03-17) and its meeting on the same day; IDs carry the year of the date. `meeting: null`
 * leaves the meeting out; a decision not taken in a meeting (mayors' assembly, circulation) gets none.
 */
export function single(d: Partial<Decision> = {}, m: Partial<Meeting> | null = {}, config?: IkzConfig): Single {
  const date = d.date ?? "2025-03-17";
  const year = date.slice(0, 4);
  const inMeeting = (d.body ?? "steering_group") === "steering_group" && d.mode !== "circulation";
  const dec = decision({ id: `B-${year}-001`, date, ...(inMeeting ? { meeting: `LG-${year}-01` } : {}), ...d });
  const meet = m === null || !inMeeting ? undefined : meeting({ id: dec.data.meeting ?? `LG-${year}-01`, date, ...m });
  const model = register({ projects: [project({ created: "2024-01-02" })], decisions: [dec], meetings: meet ? [meet] : [], ...(config ? { config } : {}) });
  return { model, decision: dec, meeting: meet };
}

/** The attendance of a meeting on a date with some members absent and some represented by a substitute. */
export function attendance(date: string, absent: readonly string[] = [], substituted: readonly string[] = []): NonNullable<Meeting["attendance"]> {
  return roster(date).map((member) =>
    substituted.includes(member) ? { member, present: false, substitute: "Erste Beigeordnete" } : { member, present: !absent.includes(member) },
  );
}
