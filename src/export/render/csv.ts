import { UsageError } from "../../domain/errors.js";
import { suggest } from "../../domain/suggest.js";
import { toCsv, type CsvCell } from "../../render/csv.js";
import type { CellType, CellValue, ExportDocument, ExportSection, ExportTable, Lang } from "../document.js";
import type { ExportFile } from "../output.js";
import { germanDate, yesNo } from "./cells.js";
import { sourceWarnings } from "./source-line.js";

/**
 * Excel CSV of an export document: one file per table, each a plain rectangle (header row, then
 * data rows) that German Excel opens by double-click and that can be sorted, filtered and
 * re-imported. A table's file is named by its id (`portfolio.csv`); an id that occurs in two sections
 * is prefixed with its section's id. A section's key figures become `<section>-figures.csv`.
 * Paragraphs, notes and charts belong to the document formats (md, html, xlsx), not to CSV – with one exception:
 * when the figures include uncommitted changes or miss records with errors, every file says so after one empty
 * row. Excel's filter and sort stop at an empty row, so the table above stays usable.
 */

const FIGURE_HEADINGS: Readonly<Record<Lang, [string, string, string]>> = { de: ["Kennzahl", "Wert", "Einheit"], en: ["Figure", "Value", "Unit"] };

/** The unit a bare number in a CSV cell stands for: without it "15" in Excel could be euros or percent. */
const UNIT: Partial<Record<CellType, string>> = { euro: "€", percent: "%" };

/** A column label with its unit, unless the label names it already ("Einsparung €", "Quote %"). */
function labelWithUnit(label: string, type: CellType): string {
  const unit = UNIT[type];
  return unit === undefined || label.includes(unit) ? label : `${label} ${unit}`;
}

/** The CSV files of a document, or of one section (`--section`); an unknown section is a usage error listing the valid ones. */
export function renderCsvFiles(doc: ExportDocument, section?: string): ExportFile[] {
  const sections = section === undefined ? doc.sections : [findSection(doc, section)];
  const seen = new Map<string, number>();
  for (const s of doc.sections) for (const t of s.tables) seen.set(t.id, (seen.get(t.id) ?? 0) + 1);
  const files: ExportFile[] = [];
  for (const s of sections) {
    if (s.figures && s.figures.length > 0) {
      const rows: CsvCell[][] = [FIGURE_HEADINGS[doc.lang], ...s.figures.map((f) => [f.label, csvValue(f.value, f.type, doc.lang), UNIT[f.type] ?? null])];
      files.push({ name: `${s.id}-figures.csv`, content: toCsv([...rows, ...warningRows(doc, 3)]) });
    }
    for (const t of s.tables) {
      const name = (seen.get(t.id) ?? 0) > 1 ? `${s.id}-${t.id}` : t.id;
      files.push({ name: `${safeName(name)}.csv`, content: tableCsv(t, doc.lang, warningRows(doc, t.columns.length)) });
    }
  }
  return files;
}

/** The document's source warnings as CSV rows after an empty one, padded to the table's width so that strict CSV readers still see a rectangle; none for a clean, complete state. */
function warningRows(doc: ExportDocument, width: number): CsvCell[][] {
  const lines = sourceWarnings(doc);
  const row = (first: CsvCell): CsvCell[] => [first, ...Array<CsvCell>(Math.max(0, width - 1)).fill(null)];
  return lines.length === 0 ? [] : [row(null), ...lines.map(row)];
}

/** One table as CSV text: the column labels, then one row per record. */
export function tableCsv(table: ExportTable, lang: Lang, trailer: readonly CsvCell[][] = []): string {
  const header = table.columns.map((c) => labelWithUnit(c.label, c.type));
  const rows = table.rows.map((row) => table.columns.map((c) => csvValue(row[c.key] ?? null, c.type, lang)));
  return toCsv([header, ...rows, ...trailer]);
}

/** The section with this id; an unknown id is a usage error with a suggestion and the list of valid ids. */
export function findSection(doc: ExportDocument, id: string): ExportSection {
  const found = doc.sections.find((s) => s.id === id);
  if (found) return found;
  const ids = doc.sections.map((s) => s.id);
  throw new UsageError("export.unknown-section", { value: id, hint: suggest(id, ids) ?? "", known: ids.join(", ") || "–" });
}

/** Numbers stay numbers (csv.ts writes them with a decimal comma); dates as 31.03.2026, which German Excel reads as dates. */
function csvValue(value: CellValue, type: CellType, lang: Lang): CsvCell {
  if (value === null) return null;
  if (typeof value === "boolean") return yesNo(value, lang);
  if (typeof value === "number") return value;
  return type === "date" ? germanDate(value) : value;
}

/** A file name from an id: ids are slugs already; anything else is replaced so a name never leaves its folder. */
function safeName(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[.-]+/, "") || "table";
}
