import { UsageError } from "../domain/errors.js";
import { isCalendarDate } from "../domain/dates.js";

/** A real calendar date YYYY-MM-DD from a flag, or a usage error naming the flag. */
export function parseDateFlag(value: string, flag: string): string {
  if (isCalendarDate(value.trim())) return value.trim();
  throw new UsageError("bad-date", { flag, value });
}

/** Whole euros: digits, or groups of three after a dot, space or apostrophe (German and Swiss thousands separators). */
const WHOLE_EUROS = /^(?:\d{1,13}|\d{1,3}(?:[.\s\u00a0'’]\d{3}){1,4})$/;

/** A German decimal part at the end: ",00", ",5", ",-" or ",–" (Excel and price tags write whole euros as 1.500,00 or 1.500,-). */
const DECIMAL_PART = /\s*,(\d{1,2}|[-–])$/;

/**
 * Whole euros from a flag: "12000", "12.000", "12.000 €", "12 000", "12.000,00" and "12.000,-" all mean 12000. A dot
 * anywhere else ("12000.5", "1.5", "12.00") is refused rather than read as a thousands separator; real cents
 * ("12.000,50") are refused as cents, since the register holds whole euros only.
 */
export function parseEuroFlag(value: string, flag: string): number {
  let text = value.replace(/€|eur/gi, "").trim();
  const decimals = DECIMAL_PART.exec(text);
  if (decimals && WHOLE_EUROS.test(text.slice(0, decimals.index))) {
    if (!/^(0{1,2}|[-–])$/.test(decimals[1]!)) throw new UsageError("euro-cents", { flag, value });
    text = text.slice(0, decimals.index);
  }
  if (!WHOLE_EUROS.test(text)) throw new UsageError("bad-euro", { flag, value });
  return Number(text.replace(/[.\s\u00a0'’]/g, ""));
}

/** A whole number within bounds from a flag (percentages, years). */
export function parseIntFlag(value: string, flag: string, min: number, max: number): number {
  // "1.000" could be one or a thousand (German thousands separator): refused rather than guessed.
  if (/^\d+\.\d{3}$/.test(value.trim())) throw new UsageError("bad-number", { flag, value, min, max });
  const n = Number(value.trim().replace(",", "."));
  if (!Number.isFinite(n) || n < min || n > max) throw new UsageError("bad-number", { flag, value, min, max });
  return n;
}

/** A comma-separated list from a flag, trimmed, without empty entries or duplicates. */
export function parseListFlag(value: string): string[] {
  return [...new Set(value.split(",").map((s) => s.trim()).filter((s) => s !== ""))];
}

/** A code from a fixed set (an id from ikz.yaml), with "did you mean" on a typo. */
export function requireKnown(value: string, known: readonly string[], flag: string, suggestFn: (v: string, k: readonly string[]) => string | undefined): string {
  if (known.includes(value)) return value;
  const hint = suggestFn(value, known);
  throw new UsageError("unknown-code", { flag, value, hint: hint ?? "", known: known.slice(0, 20).join(", ") });
}

/**
 * What a one-line text (title, name, place, condition) must not hold: control characters, C0 and C1 (U+0085 NEL
 * is a line break to YAML and to some terminals, U+009B starts a terminal command), and the Unicode line separators.
 */
export const BREAKS_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
