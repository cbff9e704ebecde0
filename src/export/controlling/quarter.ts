import { addDays, quarterEnd, type Quarter } from "../../domain/checks.js";

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
  const m = /^(\d{4})-Q([1-4])$/.exec(value.trim());
  if (!m) return undefined;
  return quarterSpan({ year: Number(m[1]), q: Number(m[2]) as Quarter["q"] });
}

/** The span of a quarter. */
export function quarterSpan(x: Quarter): QuarterSpan {
  const start = `${x.year}-${String((x.q - 1) * 3 + 1).padStart(2, "0")}-01`;
  return { label: `${x.year}-Q${x.q}`, year: x.year, q: x.q, start, end: quarterEnd(x) };
}

/** The quarter before. */
export function previousQuarter(x: QuarterSpan): QuarterSpan {
  return quarterSpan(x.q === 1 ? { year: x.year - 1, q: 4 } : { year: x.year, q: (x.q - 1) as Quarter["q"] });
}

/** The day before the quarter starts: the register "at quarter start" is the register as committed at its end. */
export function dayBefore(x: QuarterSpan): string {
  return addDays(x.start, -1);
}

/** Whether an ISO date lies in the quarter (inclusive). */
export function inQuarter(date: string | undefined, x: QuarterSpan): boolean {
  return date !== undefined && date >= x.start && date <= x.end;
}
