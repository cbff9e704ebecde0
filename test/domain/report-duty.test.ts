import { describe, expect, it } from "vitest";
import { findMissingReports } from "../../src/domain/checks.js";
import { indexRegister, type RegisterModel } from "../../src/domain/model.js";
import { replayDecisions } from "../../src/domain/replay.js";
import { owesQuarterlyReport, reportingStretches } from "../../src/domain/report-duty.js";
import { computeControlling } from "../../src/export/controlling/compute.js";
import { emptyModel } from "../../src/export/controlling/context.js";
import { parseQuarter } from "../../src/export/controlling/quarter.js";
import { history, report } from "../helpers/model.js";

// history("evaluation"): implementation release 2025-07-14, operation 2025-09-15, evaluation order 2025-11-17;
// report_due_days 30, no report ever filed.

/** The controlling summary of a quarter, closed at its last day, internal edition. */
function controlling(model: RegisterModel, label: string, referenceDate?: string) {
  const quarter = parseQuarter(label)!;
  const provisional = referenceDate !== undefined;
  return computeControlling({ quarter, start: emptyModel(model.config), end: model, referenceDate: referenceDate ?? quarter.end, provisional, audience: "internal", source: { end: { registerName: "Test", commit: "a".repeat(40) } } });
}

describe("reportingStretches and owesQuarterlyReport", () => {
  it("a stretch runs from the decision into implementation to the one out of operation", () => {
    const s = history("evaluation");
    const reports = indexRegister(s.model).reports;
    const replay = replayDecisions(s.model.decisions, (id) => reports.get(id)?.data);
    expect(reportingStretches(s.project.data, replay)).toEqual([{ from: "2025-07-14", until: "2025-11-17" }]);
    // A phase no decision explains (a finding of validate): reporting counts from the project's creation.
    expect(reportingStretches({ phase: "operation", created: "2025-01-10" }, { steps: [] })).toEqual([{ from: "2025-01-10" }]);
  });

  it("owes the quarters that ended in implementation or operation, whatever the project's phase now", () => {
    const stretch = [{ from: "2025-07-14", until: "2025-11-17" }];
    expect(owesQuarterlyReport(stretch, "2025-06-30")).toBe(false);
    expect(owesQuarterlyReport(stretch, "2025-09-30")).toBe(true);
    expect(owesQuarterlyReport(stretch, "2025-12-31")).toBe(false);
    // A decision on a quarter's last day counts for that day: out on 30 Sep is out at its end.
    expect(owesQuarterlyReport([{ from: "2025-07-14", until: "2025-09-30" }], "2025-09-30")).toBe(false);
  });
});

describe("ikz check and the controlling summary chase the same reports", () => {
  it("a project moved from operation to evaluation: the 2025-Q3 report is missing for both, in 2025-Q4 and after", () => {
    const { model } = history("evaluation");
    const q4 = controlling(model, "2025-Q4");
    expect(q4.reports.list.map((r) => `${r.project} ${r.period} ${r.state}`)).toEqual(["IKZ-2025-001 2025-Q3 missing"]);
    expect(findMissingReports(model, "2025-12-31").map((r) => r.period)).toEqual(["2025-Q3"]);
    // A quarter later it is carried over in the summary, as ikz check keeps warning.
    const q1 = controlling(model, "2026-Q1");
    expect(q1.reports.list).toEqual([]);
    expect(q1.watch.carriedReports.map((r) => r.period)).toEqual(["2025-Q3"]);
    expect(findMissingReports(model, "2026-03-31").map((r) => r.period)).toEqual(["2025-Q3"]);
  });

  it("once filed, neither asks for it", () => {
    const { model } = history("evaluation");
    model.reports.push(report({ period: "2025-Q3", kind: "quarterly", submitted: "2025-11-20" }));
    expect(controlling(model, "2025-Q4").reports.list.map((r) => r.state)).toEqual(["late"]);
    expect(controlling(model, "2026-Q1").watch.carriedReports).toEqual([]);
    expect(findMissingReports(model, "2026-03-31")).toEqual([]);
  });

  it("a project put on hold: the summary still counts the report it owed before the hold, the check no longer chases it", () => {
    const s = history("operation");
    s.decide("hold", { date: "2025-10-20" });
    // In operation at the end of 2025-Q3: that report was due on 30.10.2025, whatever happened to the project since.
    expect(controlling(s.model, "2025-Q4").reports.list.map((r) => `${r.project} ${r.period} ${r.state}`)).toEqual(["IKZ-2025-001 2025-Q3 missing"]);
    expect(findMissingReports(s.model, "2025-12-31")).toEqual([]);
    expect(controlling(s.model, "2026-Q1").watch.carriedReports).toEqual([]);
  });

  it("a report received on time stays received on time after the project is paused or closed", () => {
    for (const [type, phase] of [["hold", "operation"], ["close", "evaluation"]] as const) {
      const s = history(phase);
      s.model.reports.push(report({ period: "2025-Q3", kind: "quarterly", submitted: "2025-10-10" }));
      const before = controlling(s.model, "2025-Q4").reports;
      s.decide(type, { date: "2025-12-01" });
      const after = controlling(s.model, "2025-Q4").reports;
      expect([after.due, after.received, after.onTime], type).toEqual([1, 1, 1]);
      expect(after.list, type).toEqual(before.list);
    }
  });
});
