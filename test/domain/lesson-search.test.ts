import { describe, expect, it } from "vitest";
import { foldText, markMatches, queryTerms, searchLessons, sectionText, termMatches, tokenize, PART_WEIGHTS } from "../../src/domain/lesson-search.js";
import type { Rec } from "../../src/domain/model.js";
import type { Field, Lesson } from "../../src/domain/types.generated.js";
import { lesson } from "../helpers/model.js";

const FIELDS: Field[] = [
  { id: "vollstreckung", name: "Vollstreckung" },
  { id: "ordnungsbehoerde", name: "Ordnungsbehördliche Aufgaben" },
  { id: "kasse", name: "Kasse und Zahlungsverkehr" },
];

/** A lesson with a body of the template's three sections. */
function withBody(overrides: Partial<Lesson>, text: string): Rec<Lesson> {
  const rec = lesson({ project: undefined, ...overrides });
  return { ...rec, body: `\n## Ausgangssituation\n\n${text}\n\n## Erkenntnis\n\nWas lernen wir?\n\n## Empfehlung\n\nFrüh abstimmen.\n` };
}

const ids = (hits: ReturnType<typeof searchLessons>) => hits.map((h) => `${h.lesson.data.id} ${h.score}`);

describe("German-aware folding", () => {
  it.each([
    ["Gebühren", "gebuehren"],
    ["GEBÜHREN", "gebuehren"],
    ["Gebuehren", "gebuehren"],
    ["Öffentlich-rechtliche Vereinbarung", "oeffentlich-rechtliche vereinbarung"],
    ["Ärztliche Straße", "aerztliche strasse"],
    ["GROẞ", "gross"],
    ["Café Élysée, Señora", "cafe elysee, senora"],
    // Decomposed umlauts (u + U+0308), as a Mac or a PDF hands them over.
    ["Gebu\u0308hren", "gebuehren"],
    ["GROSS-GERAU O\u0308FFENTLICH", "gross-gerau oeffentlich"],
  ])("%s → %s", (input, folded) => {
    expect(foldText(input)).toBe(folded);
  });

  it("splits into words of letters and digits", () => {
    expect(tokenize("E-Akte & Posteingang (2026): Gremienbeschlüsse!")).toEqual(["e", "akte", "posteingang", "2026", "gremienbeschluesse"]);
  });

  it("folds and de-duplicates the search words", () => {
    expect(queryTerms(["Gebühren", "gebuehren", "Vorteilhaftigkeits-Prüfung"])).toEqual(["gebuehren", "vorteilhaftigkeits", "pruefung"]);
  });

  it("matches inside words, and singulars with their umlaut plurals", () => {
    expect(termMatches("beschluss", "beschlussfassung")).toBe(true);
    expect(termMatches("beschluss", "gremienbeschluesse")).toBe(true);
    expect(termMatches("gebuehren", "gebuehrenkalkulation")).toBe(true);
    expect(termMatches("ehren", "gebuehren")).toBe(true);
    expect(termMatches("vertrag", "vereinbarung")).toBe(false);
  });
});

describe("searchLessons: scoring and order", () => {
  // Points per word and part: title 6, tags 3, fields of action 2, text 1.
  const lessons = [
    withBody({ id: "LL-2025-001", title: "Gebührenkalkulation früh abstimmen", tags: ["gebuehren"], date: "2025-01-10" }, "Die Gebühren wurden zu spät kalkuliert."), // 6 + 3 + 1 = 10
    withBody({ id: "LL-2025-002", title: "Kostenschlüssel an Fallzahlen koppeln", date: "2025-06-10" }, "Auch GEBÜHREN sind betroffen."), // 1
    withBody({ id: "LL-2025-003", title: "Kalkulation abstimmen", tags: ["Gebühren"], date: "2025-03-10" }, "Nichts dazu."), // 3
    withBody({ id: "LL-2025-004", title: "Gebühren nicht freigegeben", released: false, date: "2025-09-10" }, "Gebühren"), // never shown
    withBody({ id: "LL-2025-005", title: "Vollstreckung", applies_to: ["vollstreckung"], date: "2025-02-01" }, "Keine Gebühren."), // 1
  ];

  it("weighs title over tags over fields over text", () => {
    expect(PART_WEIGHTS.title).toBeGreaterThan(PART_WEIGHTS.tags);
    expect(PART_WEIGHTS.tags).toBeGreaterThan(PART_WEIGHTS.fields);
    expect(PART_WEIGHTS.fields).toBeGreaterThan(PART_WEIGHTS.body);
  });

  it("ranks best matches first, equal scores newest first, and never shows unreleased lessons", () => {
    const hits = searchLessons(lessons, { words: ["Gebühren"] }, FIELDS);
    expect(ids(hits)).toEqual(["LL-2025-001 10", "LL-2025-003 3", "LL-2025-002 1", "LL-2025-005 1"]);
    expect(hits[0]?.matchedIn).toEqual(["title", "tags", "body"]);
  });

  it("finds the same lessons for Gebühren, Gebuehren and GEBÜHREN", () => {
    const a = ids(searchLessons(lessons, { words: ["Gebühren"] }));
    expect(ids(searchLessons(lessons, { words: ["Gebuehren"] }))).toEqual(a);
    expect(ids(searchLessons(lessons, { words: ["GEBÜHREN"] }))).toEqual(a);
  });

  it("requires every word", () => {
    // LL-2025-002: "kostenschluessel" in the title (6) + "gebuehren" in the text (1)
    expect(ids(searchLessons(lessons, { words: ["gebühren", "kostenschlüssel"] }))).toEqual(["LL-2025-002 7"]);
    expect(searchLessons(lessons, { words: ["gebühren", "feuerwehr"] })).toEqual([]);
  });

  it("counts a word once per part however often it occurs there", () => {
    const twice = withBody({ id: "LL-2025-009", title: "Plan" }, "Plan, Plan und nochmals Plan.");
    expect(ids(searchLessons([twice], { words: ["plan"] }))).toEqual(["LL-2025-009 7"]);
  });

  it("searches the fields of action by id and by name", () => {
    const hits = searchLessons(lessons, { words: ["vollstreckung"] }, FIELDS);
    // LL-2025-005: title 6 + fields 2
    expect(ids(hits)).toEqual(["LL-2025-005 8"]);
    const byName = withBody({ id: "LL-2025-010", title: "X", applies_to: ["ordnungsbehoerde"] }, "Y");
    expect(ids(searchLessons([byName], { words: ["ordnungsbehördlich"] }, FIELDS))).toEqual(["LL-2025-010 2"]);
  });

  it("does not match the template's section headings", () => {
    expect(searchLessons(lessons, { words: ["empfehlung"] })).toEqual([]);
    expect(searchLessons(lessons, { words: ["ausgangssituation"] })).toEqual([]);
  });
});

describe("searchLessons: filters and no words", () => {
  const lessons = [
    lesson({ id: "LL-2024-001", date: "2024-10-15", category: "methodical", applies_to: ["vollstreckung"] }),
    lesson({ id: "LL-2025-002", date: "2025-06-10", category: "finance", applies_to: ["kasse", "vollstreckung"] }),
    lesson({ id: "LL-2025-003", date: "2025-06-10", category: "finance", applies_to: ["kasse"] }),
    lesson({ id: "LL-2026-001", date: "2026-01-05", category: "legal", released: false }),
  ];

  it("lists every released lesson newest first without words (same date: higher ID first)", () => {
    expect(searchLessons(lessons, { words: [] }).map((h) => h.lesson.data.id)).toEqual(["LL-2025-003", "LL-2025-002", "LL-2024-001"]);
  });

  it("filters by field of action (applies_to)", () => {
    expect(searchLessons(lessons, { words: [], field: "vollstreckung" }).map((h) => h.lesson.data.id)).toEqual(["LL-2025-002", "LL-2024-001"]);
  });

  it("filters by category, combined with the field", () => {
    expect(searchLessons(lessons, { words: [], category: "finance" }).map((h) => h.lesson.data.id)).toEqual(["LL-2025-003", "LL-2025-002"]);
    expect(searchLessons(lessons, { words: [], category: "finance", field: "vollstreckung" }).map((h) => h.lesson.data.id)).toEqual(["LL-2025-002"]);
    expect(searchLessons(lessons, { words: [], category: "legal" })).toEqual([]);
  });
});

describe("sectionText and markMatches", () => {
  const body = "\r\n## Ausgangssituation\r\n\r\nA\r\n\r\n## Empfehlung\r\n\r\nErste Zeile.\r\nZweite Zeile.\r\n\r\n## Anhang\r\n\r\nZ\r\n";

  it("returns a section's text without heading, up to the next heading", () => {
    expect(sectionText(body, "Empfehlung")).toBe("Erste Zeile.\nZweite Zeile.");
    expect(sectionText(body, "empfehlung")).toBe("Erste Zeile.\nZweite Zeile.");
    expect(sectionText(body, "Erkenntnis")).toBe("");
  });

  it("marks whole words that contain a search term, keeping the original spelling", () => {
    expect(markMatches("Gebühren- und Gremienbeschlüsse früh planen.", ["gebuehren", "beschluss"])).toEqual([
      { text: "Gebühren", match: true },
      { text: "- und ", match: false },
      { text: "Gremienbeschlüsse", match: true },
      { text: " früh planen.", match: false },
    ]);
  });

  it("does not mark every word for a one-letter term next to longer ones", () => {
    expect(markMatches("Die E-Akte einführen", ["e", "akte"]).filter((p) => p.match).map((p) => p.text)).toEqual(["Akte"]);
  });
});
