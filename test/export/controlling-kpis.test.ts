import { describe, expect, it } from "vitest";
import type { RegisterModel } from "../../src/domain/model.js";
import { computeControlling } from "../../src/export/controlling/compute.js";
import { median } from "../../src/export/controlling/process-kpis.js";
import { savingsRatePct as savingsRate } from "../../src/domain/savings-rate.js";
import { parseQuarter, periodsDueInLabels } from "./controlling-helpers.js";
import { IDS, quarterRegisters } from "./controlling-fixture.js";

const { A, B, C, D, E } = IDS;
const Q3 = parseQuarter("2025-Q3")!;

/** The figures of 2025-Q3 for an audience, after `change` to the register at the quarter's end. */
function compute(audience: "internal" | "council" | "public" = "internal", change?: (end: RegisterModel) => void) {
  const { start, end } = quarterRegisters();
  change?.(end);
  return computeControlling({ quarter: Q3, start, end, referenceDate: "2025-09-30", provisional: false, audience, source: { end: { registerName: "Test", commit: "a".repeat(40) }, start: { registerName: "Test", commit: "b".repeat(40) } } });
}

describe("quarters", () => {
  it("parses YYYY-Qn and knows first and last day", () => {
    expect(parseQuarter("2025-Q3")).toMatchObject({ start: "2025-07-01", end: "2025-09-30" });
    expect(parseQuarter("2024-Q1")).toMatchObject({ start: "2024-01-01", end: "2024-03-31" });
    expect(parseQuarter("2025-Q4")).toMatchObject({ start: "2025-10-01", end: "2025-12-31" });
    for (const bad of ["2025-Q5", "2025Q3", "25-Q1", "2025-q3", ""]) expect(parseQuarter(bad), bad).toBeUndefined();
  });

  it("savings rates are rounded down to one decimal, so 14,96 % does not show as 15 % beside 'Mindestquote: nein'", () => {
    expect(savingsRate(80_780, 540_000)).toBe(14.9);
    expect(savingsRate(96_000, 640_000)).toBe(15);
    expect(savingsRate(98_000, 520_000)).toBe(18.8);
    expect(savingsRate(95_000, 610_000)).toBe(15.5);
  });

  it("finds the reported quarters whose deadline falls in a quarter", () => {
    expect(periodsDueInLabels("2025-Q3", 30)).toEqual(["2025-Q2"]);
    expect(periodsDueInLabels("2025-Q1", 30)).toEqual(["2024-Q4"]);
    // 0 days: the quarter ending on its last day is due in itself.
    expect(periodsDueInLabels("2025-Q3", 0)).toEqual(["2025-Q3"]);
    expect(periodsDueInLabels("2025-Q3", 100)).toEqual(["2025-Q1"]);
  });
});

describe("controlling KPIs on a hand-made register (2025-Q3)", () => {
  const data = compute();

  it("portfolio: phases at start and end, transitions with decisions, new and cancelled", () => {
    const phase = (p: string) => data.portfolio.phases.find((x) => x.phase === p)!;
    // Start (2025-06-30): A councils, C assessment, D and E operation. End: A, D, E operation, B idea, C cancelled.
    expect(phase("councils")).toMatchObject({ start: 1, end: 0 });
    expect(phase("assessment")).toMatchObject({ start: 1, end: 0 });
    expect(phase("operation")).toMatchObject({ start: 2, end: 3 });
    expect(phase("idea")).toMatchObject({ start: 0, end: 1 });
    expect(phase("cancelled")).toMatchObject({ start: 0, end: 1 });
    expect([data.portfolio.totalStart, data.portfolio.totalEnd, data.portfolio.activeEnd]).toEqual([4, 5, 4]);
    expect(data.portfolio.transitions.map((t) => [t.date, t.project, t.from, t.to, t.decisionType])).toEqual([
      ["2025-07-15", A, "councils", "implementation", "implementation_release"],
      ["2025-08-20", C, "assessment", "cancelled", "cancel"],
      ["2025-09-10", A, "implementation", "operation", "start_operation"],
    ]);
    expect(data.portfolio.newProjects.map((p) => p.project)).toEqual([B]);
    // The field's name from ikz.yaml besides its code, for the tables (which showed "ordnungswesen").
    expect(data.portfolio.newProjects[0]).toMatchObject({ field: "ordnungswesen", fieldName: "Ordnungswesen" });
    expect(data.portfolio.closed).toEqual([]);
    expect(data.portfolio.cancelled).toMatchObject([{ project: C, date: "2025-08-20", reason: "zu teuer" }]);
  });

  it("decisions and meetings of the quarter", () => {
    // implementation_release, change_mandate (rework), cancel, support, start_operation.
    expect(data.decisions.count).toBe(5);
    expect(data.decisions.effective).toBe(4);
    expect(data.decisions.byOutcome).toEqual([
      { outcome: "approved", count: 3 },
      { outcome: "approved_with_conditions", count: 1 },
      { outcome: "rework", count: 1 },
    ]);
    expect(data.decisions.list.map((x) => x.date)).toEqual(["2025-07-15", "2025-08-01", "2025-08-20", "2025-09-01", "2025-09-10"]);
    expect(data.meetings.list.map((m) => [m.id, m.decisions])).toEqual([["LG-2025-02", 1], ["LG-2025-03", 1]]);
  });

  it("milestones due in the quarter: met, late, open; slipped forecasts; overdue at the end", () => {
    // A: M1 met, M2 late, M3 open (due on the last day), M6 open; C is cancelled and left out; M4 is due later, M5 earlier.
    expect([data.milestones.due, data.milestones.met, data.milestones.late, data.milestones.open]).toEqual([4, 1, 1, 2]);
    expect(data.milestones.onTimePct).toBe(25);
    expect(data.milestones.list.map((m) => `${m.milestone}:${m.state}`)).toEqual(["M1:met", "M2:late", "M6:open", "M3:open"]);
    // M3: 15 Oct → 31 Oct = 16 days; M4: no forecast at the start, so due 31 Dec → forecast 31 Jan = 31 days.
    expect(data.milestones.slipped.map((m) => [m.milestone, m.before, m.after, m.days])).toEqual([
      ["M3", "2025-10-15", "2025-10-31", 16],
      ["M4", "2025-12-31", "2026-01-31", 31],
    ]);
    // Only M6 (due 15 Sep) is overdue on 30 Sep; M3 is due that very day.
    expect(data.milestones.overdueAtEnd).toBe(1);
  });

  it("report compliance: the 2025-Q2 reports fell due on 30 Jul; D sent one on time, E none", () => {
    expect(data.reports.periods).toEqual(["2025-Q2"]);
    expect(data.reports.list.map((r) => [r.project, r.state, r.dueDate])).toEqual([
      [D, "on_time", "2025-07-30"],
      [E, "missing", "2025-07-30"],
    ]);
    expect([data.reports.due, data.reports.received, data.reports.onTime, data.reports.compliancePct]).toEqual([2, 1, 1, 50]);
    const lights = Object.fromEntries(data.reports.lights.map((l) => [l.dimension, [l.green, l.yellow, l.red, l.none]]));
    // Running projects A, B, D, E: A's and E's latest report is their assessment (overall only), D's is 2025-Q2, B has none.
    expect(lights.overall).toEqual([3, 0, 0, 1]);
    expect(lights.schedule).toEqual([0, 1, 0, 3]);
    expect(lights.costs).toEqual([0, 0, 1, 3]);
  });

  /** The register with one project put on hold at the quarter's end. */
  const paused = (id: string) =>
    compute("internal", (end) => {
      end.projects.find((p) => p.data.id === id)!.data.phase = "on_hold";
    });
  const overallLights = (d: ReturnType<typeof compute>) => {
    const overall = d.reports.lights.find((l) => l.dimension === "overall")!;
    return [overall.green, overall.yellow, overall.red, overall.none];
  };

  it("traffic lights count the running projects as 'ikz status' does: a project on hold is not among them", () => {
    // A and D green, B without report; E (green assessment) is paused.
    expect(overallLights(paused(E))).toEqual([2, 0, 0, 1]);
  });

  it("open risks count the same running projects as the traffic lights: a paused project's risks are not open risks", () => {
    // D (the one project with a risk) is paused: out of the lights, and so out of the open risks.
    const held = paused(D);
    expect(overallLights(held)).toEqual([2, 0, 0, 1]);
    expect(held.watch.risks).toEqual([]);
  });

  it("money: planned and realised savings, rates against the 15 % threshold, funding by status", () => {
    const m = data.money;
    // Active and closed: A 50 000 + B 7 000 + D 30 000 + E 20 000 (C is cancelled); in operation: A, D, E.
    expect([m.plannedPerYearEur, m.plannedInOperationPerYearEur]).toEqual([107_000, 100_000]);
    // Reports by submission date: 2025-07-25 (10 000) in Q3; plus 2025-04-20 (8 000) this year; plus 2024-10-15 (5 000).
    expect([m.realizedQuarterEur, m.realizedYearToDateEur, m.realizedCumulatedEur]).toEqual([10_000, 18_000, 23_000]);
    expect(m.thresholdPct).toBe(15);
    expect(m.rates.map((r) => [r.project, r.ratePct, r.meetsThreshold])).toEqual([
      [D, 10, false],
      [A, 20, true],
    ]);
    const f = Object.fromEntries(m.funding.map((x) => [x.status, [x.count, x.eur, x.inQuarterCount, x.inQuarterEur]]));
    expect(f).toEqual({ planned: [0, 0, 0, 0], applied: [1, 75_000, 1, 75_000], granted: [1, 50_000, 0, 0], paid: [1, 100_000, 0, 0], rejected: [0, 0, 0, 0] });
  });

  it("participation: lead and partner counts, distinct partners, the matrix without cancelled projects", () => {
    const row = (id: string) => data.participation.municipalities.find((m) => m.id === id)!;
    expect(row("raunheim")).toMatchObject({ lead: 2, partner: 0, total: 2, partners: 3 });
    expect(row("kelsterbach")).toMatchObject({ lead: 0, partner: 1, total: 1, partners: 2 });
    expect(row("trebur")).toMatchObject({ lead: 1, partner: 1, total: 2, partners: 3 });
    expect(row("riedstadt")).toMatchObject({ lead: 0, partner: 2, total: 2, partners: 2 });
    expect(data.participation.matrix.map((r) => [r.project, r.roles])).toEqual([
      [D, { trebur: "lead", riedstadt: "partner" }],
      [E, { raunheim: "lead", riedstadt: "partner" }],
      [A, { raunheim: "lead", kelsterbach: "partner", trebur: "partner" }],
    ]);
  });

  it("process: lead times (median days) and the share of assessed projects that became cooperations", () => {
    const p = data.process;
    // Idea → order: A 10 Jan → 1 Apr 2025 = 81 days, C 1 Mar → 1 Jun 2024 = 92, D 1 Jan → 1 Apr 2023 = 90, E 2 Jan → 2 Apr 2023 = 90.
    expect(p.ideaToMandate).toEqual({ count: 4, medianDays: 90, inQuarter: 0 });
    // Order → operation: A 1 Apr → 10 Sep 2025 = 162; D 1 Apr 2023 → 15 Jan 2024 = 289; E 2 Apr 2023 → 1 Feb 2024 = 305.
    expect(p.mandateToOperation).toEqual({ count: 3, medianDays: 289, inQuarter: 1 });
    // Idea → operation: A 243, D 379, E 395.
    expect(p.ideaToOperation).toEqual({ count: 3, medianDays: 379, inQuarter: 1 });
    expect([p.assessed, p.becameCooperation, p.cancelledAfterAssessment, p.stillOpen, p.cooperationSharePct]).toEqual([4, 3, 1, 0, 75]);
  });

  it("watch: risks of the latest reports, support, overdue conditions, lessons of the quarter", () => {
    expect(data.watch.risks).toMatchObject([{ project: D, period: "2025-Q2", text: "Personal fehlt", score: 6 }]);
    expect(data.watch.support).toMatchObject([{ project: D, kind: "mediation", date: "2025-09-01" }]);
    // Condition 1 was due 1 Sep and is not done; condition 2 is due 15 Oct.
    expect(data.watch.overdueConditions).toMatchObject([{ project: A, index: 1, text: "Stellenplan vorlegen", due: "2025-09-01", owner: "raunheim" }]);
    expect(data.watch.lessons.map((l) => l.id)).toEqual(["LL-2025-002"]);
    expect(data.watch.lessons[0]!.excerpt).toBe("#### Erkenntnis\n\nFrüh reden.");
  });

  it("watch: reports and milestones still open from before the quarter are carried, not forgotten", () => {
    // D and E report since their implementation release (1 and 2 Sep 2023); D has 2024-Q3 and 2025-Q1, E none.
    // 2025-Q2 falls due in the quarter itself (reports.list), so it is not carried.
    expect(data.watch.carriedReports.map((r) => [r.project, r.period, r.due])).toEqual([
      [D, "2023-Q3", "2023-10-30"],
      [E, "2023-Q3", "2023-10-30"],
      [D, "2023-Q4", "2024-01-30"],
      [E, "2023-Q4", "2024-01-30"],
      [D, "2024-Q1", "2024-04-30"],
      [E, "2024-Q1", "2024-04-30"],
      [D, "2024-Q2", "2024-07-30"],
      [E, "2024-Q2", "2024-07-30"],
      [E, "2024-Q3", "2024-10-30"],
      [D, "2024-Q4", "2025-01-30"],
      [E, "2024-Q4", "2025-01-30"],
      [E, "2025-Q1", "2025-04-30"],
    ]);
    expect(data.watch.carriedMilestones).toEqual([]);
    const { start, end } = quarterRegisters();
    const a = end.projects.find((p) => p.data.id === A)!;
    a.data.milestones = [{ id: "M0", title: "Kick-off", due: "2025-06-15" }, ...(a.data.milestones ?? [])];
    const later = computeControlling({ quarter: Q3, start, end, referenceDate: "2025-09-30", provisional: false, audience: "internal", source: { end: { registerName: "Test" } } });
    expect(later.watch.carriedMilestones).toEqual([{ project: A, title: "Gemeinsames Ordnungsamt", milestone: "M0", milestoneTitle: "Kick-off", due: "2025-06-15" }]);
  });

  it("audience: council and public figures are computed without risks and internal fields", () => {
    for (const audience of ["council", "public"] as const) {
      const d = compute(audience);
      expect(d.watch.risks, audience).toEqual([]);
      expect(JSON.stringify(d), audience).not.toContain("Personal fehlt");
      expect(d.audience).toBe(audience);
      // Without the reports no report can be told missing.
      if (d.reportsWithheld) expect(d.watch.carriedReports, audience).toEqual([]);
    }
  });

  it("median of odd and even counts", () => {
    expect(median([])).toBeUndefined();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
  });
});

describe("the controlling document names codes", () => {
  it("the new-projects table shows the field's name from ikz.yaml, not its code", async () => {
    const { buildControllingDocument } = await import("../../src/export/controlling/build-document.js");
    const doc = buildControllingDocument(compute(), "de");
    const table = doc.sections.flatMap((s) => s.tables).find((t) => t.id === "new-projects")!;
    expect(table.rows).toMatchObject([{ project: B, field: "Ordnungswesen" }]);
  });
});

describe("a forecast moved by one day", () => {
  it("says '1 Tag', not '1 Tage'", async () => {
    const { buildControllingDocument } = await import("../../src/export/controlling/build-document.js");
    const data = compute();
    data.milestones.slipped = [{ ...data.milestones.slipped[0]!, days: 1 }];
    // Only the slipped forecast in "Handlungsbedarf", which shows the first rows only.
    data.watch.carriedReports = [];
    data.watch.carriedMilestones = [];
    data.reports.list = [];
    data.milestones.list = [];
    const text = JSON.stringify(buildControllingDocument(data, "de"));
    expect(text).toContain("um 1 Tag verschoben");
    expect(JSON.stringify(buildControllingDocument(data, "en"))).toContain("moved by 1 day to");
  });
});

describe("overdue conditions name their owner", () => {
  it("by the municipality's name from ikz.yaml (was the code 'raunheim')", async () => {
    const { buildControllingDocument } = await import("../../src/export/controlling/build-document.js");
    const data = compute();
    expect(data.watch.overdueConditions[0]).toMatchObject({ owner: "raunheim", ownerName: "Raunheim" });
    const table = buildControllingDocument(data, "de").sections.flatMap((s) => s.tables).find((t) => t.id === "conditions")!;
    expect(table.rows[0]).toMatchObject({ owner: "Raunheim" });
  });
});
