// A hand-made register around 2025-Q3 with known answers; the expected figures are worked out in controlling-kpis.test.ts.
import type { Rec, RegisterModel } from "../../src/domain/model.js";
import type { Decision, Milestone, Project } from "../../src/domain/types.generated.js";
import { decision, lesson, meeting, project, register, report } from "../helpers/model.js";

let counter = 0;
/** A decision with its own id; the meeting is left out unless given (circulation keeps the roster rules quiet). */
function d(overrides: Partial<Decision>): Rec<Decision> {
  counter++;
  const year = (overrides.date ?? "2025").slice(0, 4);
  return decision({ id: `B-${year}-${String(counter).padStart(3, "0")}`, mode: "circulation", ...overrides });
}

const STEPS = ["start_interest", "prioritize", "mandate", "accept_report", "direction", "implementation_release", "start_operation"] as const;

/** The decisions that carry a project from idea through the given dates (one per step, in order). */
function chain(projectId: string, dates: readonly string[], extra: Partial<Record<(typeof STEPS)[number], Partial<Decision>>> = {}): Rec<Decision>[] {
  return dates.map((date, i) => {
    const type = STEPS[i]!;
    return d({ project: projectId, date, type, ...(type === "accept_report" ? { report: `${projectId}/assessment` } : {}), ...extra[type] });
  });
}

const A = "IKZ-2025-001";
const B = "IKZ-2025-002";
const C = "IKZ-2024-001";
const D = "IKZ-2023-001";
const E = "IKZ-2023-002";

const milestonesEnd: Milestone[] = [
  { id: "M1", title: "Stellen ausgeschrieben", due: "2025-07-31", done: "2025-07-20" },
  { id: "M2", title: "Räume bezogen", due: "2025-08-31", done: "2025-09-05" },
  { id: "M3", title: "Software eingeführt", due: "2025-09-30", forecast: "2025-10-31" },
  { id: "M4", title: "Erster Jahresbericht", due: "2025-12-31", forecast: "2026-01-31" },
  { id: "M5", title: "Vereinbarung unterschrieben", due: "2025-06-30", done: "2025-06-20" },
  { id: "M6", title: "Personalrat beteiligt", due: "2025-09-15" },
];
const milestonesStart: Milestone[] = [
  { id: "M1", title: "Stellen ausgeschrieben", due: "2025-07-31" },
  { id: "M2", title: "Räume bezogen", due: "2025-08-31" },
  { id: "M3", title: "Software eingeführt", due: "2025-09-30", forecast: "2025-10-15" },
  { id: "M4", title: "Erster Jahresbericht", due: "2025-12-31" },
  { id: "M5", title: "Vereinbarung unterschrieben", due: "2025-06-30", done: "2025-06-20" },
  { id: "M6", title: "Personalrat beteiligt", due: "2025-09-15" },
];

/** The register at the end of 2025-09-30 and at the end of 2025-06-30. */
export function quarterRegisters(): { start: RegisterModel; end: RegisterModel } {
  counter = 0;
  const aDecisions = chain(A, ["2025-02-01", "2025-03-01", "2025-04-01", "2025-05-02", "2025-05-20", "2025-07-15", "2025-09-10"], {
    implementation_release: { outcome: "approved_with_conditions", conditions: [{ text: "Stellenplan vorlegen", due: "2025-09-01", owner: "raunheim" }, { text: "Satzung anpassen", due: "2025-10-15" }] },
  });
  const cDecisions = [...chain(C, ["2024-04-01", "2024-05-01", "2024-06-01"]), d({ project: C, date: "2025-08-20", type: "cancel", reason: "zu teuer" })];
  const dDecisions = chain(D, ["2023-02-01", "2023-03-01", "2023-04-01", "2023-06-01", "2023-07-01", "2023-09-01", "2024-01-15"]);
  const eDecisions = chain(E, ["2023-02-02", "2023-03-02", "2023-04-02", "2023-06-02", "2023-07-02", "2023-09-02", "2024-02-01"]);
  const support = d({ project: D, date: "2025-09-01", type: "support", support_kind: "mediation", mode: "vote", meeting: "LG-2025-02" });
  const rework = d({ project: A, date: "2025-08-01", type: "change_mandate", outcome: "rework", reason: "Kosten genauer" });
  const assessment = (p: string, submitted: string) => report({ project: p, period: "assessment", kind: "assessment", submitted, lights: { overall: "green" } });
  const participants = (lead: string, ...partners: string[]) => ({ lead, participants: [{ municipality: lead, role: "lead" as const }, ...partners.map((m) => ({ municipality: m, role: "partner" as const }))] });

  const aBase: Partial<Project> = { id: A, title: "Gemeinsames Ordnungsamt", created: "2025-01-10", savings_planned_eur: 50_000, baseline_costs_eur: 250_000, ...participants("raunheim", "kelsterbach", "trebur") };
  const funding: Project["funding"] = [
    { program: "hessen-ikz", status: "applied", amount_eur: 75_000, date: "2025-08-01" },
    { program: "hessen-ikz", status: "granted", amount_eur: 50_000, date: "2025-03-01" },
  ];
  const dProject = project({ id: D, title: "Gemeinsame Vollstreckung", created: "2023-01-01", phase: "operation", savings_planned_eur: 30_000, baseline_costs_eur: 300_000, funding: [{ program: "hessen-ikz", status: "paid", amount_eur: 100_000, date: "2024-05-01" }], ...participants("trebur", "riedstadt") });
  const eProject = project({ id: E, title: "Gemeinsame Kasse", created: "2023-01-02", phase: "operation", savings_planned_eur: 20_000, ...participants("raunheim", "riedstadt") });
  const dReports = [
    report({ project: D, period: "2024-Q3", kind: "quarterly", submitted: "2024-10-15", savings_realized_eur: 5_000, lights: { overall: "green" } }),
    report({ project: D, period: "2025-Q1", kind: "quarterly", submitted: "2025-04-20", savings_realized_eur: 8_000, lights: { overall: "green" } }),
  ];
  const dQ2 = report({ project: D, period: "2025-Q2", kind: "quarterly", submitted: "2025-07-25", savings_realized_eur: 10_000, lights: { overall: "green", schedule: "yellow", costs: "red" }, risks: [{ text: "Personal fehlt", probability: 2, impact: 3, measure: "Ausschreibung" }] });
  const reportsBefore = [assessment(A, "2025-04-25"), assessment(C, "2024-12-01"), assessment(D, "2023-05-15"), assessment(E, "2023-05-16"), ...dReports];
  const lessons = [
    lesson({ id: "LL-2025-001", date: "2025-06-01", project: D }),
    { ...lesson({ id: "LL-2025-002", title: "Personalrat früh beteiligen", date: "2025-09-20", project: A, kind: "note", category: "staff" }), body: "## Ausgangssituation\n\nX\n\n## Erkenntnis\n\nFrüh reden.\n" },
  ];
  const end = register({
    projects: [
      project({ ...aBase, phase: "operation", milestones: milestonesEnd, funding }),
      project({ id: B, title: "Gemeinsamer Bauhof", created: "2025-08-05", savings_planned_eur: 7_000 }),
      project({ id: C, title: "Gemeinsame IT", created: "2024-03-01", phase: "cancelled", savings_planned_eur: 99_999, baseline_costs_eur: 100_000, cancel_reason: "zu teuer", milestones: [{ id: "M1", title: "Bericht", due: "2025-08-01" }], ...participants("kelsterbach", "riedstadt") }),
      dProject,
      eProject,
    ],
    decisions: [...aDecisions, ...cDecisions, ...dDecisions, ...eDecisions, support, rework],
    meetings: [meeting({ id: "LG-2025-02", date: "2025-09-01" }), meeting({ id: "LG-2025-03", date: "2025-09-10" }), meeting({ id: "LG-2025-01", date: "2025-03-17" })],
    reports: [...reportsBefore, dQ2],
    lessons,
  });
  const start = register({
    projects: [
      project({ ...aBase, phase: "councils", milestones: milestonesStart, funding: [funding[1]!] }),
      project({ id: C, title: "Gemeinsame IT", created: "2024-03-01", phase: "assessment", milestones: [{ id: "M1", title: "Bericht", due: "2025-08-01" }], ...participants("kelsterbach", "riedstadt") }),
      dProject,
      eProject,
    ],
    decisions: [...aDecisions.filter((x) => x.data.date <= "2025-06-30"), ...cDecisions.slice(0, 3), ...dDecisions, ...eDecisions],
    reports: reportsBefore,
    lessons: lessons.slice(0, 1),
  });
  // The start_operation of A names meeting LG-2025-03 (a steering-group vote), so that meeting counts one decision.
  const op = end.decisions.find((x) => x.data.project === A && x.data.type === "start_operation")!;
  op.data = { ...op.data, mode: "vote", meeting: "LG-2025-03" };
  return { start, end };
}

export const IDS = { A, B, C, D, E };
