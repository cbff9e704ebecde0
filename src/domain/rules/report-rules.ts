import type { Report } from "../types.generated.js";
import type { Rec } from "../model.js";
import type { IssueList } from "./issue-builder.js";

/** First day of a quarter period such as 2025-Q2, or undefined for assessment/final/evaluation reports. */
export function quarterStart(period: string): string | undefined {
  const m = /^(\d{4})-Q([1-4])$/.exec(period);
  if (!m) return undefined;
  return `${m[1]}-${String((Number(m[2]) - 1) * 3 + 1).padStart(2, "0")}-01`;
}

/** A quarterly report cannot be submitted before its quarter began (a typo in the period or the date). */
export function checkReport(report: Rec<Report>, out: IssueList): void {
  const start = quarterStart(report.data.period);
  if (start !== undefined && report.data.submitted < start) {
    out.error("IKZ-RPT-001", report.file, ["submitted"], { submitted: report.data.submitted, period: report.data.period, start });
  }
}
