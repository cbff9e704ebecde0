import { describe, expect, it } from "vitest";
import { summarizePortfolio } from "../../src/domain/portfolio.js";
import type { Phase } from "../../src/domain/lifecycle.js";
import { PROJECT_ID, decision, history, lesson, meeting, project, register, report } from "../helpers/model.js";

const TODAY = "2026-03-01";

/** A small portfolio: five projects in different phases, with reports, funding and savings (figures by hand). */
function portfolioModel() {
  return register({
    projects: [
      project({ id: "IKZ-2025-001", phase: "operation", lead: "raunheim", participants: [{ municipality: "raunheim", role: "lead" }, { municipality: "trebur", role: "partner" }], savings_planned_eur: 100000, funding: [{ program: "hessen-ikz", status: "paid", amount_eur: 75000, date: "2025-09-01" }, { program: "hessen-ikz", status: "rejected", amount_eur: 5000 }] }),
      project({ id: "IKZ-2025-002", phase: "assessment", lead: "kelsterbach", participants: [{ municipality: "kelsterbach", role: "lead" }, { municipality: "riedstadt", role: "partner" }], savings_planned_eur: 40000, funding: [{ program: "hessen-ikz", status: "planned", amount_eur: 50000, date: "2026-06-01" }, { program: "hessen-ikz", status: "applied", amount_eur: 20000, date: "2026-01-10" }] }),
      project({ id: "IKZ-2025-003", phase: "closed", lead: "trebur", participants: [{ municipality: "trebur", role: "lead" }, { municipality: "riedstadt", role: "partner" }], savings_planned_eur: 30000, funding: [{ program: "hessen-ikz", status: "granted", amount_eur: 100000, date: "2025-03-01" }] }),
      project({ id: "IKZ-2025-004", phase: "on_hold", savings_planned_eur: 7000, hold_until: "2026-09-30" }),
      project({ id: "IKZ-2025-005", phase: "cancelled", savings_planned_eur: 9000 }),
      project({ id: "IKZ-2026-001", phase: "idea", created: "2026-01-05" }),
    ],
    reports: [
      report({ project: "IKZ-2025-001", period: "2025-Q3", kind: "quarterly", submitted: "2025-10-15", lights: { overall: "green" }, savings_realized_eur: 20000 }),
      report({ project: "IKZ-2025-001", period: "2025-Q4", kind: "quarterly", submitted: "2026-01-20", lights: { overall: "yellow", costs: "red" }, savings_realized_eur: 25000 }),
      report({ project: "IKZ-2025-003", period: "evaluation", kind: "evaluation", submitted: "2026-02-01", lights: { overall: "green" }, savings_realized_eur: 60000 }),
      report({ project: "IKZ-2025-003", period: "2025-Q2", kind: "quarterly", submitted: "2025-07-10", lights: { overall: "red" }, savings_realized_eur: 5000 }),
    ],
  });
}

describe("summarizePortfolio", () => {
  it("counts projects per phase with German and English labels, in the order people read them", () => {
    const p = summarizePortfolio(portfolioModel(), TODAY);
    expect(p.phases.filter((x) => x.count > 0).map((x) => [x.phase, x.label.de, x.label.en, x.count])).toEqual([
      ["idea", "Idee", "Idea", 1],
      ["assessment", "Vorteilhaftigkeitsprüfung", "Assessment", 1],
      ["operation", "Regelbetrieb", "Operation", 1],
      ["on_hold", "Zurückgestellt", "On hold", 1],
      ["closed", "Abgeschlossen", "Closed", 1],
      ["cancelled", "Abgebrochen", "Cancelled", 1],
    ]);
    expect(p.phases).toHaveLength(12);
    expect(p.counts).toMatchObject({ projects: 6, active: 3, onHold: 1, closed: 1, cancelled: 1 });
    expect(p.projects.map((x) => x.id)).toEqual(["IKZ-2026-001", "IKZ-2025-002", "IKZ-2025-001", "IKZ-2025-004", "IKZ-2025-003", "IKZ-2025-005"]);
  });

  it("takes each project's latest report (by submission) with its lights; counts lights of running projects", () => {
    const p = summarizePortfolio(portfolioModel(), TODAY);
    expect(p.projects.find((x) => x.id === "IKZ-2025-001")?.latestReport).toEqual({ period: "2025-Q4", kind: "quarterly", submitted: "2026-01-20", lights: { overall: "yellow", costs: "red" } });
    expect(p.projects.find((x) => x.id === "IKZ-2025-003")?.latestReport?.period).toBe("evaluation");
    expect(p.projects.find((x) => x.id === "IKZ-2026-001")?.latestReport).toBeUndefined();
    // Running (active): 2025-001 yellow; 2025-002, 2026-001 without report. The closed 2025-003 and the paused
    // 2025-004 do not count, so the lights add up to counts.active.
    expect(p.counts.lights).toEqual({ green: 0, yellow: 1, red: 0, none: 2 });
    const l = p.counts.lights;
    expect(l.green + l.yellow + l.red + l.none).toBe(p.counts.active);
  });

  it("sums planned savings of active and closed projects and realised savings of quarterly reports, per year", () => {
    const p = summarizePortfolio(portfolioModel(), TODAY);
    // 100 000 + 40 000 + 30 000 (closed); on hold 7 000 and cancelled 9 000 do not count.
    expect(p.savings.plannedEur).toBe(170000);
    // 20 000 + 25 000 + 5 000 (2025 quarters); the evaluation report's 60 000 covers months the quarters already report.
    expect(p.savings.realizedEur).toBe(50000);
    expect(p.savings.realizedByYear).toEqual([{ year: 2025, eur: 50000 }]);
  });

  it("sums funding by status; rejected applications are left out", () => {
    expect(summarizePortfolio(portfolioModel(), TODAY).funding).toEqual({
      planned: { count: 1, eur: 50000 },
      applied: { count: 1, eur: 20000 },
      granted: { count: 1, eur: 100000 },
      paid: { count: 1, eur: 75000 },
      overdue: { count: 0, eur: 0 },
      cancelled: { count: 0, eur: 0 },
    });
  });

  it("a cancelled project's funding is in no status sum; what it had granted or paid is shown apart", () => {
    const model = portfolioModel();
    model.projects.find((p) => p.data.id === "IKZ-2025-005")!.data.funding = [
      { program: "hessen-ikz", status: "granted", amount_eur: 50000, date: "2025-05-01" },
      { program: "hessen-ikz", status: "paid", amount_eur: 25000, date: "2025-06-01" },
      { program: "hessen-ikz", status: "planned", amount_eur: 40000, date: "2026-03-01" },
    ];
    const funding = summarizePortfolio(model, TODAY).funding;
    expect([funding.planned, funding.granted, funding.paid]).toEqual([{ count: 1, eur: 50000 }, { count: 1, eur: 100000 }, { count: 1, eur: 75000 }]);
    expect(funding.cancelled).toEqual({ count: 2, eur: 75000 });
  });

  it("counts planned applications whose date has passed (not on the date itself)", () => {
    expect(summarizePortfolio(portfolioModel(), "2026-06-01").funding.overdue).toEqual({ count: 0, eur: 0 });
    expect(summarizePortfolio(portfolioModel(), "2026-06-02").funding.overdue).toEqual({ count: 1, eur: 50000 });
  });

  it("lists overdue milestones (most overdue first) and missing quarterly reports", () => {
    const s = history("operation"); // implementation from 2025-07-14; M3 due 2025-09-30 open
    const p = summarizePortfolio(s.model, "2025-11-01");
    expect(p.overdueMilestones).toEqual([{ project: PROJECT_ID, projectTitle: "Gemeinsames Ordnungsamt", milestone: "M3", title: "Betrieb aufgenommen", due: "2025-09-30", gate: true, days: 32 }]);
    expect(p.missingReports).toEqual([{ project: PROJECT_ID, projectTitle: "Gemeinsames Ordnungsamt", period: "2025-Q3", due: "2025-10-30" }]);
    expect(p.counts).toMatchObject({ overdueMilestones: 1, missingReports: 1 });
  });

  it("finds the next meeting: the first planned or open one on or after today", () => {
    const model = register({
      meetings: [
        meeting({ id: "LG-2026-01", date: "2026-02-10", status: "closed" }),
        meeting({ id: "LG-2026-03", date: "2026-06-16", status: "planned", attendance: undefined, location: "Rathaus Trebur" }),
        meeting({ id: "LG-2026-02", date: "2026-03-01", status: "planned", attendance: undefined, agenda: [{ item: 1, title: "Priorisierung", kind: "decision", project: PROJECT_ID, decision_type: "prioritize" }] }),
      ],
    });
    expect(summarizePortfolio(model, "2026-03-01").nextMeeting).toEqual({ id: "LG-2026-02", date: "2026-03-01", kind: "regular", status: "planned", location: "Rathaus Raunheim", agenda: [{ item: 1, title: "Priorisierung", project: PROJECT_ID, decisionType: "prioritize" }] });
    expect(summarizePortfolio(model, "2026-03-02").nextMeeting?.id).toBe("LG-2026-03");
    expect(summarizePortfolio(model, "2026-06-17").nextMeeting).toBeUndefined();
  });

  it("narrows to a municipality's projects (lead or partner), with its name", () => {
    const p = summarizePortfolio(portfolioModel(), TODAY, "trebur");
    expect(p.municipality).toEqual({ id: "trebur", name: "Trebur" });
    expect(p.projects.map((x) => x.id)).toEqual(["IKZ-2025-001", "IKZ-2025-003"]);
    expect(p.savings).toEqual({ plannedEur: 130000, realizedEur: 50000, realizedByYear: [{ year: 2025, eur: 50000 }] });
    const riedstadt = summarizePortfolio(portfolioModel(), TODAY, "riedstadt");
    expect(riedstadt.projects.map((x) => x.id)).toEqual(["IKZ-2025-002", "IKZ-2025-003"]);
    expect(riedstadt.savings.realizedEur).toBe(5000);
    expect(riedstadt.funding.paid).toEqual({ count: 0, eur: 0 });
    expect(summarizePortfolio(portfolioModel(), TODAY, "kelsterbach").counts.projects).toBe(1);
  });
});

describe("waiting for a decision", () => {
  const kinds = (model: ReturnType<typeof register>, today: string) => summarizePortfolio(model, today).waiting.map((w) => `${w.kind} ${w.project} ${w.decisionType}${w.report ? ` ${w.report}` : ""}${w.milestone ? ` ${w.milestone}` : ""}`);

  it("an idea waits for the start of expressions of interest", () => {
    expect(kinds(register({ projects: [project()] }), TODAY)).toEqual([`next_step ${PROJECT_ID} start_interest`]);
  });

  it("interest → prioritize once two municipalities are interested and a lead is set", () => {
    const s = history("interest");
    expect(kinds(s.model, TODAY)).toEqual([]); // three interested but no lead yet
    s.project.data.lead = "raunheim";
    expect(kinds(s.model, TODAY)).toEqual([`next_step ${PROJECT_ID} prioritize`]);
    s.project.data.interest = s.project.data.interest!.map((i, n) => (n === 0 ? i : { ...i, level: "observer" as const }));
    expect(kinds(s.model, TODAY)).toEqual([]);
  });

  it("interest → prioritize counts each municipality's latest expression up to the day once, as the guard does", () => {
    const s = history("interest");
    s.project.data.lead = "raunheim";
    // Raunheim twice interested, Trebur interested but withdrawn later: one municipality is interested.
    s.project.data.interest = [
      { municipality: "raunheim", level: "interested", date: "2025-01-10" },
      { municipality: "raunheim", level: "interested", date: "2025-02-10" },
      { municipality: "trebur", level: "interested", date: "2025-01-15" },
      { municipality: "trebur", level: "declined", date: "2025-03-01" },
    ];
    expect(kinds(s.model, TODAY)).toEqual([]);
    // Kelsterbach's interest counts from its date on, not before.
    s.project.data.interest.push({ municipality: "kelsterbach", level: "interested", date: "2026-04-01" });
    expect(kinds(s.model, TODAY)).toEqual([]);
    expect(kinds(s.model, "2026-04-01")).toEqual([`next_step ${PROJECT_ID} prioritize`]);
  });

  it("prioritized → mandate needs a project manager, two participants and a milestone", () => {
    const s = history("prioritized");
    expect(kinds(s.model, TODAY)).toEqual([]);
    s.project.data.project_manager = { name: "Pia Projekt" };
    s.project.data.milestones = [{ id: "M1", title: "Konzept", due: "2026-06-30" }];
    expect(kinds(s.model, TODAY)).toEqual([`next_step ${PROJECT_ID} mandate`]);
  });

  it("a submitted assessment report waits for acceptance until an accept_report decision takes effect", () => {
    const s = history("assessment");
    s.model.reports.push(report({ submitted: "2025-04-07" }));
    expect(kinds(s.model, "2025-04-10")).toEqual([`accept_report ${PROJECT_ID} accept_report ${PROJECT_ID}/assessment`]);
    s.decide("accept_report", { date: "2025-04-14", report: `${PROJECT_ID}/assessment`, outcome: "rework", reason: "Kosten fehlen" });
    expect(kinds(s.model, "2025-04-20")).toHaveLength(1);
    s.decide("accept_report", { date: "2025-05-12", report: `${PROJECT_ID}/assessment` });
    expect(kinds(s.model, "2025-05-13").filter((k) => k.startsWith("accept_report"))).toEqual([]);
  });

  /** The builder's history passes gate M1 without a milestone decision; decide it so only what a test adds waits. */
  const passM1 = (s: ReturnType<typeof history>) => s.decide("milestone", { date: "2025-04-14", milestone: "M1" });

  it("of quarterly reports only the latest waits", () => {
    const s = history("operation");
    passM1(s);
    s.project.data.milestones![2]!.done = "2025-09-15";
    s.decide("milestone", { date: "2025-09-29", milestone: "M3" });
    s.model.reports.push(report({ period: "2025-Q3", kind: "quarterly", submitted: "2025-10-10" }), report({ period: "2025-Q4", kind: "quarterly", submitted: "2026-01-12" }));
    expect(kinds(s.model, TODAY)).toEqual([`accept_report ${PROJECT_ID} accept_report ${PROJECT_ID}/2025-Q4`]);
  });

  it("a done gate milestone waits for its milestone decision", () => {
    const s = history("operation");
    expect(kinds(s.model, "2025-09-20")).toEqual([`milestone_decision ${PROJECT_ID} milestone M1`]);
    passM1(s);
    s.project.data.milestones![2]!.done = "2025-09-15";
    expect(kinds(s.model, "2025-09-20")).toEqual([`milestone_decision ${PROJECT_ID} milestone M3`]);
    s.decide("milestone", { date: "2025-09-29", milestone: "M3" });
    expect(kinds(s.model, "2025-09-30")).toEqual([]);
  });

  it("implementation → start_operation once the agreement is in force and every gate is passed", () => {
    const s = history("implementation"); // gates M1 (done) and M3 (open)
    passM1(s);
    s.project.data.agreement = { ...s.project.data.agreement, effective: "2025-09-01" };
    expect(kinds(s.model, "2025-09-01")).toEqual([]);
    s.project.data.milestones![2]!.done = "2025-08-20";
    s.decide("milestone", { date: "2025-08-25", milestone: "M3" });
    expect(kinds(s.model, "2025-08-31")).toEqual([]);
    expect(kinds(s.model, "2025-09-01")).toEqual([`next_step ${PROJECT_ID} start_operation`]);
  });

  it("evaluation → close with an accepted evaluation report and a lesson", () => {
    const s = history("evaluation");
    passM1(s);
    s.model.reports.push(report({ period: "evaluation", kind: "evaluation", submitted: "2025-12-01" }));
    s.decide("accept_report", { date: "2025-12-15", report: `${PROJECT_ID}/evaluation` });
    expect(kinds(s.model, "2026-01-10")).toEqual([]);
    s.model.lessons.push(lesson());
    expect(kinds(s.model, "2026-01-10")).toEqual([`next_step ${PROJECT_ID} close`]);
  });

  it("a hold past its resubmission date waits for resumption, reports last; its red report waits for no support while it rests", () => {
    const s = history("on_hold"); // resubmission 2025-07-29
    expect(kinds(s.model, "2025-07-29")).toEqual([]);
    s.model.reports.push(report({ period: "assessment", kind: "assessment", submitted: "2025-03-20", lights: { overall: "red" } }));
    // Not running (isRunning): its light is not counted, so its red report is not chased either – as in ikz check.
    expect(kinds(s.model, "2025-07-30")).toEqual([`resubmission ${PROJECT_ID} resume`, `accept_report ${PROJECT_ID} accept_report ${PROJECT_ID}/assessment`]);
  });

  it("red first: a running project's red report comes before everything else", () => {
    const s = history("operation");
    s.model.reports.push(report({ period: "2025-Q3", kind: "quarterly", submitted: "2025-10-10", lights: { overall: "red" } }));
    expect(kinds(s.model, "2025-10-20")[0]).toBe(`red_without_support ${PROJECT_ID} support ${PROJECT_ID}/2025-Q3`);
  });

  it("closed and cancelled projects wait for nothing", () => {
    for (const phase of ["closed", "cancelled"] as Phase[]) expect(kinds(history(phase).model, "2027-01-01")).toEqual([]);
  });

  it("counts the items", () => {
    const model = register({ projects: [project(), project({ id: "IKZ-2025-002" })], decisions: [decision({ type: "acknowledge" })] });
    expect(summarizePortfolio(model, TODAY).counts.waiting).toBe(2);
  });
});
