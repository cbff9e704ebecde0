import { describe, expect, it } from "vitest";
import { quarterStart } from "../../../src/domain/rules/report-rules.js";
import { brief, history, report, rules } from "../../helpers/model.js";

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
