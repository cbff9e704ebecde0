import { describe, expect, it } from "vitest";
import { quarterStart } from "../../../src/domain/rules/report-rules.js";
import { describeIssue } from "../../../src/register/to-findings.js";
import { PROJECT_ID, brief, history, report, rules } from "../../helpers/model.js";

describe("reports (IKZ-RPT-001)", () => {
  it("a quarterly report submitted before its quarter began is an error", () => {
    const s = history("implementation");
    const r = report({ period: "2030-Q1", kind: "quarterly", submitted: "2025-10-05" });
    s.model.reports.push(r);
    expect(brief(rules(s.model))).toEqual([`error IKZ-RPT-001 ${r.file} submitted`]);
  });

  it("submitted on the first day of the quarter or later is fine; non-quarter periods are not checked", () => {
    const s = history("implementation");
    s.model.reports.push(report({ period: "2025-Q4", kind: "quarterly", submitted: "2025-10-01" }));
    expect(brief(rules(s.model))).toEqual([]);
    expect(quarterStart("2025-Q4")).toBe("2025-10-01");
    expect(quarterStart("final")).toBeUndefined();
  });
});

describe("reports before their project existed (IKZ-RPT-002, IKZ-PRJ-005)", () => {
  it("a quarterly report for a quarter that ended before the project was created is an error at period", () => {
    const s = history("implementation");
    const created = s.model.projects[0]!.data.created;
    const r = report({ period: "2024-Q4", kind: "quarterly", submitted: "2025-01-20" });
    s.model.reports.push(r);
    expect(created).toBe("2025-01-10");
    expect(brief(rules(s.model))).toEqual([`error IKZ-RPT-002 ${r.file} period`]);
  });

  it("the quarter of the creation is fine; a report submitted before the creation is a date out of order", () => {
    const s = history("implementation");
    s.model.reports.push(report({ period: "2025-Q1", kind: "quarterly", submitted: "2025-04-05" }));
    expect(brief(rules(s.model))).toEqual([]);
    const early = report({ period: "evaluation", kind: "evaluation", submitted: "2025-01-09" });
    s.model.reports.push(early);
    expect(brief(rules(s.model))).toEqual([`error IKZ-PRJ-005 ${early.file} submitted`]);
  });

  it("says that the other date is the project's creation", () => {
    const s = history("implementation"); // created 2025-01-10
    s.model.reports.push(report({ period: "evaluation", kind: "evaluation", submitted: "2025-01-09" }));
    const issue = rules(s.model).find((i) => i.code === "IKZ-PRJ-005")!;
    expect(describeIssue(issue, "de")).toBe(`Datum 09.01.2025 liegt vor der Aufnahme des Projekts ${PROJECT_ID} am 10.01.2025 – Reihenfolge der Daten prüfen`);
    expect(describeIssue(issue, "en")).toBe(`date 9 Jan 2025 is before project ${PROJECT_ID} was created on 10 Jan 2025 – check the order of dates`);
  });

  it("a submission date before both the quarter's start and the creation gets one finding: the later bound's", () => {
    // Created 2025-01-10, inside 2025-Q1: the creation is the later bound.
    const s = history("implementation");
    const a = report({ period: "2025-Q1", kind: "quarterly", submitted: "2024-12-20" });
    s.model.reports.push(a);
    expect(brief(rules(s.model))).toEqual([`error IKZ-PRJ-005 ${a.file} submitted`]);
    // For 2025-Q2 the quarter's start (01.04.2025) is the later bound: submitting in April settles both.
    const t = history("implementation");
    const b = report({ period: "2025-Q2", kind: "quarterly", submitted: "2024-12-20" });
    t.model.reports.push(b);
    expect(brief(rules(t.model))).toEqual([`error IKZ-RPT-001 ${b.file} submitted`]);
  });
});
