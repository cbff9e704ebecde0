/** One CSV cell: text, a number (written with a decimal comma, never guarded), or empty. */
export type CsvCell = string | number | null | undefined;

const BOM = "\uFEFF";
const DELIMITER = ";";
const RECORD_END = "\r\n";

/** Characters that make Excel read a cell as a formula (OWASP CSV injection, incl. full-width variants). */
const FORMULA_START = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;
/** Control characters that also start a formula or hide one: tab, CR, LF, NUL. */
const CONTROL_START = /^[\t\r\n\0]/;

const numberFormat = new Intl.NumberFormat("de-DE", { useGrouping: false, maximumFractionDigits: 10 });

/**
 * Excel-ready CSV for German Excel: UTF-8 BOM, `;` between cells, CRLF after every row, decimal comma,
 * RFC 4180 quoting, and a leading `'` on text that Excel would otherwise run as a formula.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((row) => row.map(csvCell).join(DELIMITER) + RECORD_END).join("");
}

/** One cell as CSV text (quoted when it holds `;`, a quote or a line break). */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? numberFormat.format(value) : "";
  const text = guardFormula(value);
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Prefixes `'` when the text, or the text after leading spaces, begins like a formula. */
export function guardFormula(text: string): string {
  if (CONTROL_START.test(text) || FORMULA_START.test(text.replace(/^[\s\u00A0\u3000]+/, ""))) return `'${text}`;
  return text;
}
