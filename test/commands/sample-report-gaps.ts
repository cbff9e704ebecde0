// The sample register's quarterly reports that its own history owes but does not contain: IKZ-2023-002 reports
// from its implementation release (2024-11-26), IKZ-2023-003 from its release (2025-05-13), yet both files begin
// with 2025-Q3; IKZ-2023-004 reported from its release (2024-11-26) until its evaluation order (2026-09-22), yet its
// reports begin with 2025-Q4 (the evaluation order does not excuse them). `ikz check` used to look back only four
// quarters, and to forget a project's reports once it reached evaluation, and so never saw these gaps. The check
// and status tests file these reports late (commit of 2026-12-01), so the sample is on time from that day on.
import { writeFileSync } from "node:fs";
import { join } from "node:path";

/** The quarters missing from the sample, as project and period. */
export const SAMPLE_REPORT_GAPS: ReadonlyArray<{ project: string; period: string; submitted: string }> = [
  { project: "IKZ-2023-002", period: "2024-Q4", submitted: "2025-01-24" },
  { project: "IKZ-2023-002", period: "2025-Q1", submitted: "2025-04-22" },
  { project: "IKZ-2023-002", period: "2025-Q2", submitted: "2025-07-21" },
  { project: "IKZ-2023-003", period: "2025-Q2", submitted: "2025-07-25" },
  { project: "IKZ-2023-004", period: "2024-Q4", submitted: "2025-01-22" },
  { project: "IKZ-2023-004", period: "2025-Q1", submitted: "2025-04-23" },
  { project: "IKZ-2023-004", period: "2025-Q2", submitted: "2025-07-22" },
  { project: "IKZ-2023-004", period: "2025-Q3", submitted: "2025-10-21" },
];

/** Writes the missing quarterly reports into a copy of the sample register (no savings: the figures stay as they are). */
export function fileSampleReportGaps(dir: string): void {
  for (const r of SAMPLE_REPORT_GAPS) {
    writeFileSync(
      join(dir, "reports", r.project, `${r.period}.md`),
      ["---", `project: ${r.project}`, `period: ${r.period}`, "kind: quarterly", `submitted: ${r.submitted}`, "lights:", "  overall: green", "sample: true", "---", "", "## Sachstand", "", "Nachgereicht.", ""].join("\n"),
    );
  }
}
