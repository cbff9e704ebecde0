import { describe, expect, it } from "vitest";
import { dueQuarters, latestReport, runDateChecks } from "../../src/domain/checks.js";
import { quarterEnd } from "../../src/domain/quarter.js";
import type { Issue } from "../../src/domain/finding.js";
import { checkMessages } from "../../src/i18n/check-messages.js";
import { describeIssue } from "../../src/register/to-findings.js";
import { PROJECT_FILE, PROJECT_ID, baseConfig, brief, decision, history, project, register, report } from "../helpers/model.js";

/** The issues of one check code. */
const of = (issues: Issue[], code: string) => issues.filter((i) => i.code === code);

/** Every issue has words in both languages with every placeholder filled. */
function expectWords(issues: readonly Issue[]): void {
  for (const issue of issues) {
    expect(checkMessages[issue.code], issue.code).toBeDefined();
    for (const lang of ["de", "en"] as const) expect(describeIssue(issue, lang)).not.toMatch(/\{\w+\}/);
  }
}

describe("quarters", () => {
  it("quarter ends", () => {
    expect([1, 2, 3, 4].map((q) => quarterEnd({ year: 2026, q: q as 1 | 2 | 3 | 4 }))).toEqual(["2026-03-31", "2026-06-30", "2026-09-30", "2026-12-31"]);
  });

  it("every quarter since the start whose report due date (quarter end + days) has passed, however old", () => {
    const labels = (today: string, days: number, since: string) => dueQuarters(today, days, since).map((x) => `${x.year}-Q${x.q}`);
    // 2026-Q3 ends 09-30, its report is due 10-30: on 10-30 it is not yet late, on 10-31 it is.
    expect(labels("2026-10-30", 30, "2025-08-01")).toEqual(["2026-Q2", "2026-Q1", "2025-Q4", "2025-Q3"]);
    expect(labels("2026-10-31", 30, "2025-08-01")).toEqual(["2026-Q3", "2026-Q2", "2026-Q1", "2025-Q4", "2025-Q3"]);
    expect(labels("2027-01-01", 0, "2026-01-01")).toEqual(["2026-Q4", "2026-Q3", "2026-Q2", "2026-Q1"]);
    // No window of four quarters: six years back are all counted.
    expect(labels("2027-01-01", 0, "2021-01-01")).toHaveLength(24);
    // A start on the last day of a quarter still owes that quarter's report.
    expect(labels("2026-01-01", 0, "2025-12-31")).toEqual(["2025-Q4"]);
  });
});

describe("IKZ-CHK-001 overdue milestones", () => {
  // history("assessment"): M1 due 2025-04-30, M2 due 2025-07-01, M3 due 2025-09-30, none done.
  it("exactly on the due date a milestone is not overdue", () => {
    expect(runDateChecks(history("assessment").model, "2025-04-30")).toEqual([]);
  });

  it("the day after the due date it is overdue by one day", () => {
    const issues = runDateChecks(history("assessment").model, "2025-05-01");
    expect(issues).toEqual([
      { code: "IKZ-CHK-001", severity: "warning", file: PROJECT_FILE, path: ["milestones", 0, "due"], params: { project: PROJECT_ID, milestone: "M1", title: "Konzept abgestimmt", due: "2025-04-30", days: 1 } },
    ]);
    expectWords(issues);
  });

  it("every milestone past its date, with the days counted", () => {
    const issues = of(runDateChecks(history("assessment").model, "2025-10-01"), "IKZ-CHK-001");
    expect(issues.map((i) => [i.params?.milestone, i.params?.days])).toEqual([["M1", 154], ["M2", 92], ["M3", 1]]);
  });

  it("a done milestone is not overdue, even if done late", () => {
    const s = history("assessment");
    s.project.data.milestones![0]!.done = "2025-06-15";
    expect(of(runDateChecks(s.model, "2025-06-01"), "IKZ-CHK-001")).toEqual([]);
  });

  it("projects on hold, closed or cancelled are not chased", () => {
    for (const phase of ["on_hold", "cancelled"] as const) expect(of(runDateChecks(history(phase).model, "2026-06-01"), "IKZ-CHK-001")).toEqual([]);
    const closed = history("closed");
    closed.project.data.milestones![2]!.done = undefined;
    expect(of(runDateChecks(closed.model, "2026-06-01"), "IKZ-CHK-001")).toEqual([]);
  });
});

describe("IKZ-CHK-002 forecast later than due", () => {
  const withForecast = (forecast: string) => {
    const s = history("assessment");
    s.project.data.milestones![1]!.forecast = forecast; // M2 due 2025-07-01
    return s.model;
  };

  it("fires before the due date when the forecast is later", () => {
    const issues = runDateChecks(withForecast("2025-07-15"), "2025-04-01");
    expect(brief(issues)).toEqual([`warning IKZ-CHK-002 ${PROJECT_FILE} milestones[1].forecast`]);
    expect(issues[0]!.params).toEqual({ project: PROJECT_ID, milestone: "M2", title: "Vereinbarung unterzeichnet", due: "2025-07-01", forecast: "2025-07-15" });
    expectWords(issues);
  });

  it("still fires on the due date; the day after, the milestone is overdue instead (one finding per milestone)", () => {
    expect(of(runDateChecks(withForecast("2025-07-15"), "2025-07-01"), "IKZ-CHK-002")).toHaveLength(1);
    const after = runDateChecks(withForecast("2025-07-15"), "2025-07-02");
    expect(of(after, "IKZ-CHK-002")).toEqual([]);
    expect(of(after, "IKZ-CHK-001").map((i) => i.params?.milestone)).toEqual(["M1", "M2"]);
  });

  it("a forecast on or before the due date, or a done milestone, does not fire", () => {
    expect(runDateChecks(withForecast("2025-07-01"), "2025-04-01")).toEqual([]);
    expect(runDateChecks(withForecast("2025-06-01"), "2025-04-01")).toEqual([]);
    const done = withForecast("2025-07-15");
    done.projects[0]!.data.milestones![1]!.done = "2025-03-01";
    expect(runDateChecks(done, "2025-04-01")).toEqual([]);
  });
});

describe("IKZ-CHK-003 missing quarterly reports", () => {
  // history("implementation"): implementation release on 2025-07-14; report_due_days 30.
  const missing = (model: ReturnType<typeof history>["model"], today: string) => of(runDateChecks(model, today), "IKZ-CHK-003");

  it("the report of 2025-Q3 is due by 2025-10-30: not missing on that day, missing the day after", () => {
    const s = history("implementation");
    expect(missing(s.model, "2025-10-30")).toEqual([]);
    const issues = missing(s.model, "2025-10-31");
    expect(issues).toEqual([{ code: "IKZ-CHK-003", severity: "warning", file: PROJECT_FILE, path: ["phase"], params: { project: PROJECT_ID, period: "2025-Q3", due: "2025-10-30" } }]);
    expectWords(issues);
  });

  it("a quarter that ended before the phase began needs no report; a submitted report settles its quarter", () => {
    const s = history("implementation");
    s.model.reports.push(report({ period: "2025-Q3", kind: "quarterly", submitted: "2025-10-20" }));
    expect(missing(s.model, "2025-10-31")).toEqual([]);
  });

  it("a missing report stays missing however old it is, as long as the project owes it (no four-quarter window)", () => {
    // history("operation"): implementation release 2025-07-14, reporting since; no report ever submitted.
    const s = history("operation");
    const periods = (today: string) => missing(s.model, today).map((i) => i.params?.period);
    expect(periods("2027-03-01")).toEqual(["2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]);
    // The tester's case: 2025-Q3 was due 2025-10-30; a year and a half later it is still reported.
    s.model.reports.push(...["2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"].map((period) => report({ period, kind: "quarterly", submitted: "2027-01-15" })));
    expect(periods("2027-03-01")).toEqual(["2025-Q3"]);
    expect(periods("2028-01-01")).toEqual(["2025-Q3", "2027-Q1", "2027-Q2", "2027-Q3"]);
  });

  it("the days come from ikz.yaml; without quarterly reports nothing is missing", () => {
    const s = history("operation");
    s.model.config!.data.reporting = { quarterly_reports: true, report_due_days: 45 };
    expect(missing(s.model, "2025-11-14")).toEqual([]);
    expect(missing(s.model, "2025-11-15").map((i) => i.params?.due)).toEqual(["2025-11-14"]);
    s.model.config!.data.reporting = { quarterly_reports: false, report_due_days: 45 };
    expect(missing(s.model, "2026-06-01")).toEqual([]);
  });

  it("reporting starts where the register's own lifecycle (ikz.yaml) says implementation begins", () => {
    // history("councils"): created 2025-01-10, direction decision 2025-05-12. This register's direction decision
    // leads straight into implementation (no council phase).
    const s = history("councils");
    s.model.projects[0]!.data.phase = "implementation";
    const periods = () => missing(s.model, "2025-12-01").map((i) => i.params?.period);
    // Under the default lifecycle no decision explains implementation: reporting counts from the project's creation.
    expect(periods()).toEqual(["2025-Q1", "2025-Q2", "2025-Q3"]);
    s.model.config!.data.lifecycle = { direction: { to: "implementation" } };
    expect(periods()).toEqual(["2025-Q2", "2025-Q3"]);
  });

  it("projects before implementation do not report; one in evaluation still owes the quarters that ended in operation", () => {
    expect(missing(history("councils").model, "2026-06-01")).toEqual([]);
    // history("evaluation"): released 2025-07-14, operation from 2025-09-15, evaluation ordered 2025-11-17. The
    // evaluation order does not excuse 2025-Q3 (in implementation/operation at its end); 2025-Q4 ended in evaluation.
    const s = history("evaluation");
    expect(missing(s.model, "2026-06-01").map((i) => i.params?.period)).toEqual(["2025-Q3"]);
    s.model.reports.push(report({ period: "2025-Q3", kind: "quarterly", submitted: "2025-10-20" }));
    expect(missing(s.model, "2026-06-01")).toEqual([]);
  });

  it("a paused or finished project is not chased; once resumed, the quarters it ended in operation are owed again", () => {
    expect(missing(history("closed").model, "2026-06-01")).toEqual([]);
    // history("operation"): reporting since 2025-07-14; paused 2025-12-01, resumed 2026-02-02.
    const s = history("operation");
    s.decide("hold", { date: "2025-12-01" });
    expect(missing(s.model, "2026-01-31")).toEqual([]);
    s.decide("resume", { date: "2026-02-02" });
    // 2025-Q4 ended on hold: no report for it.
    expect(missing(s.model, "2026-06-01").map((i) => i.params?.period)).toEqual(["2025-Q3", "2026-Q1"]);
  });
});

describe("IKZ-CHK-004 open conditions past due", () => {
  const withCondition = (extra: Parameters<typeof decision>[0] = {}) =>
    register({
      projects: [project({ phase: "idea" })],
      decisions: [decision({ id: "B-2025-001", outcome: "approved_with_conditions", conditions: [{ text: "Kostenschlüssel abstimmen", due: "2025-06-30", owner: "raunheim" }, { text: "Ohne Frist" }], ...extra })],
    });

  it("fires the day after the condition's due date, at the condition in the decision file", () => {
    expect(runDateChecks(withCondition(), "2025-06-30")).toEqual([]);
    const issues = runDateChecks(withCondition(), "2025-07-01");
    expect(issues).toEqual([{ code: "IKZ-CHK-004", severity: "warning", file: "decisions/2025/B-2025-001.md", path: ["conditions", 0, "due"], params: { project: PROJECT_ID, decision: "B-2025-001", index: 1, due: "2025-06-30" } }]);
    expectWords(issues);
  });

  it("a condition marked done in the project, a superseded decision or a cancelled project do not fire", () => {
    const done = withCondition();
    done.projects[0]!.data.conditions_done = [{ decision: "B-2025-001", index: 1, date: "2025-06-20" }];
    expect(runDateChecks(done, "2025-07-01")).toEqual([]);
    const otherIndex = withCondition();
    otherIndex.projects[0]!.data.conditions_done = [{ decision: "B-2025-001", index: 2, date: "2025-06-20" }];
    expect(runDateChecks(otherIndex, "2025-07-01")).toHaveLength(1);
    const superseded = withCondition();
    superseded.decisions.push(decision({ id: "B-2025-002", date: "2025-04-01", supersedes: "B-2025-001" }));
    expect(runDateChecks(superseded, "2025-07-01")).toEqual([]);
    const cancelled = withCondition();
    cancelled.projects[0]!.data.phase = "cancelled";
    expect(runDateChecks(cancelled, "2025-07-01")).toEqual([]);
  });
});

describe("IKZ-CHK-005 on hold past resubmission", () => {
  // history("on_hold"): hold on 2025-03-31 with resubmission 120 days later, 2025-07-29.
  it("fires the day after the resubmission date", () => {
    const s = history("on_hold");
    expect(s.project.data.hold_until).toBe("2025-07-29");
    expect(runDateChecks(s.model, "2025-07-29")).toEqual([]);
    const issues = runDateChecks(s.model, "2025-07-30");
    expect(brief(issues)).toEqual([`warning IKZ-CHK-005 ${PROJECT_FILE} hold_until`]);
    expect(issues[0]!.params).toEqual({ project: PROJECT_ID, date: "2025-07-29" });
    expectWords(issues);
  });

  it("without hold_until the hold decision's resubmission date counts", () => {
    const s = history("on_hold");
    delete s.project.data.hold_until;
    expect(brief(runDateChecks(s.model, "2025-07-30"))).toEqual([`warning IKZ-CHK-005 ${PROJECT_FILE} phase`]);
  });
});

describe("IKZ-CHK-006 red report without support", () => {
  const red = () => {
    const s = history("operation");
    s.model.reports.push(report({ period: "2025-Q3", kind: "quarterly", submitted: "2025-10-10", lights: { overall: "red", schedule: "red" } }));
    return s;
  };
  const only006 = (s: ReturnType<typeof red>, today = "2025-10-20") => of(runDateChecks(s.model, today), "IKZ-CHK-006");

  it("fires at the report's overall light", () => {
    const issues = only006(red());
    expect(issues).toEqual([{ code: "IKZ-CHK-006", severity: "warning", file: `reports/${PROJECT_ID}/2025-Q3.md`, path: ["lights", "overall"], params: { project: PROJECT_ID, period: "2025-Q3", submitted: "2025-10-10" } }]);
    expectWords(issues);
  });

  it("a support decision on or after the submission settles it; one before does not", () => {
    const sameDay = red();
    sameDay.decide("support", { date: "2025-10-10", support_kind: "mediation" });
    expect(only006(sameDay)).toEqual([]);
    const before = red();
    before.decide("support", { date: "2025-10-09", support_kind: "mediation" });
    expect(only006(before)).toHaveLength(1);
  });

  it("only a support decision that takes effect settles it: rejected, deferred or rework leave the project without support", () => {
    for (const outcome of ["rejected", "deferred", "rework"] as const) {
      const s = red();
      s.decide("support", { date: "2025-10-15", support_kind: "technical", outcome, reason: "Kein Bedarf gesehen" });
      expect(only006(s), outcome).toHaveLength(1);
    }
    const conditions = red();
    conditions.decide("support", { date: "2025-10-15", support_kind: "technical", outcome: "approved_with_conditions", conditions: [{ text: "Zeitplan vorlegen", due: "2025-12-01" }] });
    expect(only006(conditions)).toEqual([]);
  });

  it("names a support decision that did not take effect only when there is one", () => {
    const plain = only006(red());
    expect(describeIssue(plain[0]!, "de")).toBe("Bericht 2025-Q3 vom 10.10.2025 steht insgesamt auf Rot, danach wurde keine Unterstützung beschlossen – Unterstützung in der nächsten Sitzung der Lenkungsgruppe beraten und beschließen");
    expect(describeIssue(plain[0]!, "en")).not.toMatch(/\(/);
    const s = red();
    const rejected = s.decide("support", { date: "2025-10-15", support_kind: "technical", outcome: "rejected", reason: "Kein Bedarf gesehen" });
    const issues = only006(s);
    expect(issues[0]!.params).toMatchObject({ declined: rejected.data.id, declinedOutcome: "rejected" });
    expect(describeIssue(issues[0]!, "de")).toContain(`keine Unterstützung beschlossen (Beschluss ${rejected.data.id} „Unterstützung / Vermittlung“ wurde abgelehnt und zählt nicht) – `);
    expect(describeIssue(issues[0]!, "en")).toContain(`after it (support / mediation decision ${rejected.data.id} was rejected and does not count) – `);
    // One before the report is no answer to it: no bracket.
    const before = red();
    before.decide("support", { date: "2025-10-09", support_kind: "technical", outcome: "deferred", reason: "Erst Bericht abwarten" });
    expect(describeIssue(only006(before)[0]!, "de")).not.toMatch(/\(/);
  });

  it("a project that is not running is not chased, as ikz status and the controlling summary leave its light out", () => {
    const s = red();
    s.decide("hold", { date: "2025-10-15" });
    expect(only006(s)).toEqual([]);
  });

  it("only the latest report counts: a later yellow one settles it", () => {
    const s = red();
    s.model.reports.push(report({ period: "2025-Q4", kind: "quarterly", submitted: "2026-01-15", lights: { overall: "yellow" } }));
    expect(only006(s, "2026-01-20")).toEqual([]);
  });
});

describe("IKZ-CHK-007 planned funding applications past their date", () => {
  // history("prioritized"): funding hessen-ikz planned for 2025-08-01.
  it("fires the day after the planned date, not on it", () => {
    const s = history("prioritized");
    expect(runDateChecks(s.model, "2025-08-01")).toEqual([]);
    const issues = runDateChecks(s.model, "2025-08-02");
    expect(issues).toEqual([{ code: "IKZ-CHK-007", severity: "warning", file: PROJECT_FILE, path: ["funding", 0, "date"], params: { project: PROJECT_ID, program: "hessen-ikz", date: "2025-08-01", index: 0 } }]);
    expectWords(issues);
  });

  it("an application submitted (or later) does not fire", () => {
    const s = history("prioritized");
    s.project.data.funding![0]!.status = "applied";
    expect(runDateChecks(s.model, "2025-08-02")).toEqual([]);
  });
});

describe("all checks", () => {
  it("a register with nothing late has no findings; without ikz.yaml the report check is skipped", () => {
    expect(runDateChecks(history("closed").model, "2026-01-01")).toEqual([]);
    const s = history("operation");
    const bare = { ...s.model };
    delete bare.config;
    expect(of(runDateChecks(bare, "2027-03-01"), "IKZ-CHK-003")).toEqual([]);
    expect(baseConfig().reporting).toEqual({ quarterly_reports: true, report_due_days: 30 });
  });

  it("every check's message names what to do in German and English, with the same placeholders", () => {
    const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort().join();
    expect(Object.keys(checkMessages)).toEqual(["IKZ-CHK-001", "IKZ-CHK-002", "IKZ-CHK-003", "IKZ-CHK-004", "IKZ-CHK-005", "IKZ-CHK-006", "IKZ-CHK-007"]);
    for (const [code, m] of Object.entries(checkMessages)) {
      expect(m.de, code).toMatch(/ – /);
      expect(m.en, code).toMatch(/ – /);
      expect(placeholders(m.de), code).toBe(placeholders(m.en));
      expect(m.en, code).not.toMatch(/[„“]/);
    }
  });
});

describe("latestReport", () => {
  it("a report filed late for an old quarter does not replace the current one", () => {
    const current = report({ period: "2026-Q3", kind: "quarterly", submitted: "2026-10-10", lights: { overall: "green" } });
    const late = report({ period: "2025-Q2", kind: "quarterly", submitted: "2026-11-29", lights: { overall: "red" } });
    expect(latestReport([current, late])?.data.period).toBe("2026-Q3");
    expect(latestReport([late, current])?.data.period).toBe("2026-Q3");
  });

  it("an evaluation report after the last quarter is the latest; two reports for one quarter: the later submission", () => {
    const q = report({ period: "2026-Q3", kind: "quarterly", submitted: "2026-10-10" });
    const evaluation = report({ period: "evaluation", kind: "evaluation", submitted: "2026-10-20" });
    expect(latestReport([q, evaluation])?.data.period).toBe("evaluation");
    const resubmitted = report({ period: "2026-Q3", kind: "quarterly", submitted: "2026-10-15", lights: { overall: "yellow" } });
    expect(latestReport([q, resubmitted])?.data.lights.overall).toBe("yellow");
  });
});
