import { describe, expect, it } from "vitest";
import { displayWidth, renderTable, sanitizeCell, truncate, type Column } from "../../src/render/table.js";
import { plainStyler, type Styler } from "../../src/render/styler.js";
import { formatDate, formatEuro, formatNumber, formatPercent } from "../../src/render/format.js";

const columns: Column[] = [
  { header: "ID" },
  { header: "Titel", shrink: 1, min: 10 },
  { header: "Einsparung\ngeplant €", align: "right" },
];

describe("terminal tables", () => {
  it("aligns columns, right-aligns numbers and underlines the heading; two-line headings sit on the underline", () => {
    const out = renderTable(columns, [["IKZ-2025-001", "Bauhof", "240.000"], ["IKZ-2025-002", "E-Akte", "5"]], { width: 80, styler: plainStyler });
    expect(out).toBe(
      [
        "                      Einsparung",
        "ID            Titel    geplant €",
        "────────────  ──────  ──────────",
        "IKZ-2025-001  Bauhof     240.000",
        "IKZ-2025-002  E-Akte           5",
        "",
      ].join("\n"),
    );
  });

  it("cuts the shrinking column with … to fit the width, never below its minimum", () => {
    const title = "Gemeinsame Beschaffung von Feuerwehrausrüstung";
    const out = renderTable(columns, [["IKZ-2023-001", title, "96.000"]], { width: 40, styler: plainStyler });
    for (const line of out.trimEnd().split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(40);
    expect(out).toContain("IKZ-2023-001  Gemeinsame Be…      96.000");
    const narrow = renderTable(columns, [["IKZ-2023-001", title, "96.000"]], { width: 20, styler: plainStyler });
    expect(narrow).toContain("Gemeinsam…");
  });

  it("prints a detail line under its row, from the second column on", () => {
    const out = renderTable([{ header: "ID" }, { header: "Phase" }], [{ cells: ["IKZ-1", "Idee"], detail: "Ein langer Titel" }], { width: 80, styler: plainStyler });
    expect(out.split("\n")[3]).toBe("       Ein langer Titel");
  });

  it("strips escape sequences and control characters from cells (register text cannot steer the terminal)", () => {
    expect(sanitizeCell("\u001b[31mrot\u001b[0m\u0007 und \u001b]8;;http://x\u0007Link\u001b]8;;\u0007\r\nneu\u202E")).toBe("rot und Link neu");
    const out = renderTable([{ header: "T\u001b[2J" }], [["a\u001b[1;1Hb\u009b31m"]], { width: 80, styler: plainStyler });
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(out).toContain("ab");
  });

  it("colours only the text of a cell, so padding and alignment stay right", () => {
    const tag: Styler = { ...plainStyler, green: (s) => `<g>${s}</g>`, bold: (s) => s };
    const out = renderTable([{ header: "Ampel" }, { header: "X" }], [[{ text: "Grün", style: tag.green }, "1"]], { width: 80, styler: tag });
    expect(out.split("\n")[2]).toBe("<g>Grün</g>   1");
  });

  it("measures width in terminal columns and truncates by them", () => {
    expect(displayWidth("Groß-Gerau")).toBe(10);
    expect(displayWidth("Ru\u0308sselsheim")).toBe(11);
    expect(displayWidth("東京")).toBe(4);
    expect(truncate("Rüsselsheim am Main", 12)).toBe("Rüsselsheim…");
    expect(truncate("kurz", 12)).toBe("kurz");
  });
});

describe("German and English formats", () => {
  it("dates, numbers, euros and percentages", () => {
    expect(formatDate("2026-03-31", "de")).toBe("31.03.2026");
    expect(formatDate("2026-03-31", "en")).toBe("31 Mar 2026");
    expect(formatDate("2026-03-06", "en")).toBe("6 Mar 2026");
    expect(formatDate("kein Datum", "de")).toBe("kein Datum");
    expect(formatNumber(1234567.5, "de")).toBe("1.234.567,5");
    expect(formatNumber(1234567.5, "en")).toBe("1,234,567.5");
    expect(formatEuro(1234567, "de")).toBe("1.234.567 €");
    expect(formatEuro(1234567, "en")).toBe("€1,234,567");
    expect(formatEuro(-500, "en")).toBe("-€500");
    expect(formatPercent(20, "de")).toBe("20 %");
    expect(formatPercent(12.5, "en")).toBe("12.5%");
  });
});
