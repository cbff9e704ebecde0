/** Calendar quarters: the one parser of period labels such as 2025-Q3, and their first and last days. */

/** A calendar quarter. */
export interface Quarter {
  year: number;
  q: 1 | 2 | 3 | 4;
}

/** Compiled once: validate reads the period of every report through it. */
const QUARTER_LABEL = /^(\d{4})-Q([1-4])$/;
const LAST_DAY = ["03-31", "06-30", "09-30", "12-31"] as const;

/** The quarter of a label such as 2025-Q3; undefined for anything else (assessment, final, evaluation, typos). */
export function parseQuarterLabel(label: string): Quarter | undefined {
  const m = QUARTER_LABEL.exec(label);
  return m ? { year: Number(m[1]), q: Number(m[2]) as Quarter["q"] } : undefined;
}

/** The quarter a date (YYYY-MM-DD) lies in. */
export const quarterOf = (date: string): Quarter => ({ year: Number(date.slice(0, 4)), q: (Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1) as Quarter["q"] });
/** `2025-Q3`. */
export const quarterLabel = (x: Quarter): string => `${x.year}-Q${x.q}`;
/** First day of the quarter, YYYY-MM-DD. */
export const quarterStart = (x: Quarter): string => `${x.year}-${String((x.q - 1) * 3 + 1).padStart(2, "0")}-01`;
/** Last day of the quarter, YYYY-MM-DD. */
export const quarterEnd = (x: Quarter): string => `${x.year}-${LAST_DAY[x.q - 1]}`;
/** The quarter before. */
export const previousQuarter = (x: Quarter): Quarter => (x.q === 1 ? { year: x.year - 1, q: 4 } : { year: x.year, q: (x.q - 1) as Quarter["q"] });
