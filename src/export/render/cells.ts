import type { CellType, CellValue, Lang } from "../document.js";

/**
 * Cell values for spreadsheets (CSV and XLSX): the one guard against formula injection and the
 * German spreadsheet formats. Register text comes from many hands through pull requests, so every
 * text cell is treated as untrusted (OWASP "CSV Injection", ASVS 5 1.2.10).
 */

/** Characters that make Excel or LibreOffice read a cell as a formula, incl. their full-width variants. */
const FORMULA_START = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;
/** Control characters that also start a formula or hide one: tab, CR, LF, NUL. */
const CONTROL_START = /^[\t\r\n\0]/;

/**
 * Prefixes `'` to text that a spreadsheet would run as a formula: text starting with `=`, `+`, `-`,
 * `@`, tab, CR, LF or NUL, also after leading spaces. Only for text: a number typed as a number is
 * never passed here, so `-5` stays a number while the text "-5" is neutralised.
 */
export function neutralizeFormula(text: string): string {
  if (CONTROL_START.test(text) || FORMULA_START.test(text.replace(/^[\s\u00A0\u3000]+/, ""))) return `'${text}`;
  return text;
}

/** Yes/no in the export's language. */
export function yesNo(value: boolean, lang: Lang): string {
  return value ? (lang === "de" ? "ja" : "yes") : lang === "de" ? "nein" : "no";
}

/** A calendar date `YYYY-MM-DD` as German Excel reads it (31.03.2026); other text unchanged. */
export function germanDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** A date cell as a real date (UTC midnight, so no time zone moves it to the day before), or undefined for other text. */
export function dateValue(iso: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Excel number formats per column type; percentages are stored as fractions (12,5 % = 0.125). */
export const XLSX_NUM_FMT: Readonly<Record<CellType, string | undefined>> = {
  text: undefined,
  integer: "#,##0",
  euro: '#,##0 "€"',
  percent: "0.0 %",
  number: "#,##0.0",
  date: "dd.mm.yyyy",
};

/** A typed cell for a spreadsheet: a number, a date, or neutralised text; null for empty. */
export function spreadsheetValue(value: CellValue, type: CellType, lang: Lang): string | number | Date | null {
  if (value === null || value === "") return null;
  if (typeof value === "boolean") return yesNo(value, lang);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return null;
    return type === "percent" ? value / 100 : value;
  }
  if (type === "date") {
    const date = dateValue(value);
    if (date) return date;
  }
  return neutralizeFormula(value);
}
