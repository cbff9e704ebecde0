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

/**
 * The calendar year realised savings belong to: the year of the report's period (2026-Q4 → 2026), not of its
 * submission (a 2026-Q4 report handed in in January 2027 still reports 2026's savings). The basis of "erzielt
 * {year}" in `ikz status`. The controlling summary counts by submission instead – what was known at the quarter's
 * end – and says so in its labels.
 */
export function realizedSavingsYear(report: Pick<Report, "period">): number {
  return Number(report.period.slice(0, 4));
}
