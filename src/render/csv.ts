import { stringify, type Options } from "csv-stringify/sync";
import { neutralizeFormula } from "../export/render/cells.js";

/** One CSV cell: text, a number (written with a decimal comma, never guarded), or empty. */
export type CsvCell = string | number | null | undefined;

const numberFormat = new Intl.NumberFormat("de-DE", { useGrouping: false, maximumFractionDigits: 10 });

/**
 * The one CSV dialect of ikz, for German Excel: `;` between cells, CRLF after every row, decimal
 * comma, RFC 4180 quoting, and text neutralised against formula injection. csv-stringify only quotes
 * on the delimiter, a quote or the whole record delimiter, so a bare LF inside a cell needs `quoted_match`
 * (else Excel splits the row).
 */
const OPTIONS: Options = {
  delimiter: ";",
  record_delimiter: "windows",
  quoted_match: /[\r\n]/,
  cast: {
    number: (value) => (Number.isFinite(value) ? numberFormat.format(value) : ""),
    string: (value) => neutralizeFormula(value),
  },
};

/** Excel-ready CSV for German Excel: UTF-8 BOM, then the rows (see OPTIONS). */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return stringify(rows.map((row) => row.map(normalize)), { ...OPTIONS, bom: true });
}

/** One cell as CSV text (quoted when it holds `;`, a quote or a line break). */
export function csvCell(value: CsvCell): string {
  return stringify([[normalize(value)]], OPTIONS).slice(0, -2);
}

/** Prefixes `'` when the text, or the text after leading spaces, begins like a formula. */
export const guardFormula = neutralizeFormula;

/** Missing values are empty cells. */
function normalize(value: CsvCell): string | number | null {
  return value === undefined ? null : value;
}
