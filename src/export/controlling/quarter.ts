import { addDays } from "../../domain/checks.js";
import { parseQuarterLabel, previousQuarter as before, quarterEnd, quarterLabel, quarterStart, type Quarter } from "../../domain/quarter.js";

/** A calendar quarter with its first and last day. */
export interface QuarterSpan {
  /** `2025-Q3`. */
  label: string;
  year: number;
  q: 1 | 2 | 3 | 4;
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day, YYYY-MM-DD. */
  end: string;
}

/** Parses `YYYY-Qn` (1–4); anything else is undefined (the command turns that into a usage error). */
export function parseQuarter(value: string): QuarterSpan | undefined {
  const x = parseQuarterLabel(value.trim());
  return x === undefined ? undefined : quarterSpan(x);
}

/** The span of a quarter. */
export function quarterSpan(x: Quarter): QuarterSpan {
  return { label: quarterLabel(x), year: x.year, q: x.q, start: quarterStart(x), end: quarterEnd(x) };
}

/** The quarter before. */
export function previousQuarter(x: QuarterSpan): QuarterSpan {
  return quarterSpan(before(x));
}

/** The day before the quarter starts: the register "at quarter start" is the register as committed at its end. */
export function dayBefore(x: QuarterSpan): string {
  return addDays(x.start, -1);
}

/** Whether an ISO date lies in the quarter (inclusive). */
export function inQuarter(date: string | undefined, x: QuarterSpan): boolean {
  return date !== undefined && date >= x.start && date <= x.end;
}
