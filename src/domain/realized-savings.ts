import type { Report } from "./types.generated.js";

/**
 * Whether a report's `savings_realized_eur` adds to a project's realised savings. Only quarterly reports do:
 * their periods never overlap. Evaluation, final and milestone reports sum up spans the quarterly reports
 * already cover (the sample's evaluation reports the first procurement year), so adding them would count
 * the same euro twice. One rule for the controlling summary and the municipality fact sheet.
 */
export function addsToRealizedSavings(report: Pick<Report, "kind" | "savings_realized_eur">): boolean {
  return report.kind === "quarterly" && report.savings_realized_eur !== undefined;
}
