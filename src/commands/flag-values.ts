import { UsageError } from "../domain/errors.js";
import { isCalendarDate } from "../domain/dates.js";

/** A real calendar date YYYY-MM-DD from a flag, or a usage error naming the flag. */
export function parseDateFlag(value: string, flag: string): string {
  if (isCalendarDate(value.trim())) return value.trim();
  throw new UsageError("bad-date", { flag, value });
}

/** Whole euros: digits, or groups of three after a dot, space or apostrophe (German and Swiss thousands separators). */
const WHOLE_EUROS = /^(?:\d{1,13}|\d{1,3}(?:[.\s\u00a0'’]\d{3}){1,4})$/;

/**
 * Whole euros from a flag: "12000", "12.000", "12.000 €" and "12 000" all mean 12000. A dot anywhere else
 * ("12000.5", "1.5", "12.00") is refused rather than read as a thousands separator, and so are cents.
 */
export function parseEuroFlag(value: string, flag: string): number {
  const text = value.replace(/€|eur/gi, "").trim();
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
