/**
 * The format-neutral shape every export is rendered from: a document of sections, each with
 * typed tables (for CSV and XLSX, and as tables in Markdown and HTML), optional charts (Mermaid in
 * Markdown, inline SVG in HTML) and optional prose. Labels are already translated; values are raw
 * (numbers stay numbers, dates stay ISO) so each renderer formats them for its medium.
 */

/** How a column's values are formatted: German number formats in XLSX, decimal comma in CSV. */
export type CellType = "text" | "integer" | "euro" | "percent" | "date" | "number";

/** A cell value: numbers stay numbers (euros as whole euros, percentages 0–100), dates ISO `YYYY-MM-DD`. */
export type CellValue = string | number | boolean | null;

export interface ExportColumn {
  key: string;
  /** Column heading, already in the export's language. */
  label: string;
  type: CellType;
}

export interface ExportTable {
  /** Stable id, used for CSV file names and XLSX sheet names (e.g. `portfolio`). */
  id: string;
  title: string;
  columns: ExportColumn[];
  rows: Array<Record<string, CellValue>>;
  /** A line under the table (e.g. a definition or "no entries"). */
  note?: string;
}

/** A bar or pie chart: Mermaid in Markdown, SVG in HTML; ignored by CSV and XLSX. */
export interface ExportChart {
  kind: "bar" | "pie";
  title: string;
  /** Values are plain numbers in the unit named by `unit`. */
  points: Array<{ label: string; value: number }>;
  unit?: "count" | "euro" | "percent";
}

export interface ExportSection {
  /** Stable id (`portfolio`, `money`, …): `--section` selects by it (CSV: one file per table of the section, see render/csv.ts). */
  id: string;
  title: string;
  /** Paragraphs of plain text (not Markdown) shown before the tables. */
  paragraphs?: string[];
  /** Key figures shown as a short list before the tables: label → value. */
  figures?: Array<{ label: string; value: CellValue; type: CellType }>;
  charts?: ExportChart[];
  tables: ExportTable[];
  /** Markdown taken from record bodies (e.g. a lesson's findings), after the tables: rendered safely in HTML, as plain text in Markdown; ignored by CSV and XLSX. */
  excerpts?: Array<{ title: string; markdown: string }>;
}

/** Where the figures come from: printed instead of a run timestamp so that output is reproducible. */
export interface ExportSource {
  registerName: string;
  /** Full commit hash of the register state (the end state for a quarter), or undefined for an uncommitted working tree. */
  commit?: string;
  /** Commit date of that state, ISO date-time in the register's time zone. */
  commitDate?: string;
  /** True when the working tree had uncommitted changes that the export includes. */
  dirty?: boolean;
  /** Register-relative files of records left out because they could not be read or failed their schema: the figures miss them. */
  skipped?: string[];
  /** Register-relative files of records in the figures although they break a register rule: what they add may be wrong. */
  flawed?: string[];
}

export type Audience = "public" | "council" | "internal";
export type Lang = "de" | "en";

export interface ExportDocument {
  /** `controlling`, `register`, `municipality`. */
  kind: string;
  lang: Lang;
  audience: Audience;
  title: string;
  subtitle?: string;
  source: ExportSource;
  sections: ExportSection[];
}
