import type { Styler } from "./styler.js";

/** A column of a terminal table. */
export interface Column {
  /** Heading; a `\n` splits it over two lines to keep a column narrow. */
  header: string;
  align?: "left" | "right";
  /** Whether and in which order the column gives way when the table is too wide (lower gives first). */
  shrink?: number;
  /** The narrowest a shrinking column may get. */
  min?: number;
}

/** A cell: plain text, or text with a colour that carries meaning (a traffic light). */
export type Cell = string | { text: string; style?: (s: string) => string };

/** A row: its cells, and optionally a detail line printed under it from the second column on (a long title). */
export type Row = readonly Cell[] | { cells: readonly Cell[]; detail?: string };

/** Width and colours of a table. */
export interface TableOptions {
  /** Columns available (terminal width); shrinking columns are cut with … to fit. */
  width: number;
  styler: Styler;
  /** Spaces between columns. */
  gap?: number;
}

// Escape sequences (CSI, OSC, other ESC x), C0/C1 controls and bidi overrides: register text must not steer the terminal.
const ESCAPES = /\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|\u001B[@-_]?|\u009B[0-?]*[ -/]*[@-~]/g;
const CONTROLS = /[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1FAFF}]/u;
const ZERO_WIDTH = /[\p{Mn}\p{Me}\u200B-\u200D\uFEFF]/u;

/** Cell text made safe for a terminal: escape sequences and control characters removed, line breaks as spaces. */
export function sanitizeCell(text: string): string {
  return text.replace(ESCAPES, "").replace(/[\t\r\n]+/g, " ").replace(CONTROLS, "");
}

/** Columns a text takes in a terminal (combining marks take none, East Asian wide characters two). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ZERO_WIDTH.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
  return width;
}

/** Cuts a text to a width, ending in … when something was cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return "";
  let out = "";
  let used = 0;
  for (const ch of text) {
    const w = displayWidth(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return `${out.trimEnd()}…`;
}

/** An aligned table: bold heading, an underline, right-aligned numbers, long texts cut with … to fit the width. */
export function renderTable(columns: readonly Column[], rows: readonly Row[], options: TableOptions): string {
  const gap = " ".repeat(options.gap ?? 2);
  const cells = rows.map((row) => columns.map((_, i) => toCell(cellsOf(row)[i])));
  const headers = columns.map((c) => c.header.split("\n").map(sanitizeCell));
  const widths = columnWidths(columns, rows, options);

  const line = (parts: string[]) => parts.join(gap).trimEnd();
  const pad = (text: string, i: number, style?: (s: string) => string) => {
    const cut = truncate(text, widths[i]!);
    const fill = " ".repeat(Math.max(0, widths[i]! - displayWidth(cut)));
    const shown = style ? style(cut) : cut;
    return columns[i]!.align === "right" ? fill + shown : shown + (i === columns.length - 1 ? "" : fill);
  };
  const headerLines = Math.max(...headers.map((h) => h.length));
  const out: string[] = [];
  for (let l = 0; l < headerLines; l++) {
    // Two-line headings sit on the bottom line, next to the underline.
    out.push(line(headers.map((h, i) => pad(h[l - (headerLines - h.length)] ?? "", i, options.styler.bold))));
  }
  out.push(line(widths.map((w) => "─".repeat(w))));
  const indent = columns.length > 1 ? widths[0]! + gap.length : 0;
  cells.forEach((row, r) => {
    out.push(line(row.map((c, i) => pad(c.text, i, c.style))));
    const detail = detailOf(rows[r]!);
    if (detail !== undefined) out.push((" ".repeat(indent) + truncate(sanitizeCell(detail), options.width - indent)).trimEnd());
  });
  return `${out.join("\n")}\n`;
}

function cellsOf(row: Row): readonly Cell[] {
  return Array.isArray(row) ? row : (row as { cells: readonly Cell[] }).cells;
}

function detailOf(row: Row): string | undefined {
  return Array.isArray(row) ? undefined : (row as { detail?: string }).detail;
}

/** The width each column gets: what its heading and cells need, shrinking columns narrowed to fit `options.width`. */
export function columnWidths(columns: readonly Column[], rows: readonly Row[], options: Pick<TableOptions, "width" | "gap">): number[] {
  const widths = columns.map((c, i) =>
    Math.max(...c.header.split("\n").map((h) => displayWidth(sanitizeCell(h))), ...rows.map((r) => displayWidth(toCell(cellsOf(r)[i]).text))),
  );
  fitWidths(columns, widths, options.width - (options.gap ?? 2) * (columns.length - 1));
  return widths;
}

function toCell(cell: Cell | undefined): { text: string; style?: (s: string) => string } {
  if (cell === undefined) return { text: "" };
  return typeof cell === "string" ? { text: sanitizeCell(cell) } : { text: sanitizeCell(cell.text), style: cell.style };
}

/** Narrows shrinking columns, lowest `shrink` first, each down to its `min`, until the table fits (or nothing gives). */
function fitWidths(columns: readonly Column[], widths: number[], available: number): void {
  const order = columns.map((c, i) => ({ i, shrink: c.shrink })).filter((c) => c.shrink !== undefined).sort((a, b) => a.shrink! - b.shrink!);
  for (const { i } of order) {
    const excess = widths.reduce((a, b) => a + b, 0) - available;
    if (excess <= 0) return;
    const min = Math.min(widths[i]!, columns[i]!.min ?? 8);
    widths[i] = Math.max(min, widths[i]! - excess);
  }
}
