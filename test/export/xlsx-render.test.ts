import ExcelJS from "exceljs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderXlsx, uniqueSheetName } from "../../src/export/render/xlsx.js";
import { dosTimeOf } from "../../src/export/render/zip-dates.js";
import { INJECTIONS, sampleDocument } from "./sample-doc.js";

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

/** Modification time and date of every entry in the ZIP's central directory. */
function zipEntryTimes(bytes: Uint8Array): Array<[number, number]> {
  const buf = Buffer.from(bytes);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const out: Array<[number, number]> = [];
  for (let i = 0; i < count; i++) {
    out.push([buf.readUInt16LE(at + 12), buf.readUInt16LE(at + 14)]);
    at += 46 + buf.readUInt16LE(at + 28) + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return out;
}

afterEach(() => vi.useRealTimers());

describe("renderXlsx", () => {
  it("has an overview sheet first, then one sheet per table with valid, unique names of at most 31 characters", async () => {
    const wb = await readBack(await renderXlsx(sampleDocument()));
    const names = wb.worksheets.map((s) => s.name);
    expect(names).toEqual(["Übersicht", "Geld", "Phasen", "Übergänge"]);
    const overview = wb.getWorksheet("Übersicht")!;
    expect(overview.getCell("A1").value).toBe("Testexport");
    expect(overview.getCell("A1").font?.bold).toBe(true);
    const text = overview.getSheetValues().flat().map(String).join(" | ");
    expect(text).toContain("Datenstand: Register „IKZ Test“, Commit 0123456789ab vom 30.09.2025, 18:04 Uhr");
    expect(text).toContain("Commit (vollständig) | 0123456789abcdef0123456789abcdef01234567");
    expect(text).toContain("Zielgruppe: intern (Lenkungsgruppe und Koordination)");
    const figureRow = overview.getColumn(1).values.findIndex((v) => v === "Einsparung gesamt");
    expect(overview.getCell(figureRow, 2).value).toBe(1234567);
    expect(overview.getCell(figureRow, 2).numFmt).toBe('#,##0 "€"');
  });

  it("in English the first sheet is 'Summary', so a section called 'Overview' keeps its own name (was 'Overview (2)')", async () => {
    const doc = sampleDocument({ lang: "en" });
    doc.sections[0]!.title = "Overview";
    const names = (await readBack(await renderXlsx(doc))).worksheets.map((s) => s.name);
    expect(names.slice(0, 2)).toEqual(["Summary", "Overview"]);
  });

  it("writes real numbers and dates with German formats, a bold frozen header and an autofilter", async () => {
    const sheet = (await readBack(await renderXlsx(sampleDocument()))).getWorksheet("Geld")!;
    expect(sheet.getRow(1).values).toEqual([undefined, "ID", "Titel", "Einsparung €", "Quote", "Anzahl", "Faktor", "fällig", "erledigt"]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    // Header plus 2 + 7 data rows, columns A…H; exceljs reads the range back as A1 notation.
    expect(sheet.autoFilter).toBe(`A1:H${3 + INJECTIONS.length}`);
    const row = sheet.getRow(2);
    expect(row.getCell(3).value).toBe(-1500);
    expect(row.getCell(3).numFmt).toBe('#,##0 "€"');
    expect(row.getCell(4).value).toBe(0.125);
    expect(row.getCell(4).numFmt).toBe("0.0 %");
    expect(row.getCell(5).value).toBe(3);
    expect(row.getCell(6).value).toBe(1.25);
    expect(row.getCell(7).value).toEqual(new Date(Date.UTC(2025, 2, 31)));
    expect(row.getCell(7).numFmt).toBe("dd.mm.yyyy");
    expect(row.getCell(8).value).toBe("ja");
    expect(row.getCell(2).value).toBe('Bauhof\nzweite Zeile; mit "Zitat"');
    expect(row.getCell(2).alignment?.wrapText).toBe(true);
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual(26);
    expect(sheet.getColumn(2).width).toBeLessThanOrEqual(60);
    // Printed: A4 landscape (8 columns), one page wide, header row repeated, document and commit in the footer.
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:1" });
    expect(sheet.headerFooter.oddFooter).toBe("&L&8Testexport – Commit 0123456789ab&R&8Seite &P von &N");
  });

  it("neutralises formula triggers in text cells and never writes a formula; the text '-5' is neutralised, the number -1500 is not", async () => {
    const sheet = (await readBack(await renderXlsx(sampleDocument()))).getWorksheet("Geld")!;
    const titles = INJECTIONS.map((_, i) => sheet.getRow(4 + i).getCell(2).value);
    // XML turns a raw CR into LF on reading (Excel does the same); the guard is in front either way.
    expect(titles).toEqual(INJECTIONS.map((t) => `'${t.replace(/\r/g, "\n")}`));
    expect(sheet.getRow(3).getCell(2).value).toBe("'-5");
    sheet.eachRow((r) => r.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it("gives the same bytes for the same document at different times: workbook and ZIP dates come from the commit date", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2027-01-02T03:04:05Z"));
    const first = await renderXlsx(sampleDocument());
    vi.setSystemTime(new Date("2031-06-07T08:09:10Z"));
    const second = await renderXlsx(sampleDocument());
    vi.useRealTimers();
    expect(Buffer.compare(Buffer.from(first), Buffer.from(second))).toBe(0);
    const { time, date } = dosTimeOf("2025-09-30T18:04:06+02:00");
    expect(zipEntryTimes(first).every(([t, d]) => t === time && d === date)).toBe(true);
    expect(date).toBe(((2025 - 1980) << 9) | (9 << 5) | 30);
    expect(time).toBe((18 << 11) | (4 << 5) | 3);
    const wb = await readBack(first);
    expect(wb.created.toISOString()).toBe("2025-09-30T16:04:06.000Z");
    expect(wb.modified.toISOString()).toBe("2025-09-30T16:04:06.000Z");
  });

  it("sheet names drop []:*?/\\, keep 31 characters and stay unique", () => {
    const taken = new Set<string>();
    expect(uniqueSheetName("Portfolio: [Teil 1/2]*?", taken)).toBe("Portfolio – Teil 1-2");
    expect(uniqueSheetName("Anhang: Kennzahlenkatalog", taken)).toBe("Anhang – Kennzahlenkatalog");
    const long = "Meilensteine im Quartal mit Prognosen und Verzug";
    const a = uniqueSheetName(long, taken);
    const b = uniqueSheetName(long, taken);
    // Cut at a word, not mid-word ("…mit Pro").
    expect(a).toBe("Meilensteine im Quartal");
    expect(b).toBe("Meilensteine im Quartal (2)");
    expect(uniqueSheetName("Vom Projektauftrag zur Umsetzungsfreigabe (Tage)", taken)).toBe("Vom Projektauftrag");
    expect(uniqueSheetName("Ampeln der laufenden Projekte (Stand 30.09.)", taken)).toBe("Ampeln der laufenden Projekte");
    expect(uniqueSheetName("Beteiligungsmatrix (F = federführend, P = Partner)", taken)).toBe("Beteiligungsmatrix");
    expect(uniqueSheetName("Donaudampfschifffahrtsgesellschaftskapitän", taken)).toBe("Donaudampfschifffahrtsgesellsch");
  });
});
