import type { ExportDocument } from "../../src/export/document.js";

/** Register text crafted to be run as a formula by Excel or LibreOffice if it were not neutralised. */
export const INJECTIONS = ["=HYPERLINK(\"http://evil.example\";\"klick\")", "+49 6142 402", "-2+3", "@SUM(A1:A2)", "\tTab", "\rCR", "  =1+1"];

/** A small document with every cell type, multi-line text, a quote, a semicolon, negative numbers and injection attempts. */
export function sampleDocument(overrides: Partial<ExportDocument> = {}): ExportDocument {
  return {
    kind: "test",
    lang: "de",
    audience: "internal",
    title: "Testexport",
    source: { registerName: "IKZ Test", commit: "0123456789abcdef0123456789abcdef01234567", commitDate: "2025-09-30T18:04:06+02:00" },
    sections: [
      {
        id: "money",
        title: "Geld",
        figures: [
          { label: "Einsparung gesamt", value: 1234567, type: "euro" },
          { label: "Quote", value: 12.5, type: "percent" },
        ],
        tables: [
          {
            id: "savings",
            title: "Einsparungen",
            columns: [
              { key: "id", label: "ID", type: "text" },
              { key: "title", label: "Titel", type: "text" },
              { key: "eur", label: "Einsparung €", type: "euro" },
              { key: "rate", label: "Quote", type: "percent" },
              { key: "n", label: "Anzahl", type: "integer" },
              { key: "x", label: "Faktor", type: "number" },
              { key: "due", label: "fällig", type: "date" },
              { key: "ok", label: "erledigt", type: "text" },
            ],
            rows: [
              { id: "IKZ-2025-001", title: "Bauhof\nzweite Zeile; mit \"Zitat\"", eur: -1500, rate: 12.5, n: 3, x: 1.25, due: "2025-03-31", ok: true },
              { id: "IKZ-2025-002", title: "-5", eur: 1234567, rate: null, n: 0, x: -0.5, due: "2026-02-28", ok: false },
              ...INJECTIONS.map((text, i) => ({ id: `IKZ-2025-1${i}`, title: text, eur: i, rate: 0, n: i, x: 0, due: null, ok: null })),
            ],
            note: "Quote = Einsparung ÷ Ausgangskosten",
          },
        ],
      },
      {
        id: "portfolio",
        title: "Portfolio mit einem sehr langen Titel: [Teil 1/2]*?",
        tables: [
          { id: "phases", title: "Phasen", columns: [{ key: "phase", label: "Phase", type: "text" }, { key: "count", label: "Anzahl", type: "integer" }], rows: [{ phase: "Idee", count: 2 }] },
          { id: "moves", title: "Übergänge", columns: [{ key: "from", label: "von", type: "text" }], rows: [{ from: "Idee" }] },
        ],
      },
    ],
    ...overrides,
  };
}
