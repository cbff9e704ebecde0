import type { Workbook } from "exceljs";
import type { CellType, ExportDocument, ExportTable, Lang } from "../document.js";
import { sourceLines } from "./source-line.js";
import { XLSX_NUM_FMT, spreadsheetValue } from "./cells.js";
import { dosTimeOf, fixZipDates } from "./zip-dates.js";

/**
 * An export document as an Excel workbook: a first sheet "Übersicht" (title, source commit and date,
 * audience, each section's key figures and text), then one sheet per table, named after its section
 * (or, when a section has several tables, after the table). Every table sheet has its header in
 * row 1, bold and frozen, an autofilter, real numbers and dates with German formats, and widths
 * that fit the content. Same document ⇒ same bytes: the workbook's dates and the ZIP entry times
 * come from the register's commit date, never from the clock.
 */

/** Not "Overview" in English: the controlling summary has a section of that name, whose sheet became "Overview (2)". */
const OVERVIEW: Readonly<Record<Lang, string>> = { de: "Übersicht", en: "Summary" };
const FULL_COMMIT: Readonly<Record<Lang, string>> = { de: "Commit (vollständig)", en: "Commit (full)" };
const PAGE: Readonly<Record<Lang, string>> = { de: "Seite &P von &N", en: "Page &P of &N" };
/** Excel's default font, named so that LibreOffice does not fall back to a serif for bold cells. */
const FONT = { name: "Calibri", size: 11 } as const;
const HEADER_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7ECF3" } } as const;

/** The workbook as XLSX bytes; exceljs is loaded here only, so no other command pays for it. */
export async function renderXlsx(doc: ExportDocument): Promise<Uint8Array> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  const stamp = doc.source.commitDate !== undefined && !Number.isNaN(Date.parse(doc.source.commitDate)) ? new Date(doc.source.commitDate) : new Date(Date.UTC(1980, 0, 1));
  workbook.creator = "ikz";
  workbook.lastModifiedBy = "ikz";
  workbook.created = stamp;
  workbook.modified = stamp;
  workbook.title = doc.title;
  addOverview(workbook, doc);
  const names = new Set<string>([OVERVIEW[doc.lang].toLowerCase()]);
  for (const section of doc.sections) {
    for (const table of section.tables) {
      const base = section.tables.length === 1 ? section.title : table.title;
      addTableSheet(workbook, doc, uniqueSheetName(base, names), table);
    }
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return fixZipDates(new Uint8Array(buffer as ArrayBuffer), dosTimeOf(doc.source.commitDate));
}

function addOverview(workbook: Workbook, doc: ExportDocument): void {
  const sheet = workbook.addWorksheet(OVERVIEW[doc.lang], { pageSetup: printSetup("portrait"), headerFooter: footer(doc) });
  // The label column fits the longest key figure label (within 34…60), so labels do not wrap into the next row.
  const labels = doc.sections.flatMap((s) => (s.figures ?? []).map((f) => f.label.length));
  const labelWidth = Math.min(60, Math.max(34, ...labels.map((n) => n + 2)));
  sheet.columns = [{ width: labelWidth }, { width: 62 }];
  const wide = (value: string | number | Date | null, font: object = FONT) => {
    const row = sheet.addRow([value]);
    sheet.mergeCells(row.number, 1, row.number, 2);
    row.getCell(1).alignment = { wrapText: true, vertical: "top" };
    row.getCell(1).font = font;
    // Neither Excel nor LibreOffice grows a merged row to its wrapped text: give long text its lines' height.
    if (typeof value === "string") fitHeight(row, value, labelWidth + 62);
    return row;
  };
  wide(spreadsheetValue(doc.title, "text", doc.lang), { ...FONT, bold: true, size: 14 });
  if (doc.subtitle) wide(spreadsheetValue(doc.subtitle, "text", doc.lang));
  sheet.addRow([]);
  for (const line of sourceLines(doc)) wide(spreadsheetValue(line, "text", doc.lang));
  if (doc.source.commit !== undefined) sheet.addRow([FULL_COMMIT[doc.lang], doc.source.commit]);
  for (const section of doc.sections) {
    if (!section.figures?.length && !section.paragraphs?.length) continue;
    sheet.addRow([]);
    wide(spreadsheetValue(section.title, "text", doc.lang), { ...FONT, bold: true, size: 12 });
    for (const text of section.paragraphs ?? []) wide(spreadsheetValue(text, "text", doc.lang));
    for (const figure of section.figures ?? []) {
      const row = sheet.addRow([spreadsheetValue(figure.label, "text", doc.lang), spreadsheetValue(figure.value, figure.type, doc.lang)]);
      row.getCell(1).alignment = { wrapText: true, vertical: "top" };
      fitHeight(row, figure.label, labelWidth);
      const fmt = XLSX_NUM_FMT[figure.type];
      if (fmt) row.getCell(2).numFmt = fmt;
      row.getCell(2).alignment = { horizontal: "left", vertical: "top" };
    }
  }
}

/** Sets a row's height to the lines a text needs in a column `width` characters wide (about 0.9 characters per width unit). */
function fitHeight(row: { height: number }, text: string, width: number): void {
  const lines = text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(line.length / (width * 0.9))), 0);
  if (lines > 1) row.height = 15 * lines;
}

/** A4, as wide as one page, as many pages down as needed: what a Kämmerer gets when printing or filing a PDF. */
function printSetup(orientation: "portrait" | "landscape") {
  return { paperSize: 9, orientation, fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } };
}

/**
 * Printing a table: up to 10 columns fit one A4 page wide. A wider table (the register has 27 columns)
 * would shrink to an unreadable size, so it runs over several pages across, each repeating the header
 * row and the first column (the id), as people print wide lists from Excel.
 */
function tablePrintSetup(columns: number) {
  const orientation = columns > 6 ? "landscape" : "portrait";
  if (columns <= 10) return { ...printSetup(orientation), printTitlesRow: "1:1" };
  return { ...printSetup(orientation), fitToPage: false, printTitlesRow: "1:1", printTitlesColumn: "A:A" };
}

/** Footer on every printed page: the document and its commit left, the page number right (& is a code there, so doubled). */
function footer(doc: ExportDocument) {
  const text = `${doc.title}${doc.source.commit ? ` – Commit ${doc.source.commit.slice(0, 12)}` : ""}`.replace(/&/g, "&&");
  return { oddFooter: `&L&8${text}&R&8${PAGE[doc.lang]}` };
}

function addTableSheet(workbook: Workbook, doc: ExportDocument, name: string, table: ExportTable): void {
  const lang = doc.lang;
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" }],
    pageSetup: tablePrintSetup(table.columns.length),
    headerFooter: footer(doc),
  });
  const header = sheet.addRow(table.columns.map((c) => spreadsheetValue(c.label, "text", lang)));
  header.font = { ...FONT, bold: true };
  header.alignment = { vertical: "top", wrapText: true };
  header.eachCell((cell) => (cell.fill = HEADER_FILL));
  for (const record of table.rows) {
    const row = sheet.addRow(table.columns.map((c) => spreadsheetValue(record[c.key] ?? null, c.type, lang)));
    table.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      const fmt = XLSX_NUM_FMT[c.type];
      if (fmt && (typeof cell.value === "number" || cell.value instanceof Date)) cell.numFmt = fmt;
      if (typeof cell.value === "string" && cell.value.includes("\n")) cell.alignment = { wrapText: true, vertical: "top" };
    });
  }
  if (table.columns.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, table.rows.length + 1), column: table.columns.length } };
  table.columns.forEach((c, i) => (sheet.getColumn(i + 1).width = columnWidth(c.label, c.type, table.rows.map((r) => r[c.key] ?? null))));
  if (table.note) {
    sheet.addRow([]);
    sheet.addRow([spreadsheetValue(table.note, "text", lang)]).font = { ...FONT, italic: true };
  }
}

/** A width in characters that fits the heading and most values, within 8…60 (long texts wrap). */
function columnWidth(label: string, type: CellType, values: ReadonlyArray<string | number | boolean | null>): number {
  const fixed: Partial<Record<CellType, number>> = { date: 12, euro: 14, percent: 9, integer: 9, number: 11 };
  const longest = values.reduce<number>((max, v) => Math.max(max, v === null ? 0 : Math.max(...String(v).split("\n").map((line) => line.length))), 0);
  const labelWidth = Math.max(...label.split("\n").map((line) => line.length)) + 3; // room for the filter button
  return Math.min(60, Math.max(8, labelWidth, fixed[type] ?? longest + 1));
}

/** Text cut to `max` characters at a word boundary where one is near, without a dangling bracket or dash. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = text[max] === " " ? max : cut.lastIndexOf(" ");
  let words = space >= max / 2 ? cut.slice(0, space) : cut;
  // A bracket opened but cut before it closes ("Beteiligungsmatrix (F =") goes as a whole.
  const open = words.lastIndexOf("(");
  if (open > 0 && !words.includes(")", open)) words = words.slice(0, open);
  // Nor end on a word that leads into the cut-off part ("Vom Projektauftrag zur").
  const trimmed = words.replace(/[\s(–-]+$/u, "");
  const last = trimmed.lastIndexOf(" ");
  return last > 0 && DANGLING.has(trimmed.slice(last + 1).toLowerCase()) ? trimmed.slice(0, last) : trimmed;
}

/** Articles, prepositions and conjunctions a shortened sheet name should not end on. */
const DANGLING = new Set(["der", "die", "das", "des", "dem", "den", "zur", "zum", "im", "in", "am", "an", "mit", "und", "oder", "von", "vom", "für", "je", "nach", "the", "of", "in", "and", "or", "for", "to", "by", "with", "per"]);

/** A valid, unique sheet name: at most 31 characters, none of []:*?/\, no leading or trailing apostrophe. */
export function uniqueSheetName(wanted: string, taken: Set<string>): string {
  // Excel forbids []:*?/\ in sheet names. "Anhang: Kennzahlenkatalog" reads best as "Anhang – Kennzahlenkatalog"
  // (a plain "-" left "Anhang- Kennzahlenkatalog"); a slash becomes "-", brackets and wildcards go.
  const clean =
    wanted
      .replace(/\s*:\s*/g, " – ")
      .replace(/[/\\]/g, "-")
      .replace(/[[\]*?]/g, "")
      .replace(/\s+/g, " ")
      .replace(/^'+|'+$/g, "")
      .trim() || "Tabelle";
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const name = shorten(clean, 31 - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}
