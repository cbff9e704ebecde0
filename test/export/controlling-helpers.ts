// Small adapters so tests read in quarter labels.
import { parseQuarter, type QuarterSpan } from "../../src/export/controlling/quarter.js";
import { periodsDueIn } from "../../src/export/controlling/schedule-kpis.js";

export { parseQuarter };

/** The labels of the quarters whose report deadline falls in `label`. */
export function periodsDueInLabels(label: string, dueDays: number): string[] {
  return periodsDueIn(parseQuarter(label) as QuarterSpan, dueDays).map((q) => q.label);
}
