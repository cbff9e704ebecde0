import { describe, expect, it } from "vitest";
import { addDays } from "../../src/domain/checks.js";
import { parseQuarterLabel, previousQuarter, quarterEnd, quarterLabel, quarterOf, quarterStart } from "../../src/domain/quarter.js";
import { quarterStart as reportQuarterStart } from "../../src/domain/rules/report-rules.js";
import { parseQuarter } from "../../src/export/controlling/quarter.js";

describe("the one quarter parser (src/domain/quarter.ts)", () => {
  it("reads YYYY-Qn and nothing else", () => {
    expect(parseQuarterLabel("2025-Q3")).toEqual({ year: 2025, q: 3 });
    for (const bad of ["2025-Q0", "2025-Q5", "2025-q3", " 2025-Q3", "2025-Q3 ", "25-Q3", "final", ""]) expect(parseQuarterLabel(bad), bad).toBeUndefined();
  });

  it("first and last days, the quarter before, and a day's quarter agree with each other", () => {
    for (let year = 2023; year <= 2028; year++) {
      for (const q of [1, 2, 3, 4] as const) {
        const x = { year, q };
        // The last day is the day before the next quarter's first day, leap years included.
        const next = q === 4 ? { year: year + 1, q: 1 as const } : { year, q: (q + 1) as 2 | 3 | 4 };
        expect(quarterEnd(x)).toBe(addDays(quarterStart(next), -1));
        expect(quarterOf(quarterStart(x))).toEqual(x);
        expect(quarterOf(quarterEnd(x))).toEqual(x);
        expect(previousQuarter(next)).toEqual(x);
        expect(parseQuarterLabel(quarterLabel(x))).toEqual(x);
      }
    }
  });

  it("the report rules and the controlling summary read periods through it", () => {
    expect(reportQuarterStart("2024-Q2")).toBe("2024-04-01");
    expect(reportQuarterStart("evaluation")).toBeUndefined();
    expect(parseQuarter(" 2024-Q4 ")).toEqual({ label: "2024-Q4", year: 2024, q: 4, start: "2024-10-01", end: "2024-12-31" });
    expect(parseQuarter("2024-Q5")).toBeUndefined();
  });
});
