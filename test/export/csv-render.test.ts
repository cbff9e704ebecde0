import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/domain/errors.js";
import { renderCsvFiles } from "../../src/export/render/csv.js";
import { INJECTIONS, sampleDocument } from "./sample-doc.js";

const read = (content: string | Uint8Array): string[][] => parse(typeof content === "string" ? content : Buffer.from(content).toString("utf8"), { delimiter: ";", bom: true }) as string[][];

describe("renderCsvFiles: Excel CSV for German Excel", () => {
  const files = renderCsvFiles(sampleDocument());
  const savings = files.find((f) => f.name === "savings.csv")!;

  it("writes one file per table (figures of a section as <section>-figures.csv), named by the table id", () => {
    expect(files.map((f) => f.name)).toEqual(["money-figures.csv", "savings.csv", "phases.csv", "moves.csv"]);
  });

  it("starts with a UTF-8 BOM, separates with ; and ends every record with CRLF", () => {
    const text = savings.content as string;
    expect(Buffer.from(text, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(text.endsWith("\r\n")).toBe(true);
    // Outside quoted cells, every line break is CRLF: the only bare LF is the one inside the multi-line title.
    expect(text.split("\r\n").length - 1).toBe(2 + 1 + INJECTIONS.length);
    expect(text).toContain('"Bauhof\nzweite Zeile; mit ""Zitat"""');
  });

  it("parses back to the same table: header, multi-line cell, decimal comma, German dates, yes/no", () => {
    const rows = read(savings.content);
    expect(rows[0]).toEqual(["ID", "Titel", "Einsparung €", "Quote %", "Anzahl", "Faktor", "fällig", "erledigt"]);
    expect(rows[1]).toEqual(["IKZ-2025-001", 'Bauhof\nzweite Zeile; mit "Zitat"', "-1500", "12,5", "3", "1,25", "31.03.2025", "ja"]);
    expect(rows[2]).toEqual(["IKZ-2025-002", "'-5", "1234567", "", "0", "-0,5", "28.02.2026", "nein"]);
    expect(rows).toHaveLength(3 + INJECTIONS.length);
  });

  it("neutralises every formula trigger in text with a leading apostrophe, while numbers typed as numbers stay numbers", () => {
    const rows = read(savings.content).slice(3);
    expect(rows.map((r) => r[1])).toEqual(INJECTIONS.map((text) => `'${text}`));
    expect(read(savings.content)[1]![2]).toBe("-1500");
  });

  it("writes key figures as a table with their unit, so that a bare 15 is not read as euros", () => {
    expect(read(files[0]!.content)).toEqual([["Kennzahl", "Wert", "Einheit"], ["Einsparung gesamt", "1234567", "€"], ["Quote", "12,5", "%"]]);
  });

  it("--section keeps only that section's files; an unknown section is a usage error listing the valid ones", () => {
    expect(renderCsvFiles(sampleDocument(), "portfolio").map((f) => f.name)).toEqual(["phases.csv", "moves.csv"]);
    let error: unknown;
    try {
      renderCsvFiles(sampleDocument(), "mony");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).exitCode).toBe(2);
    expect((error as UsageError).params).toMatchObject({ value: "mony", hint: "money", known: "money, portfolio" });
  });

  it("prefixes a table id used in two sections with its section id", () => {
    const doc = sampleDocument();
    doc.sections[1]!.tables[1]!.id = "savings";
    expect(renderCsvFiles(doc).map((f) => f.name)).toEqual(["money-figures.csv", "money-savings.csv", "phases.csv", "portfolio-savings.csv"]);
  });
});
