import { describe, expect, it } from "vitest";
import { csvCell, guardFormula, toCsv } from "../../src/render/csv.js";

describe("Excel CSV (German locale)", () => {
  it("starts with a UTF-8 BOM, separates cells with ; and ends every row with CRLF", () => {
    const csv = toCsv([
      ["ID", "Titel"],
      ["IKZ-2025-001", "Bauhof"],
    ]);
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv).toBe("\uFEFFID;Titel\r\nIKZ-2025-001;Bauhof\r\n");
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("writes numbers as numbers: decimal comma, no grouping, negatives without a guard", () => {
    expect(csvCell(1234567)).toBe("1234567");
    expect(csvCell(12.5)).toBe("12,5");
    expect(csvCell(-1234.5)).toBe("-1234,5");
    expect(csvCell(0)).toBe("0");
    expect(csvCell(Number.NaN)).toBe("");
    expect(toCsv([[-5, 3.25]])).toBe("\uFEFF-5;3,25\r\n");
  });

  it("quotes cells with line breaks, quotes or semicolons and doubles embedded quotes (RFC 4180)", () => {
    expect(csvCell("Zeile1\nZeile2")).toBe('"Zeile1\nZeile2"');
    expect(csvCell("a\r\nb")).toBe('"a\r\nb"');
    expect(csvCell('Projekt „E-Akte“ "neu"')).toBe('"Projekt „E-Akte“ ""neu"""');
    expect(csvCell("Nauheim; Trebur")).toBe('"Nauheim; Trebur"');
    expect(csvCell("plain, with comma")).toBe("plain, with comma");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(null)).toBe("");
  });

  it("guards text that Excel would run as a formula, also after leading whitespace", () => {
    for (const text of ["=1+2", "+49 6142", "-Abzug", "@SUM(A1)", "\tTab", "\rCR", "\nLF", "  =HYPERLINK(\"x\")", " \t+1", "\u00A0@x", "＝1+2"]) {
      expect(guardFormula(text), JSON.stringify(text)).toBe(`'${text}`);
    }
    expect(csvCell('=1+2";=1+2')).toBe('"\'=1+2"";=1+2"');
    expect(csvCell("  =A1")).toBe("'  =A1");
    expect(csvCell("\n=A1")).toBe("\"'\n=A1\"");
  });

  it("leaves ordinary text and numbers passed as numbers unguarded", () => {
    expect(guardFormula("Gemeinsamer Bauhof")).toBe("Gemeinsamer Bauhof");
    expect(guardFormula("E-Akte")).toBe("E-Akte");
    expect(guardFormula("2025-Q3")).toBe("2025-Q3");
    expect(csvCell(-42)).toBe("-42");
    expect(toCsv([["Einsparung", -1500]])).toBe("\uFEFFEinsparung;-1500\r\n");
  });
});
