import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { renderLessons, type LessonsResult } from "../../src/commands/lessons.js";
import { plainStyler } from "../../src/render/styler.js";
import { makeTempDir, removeTempDirs, runIkz } from "../helpers/cli.js";

const SAMPLE = fileURLToPath(new URL("../../register/", import.meta.url));

afterAll(removeTempDirs);

/** Runs the built ikz on the sample register (colour off, German unless --lang says otherwise). */
const lessons = (...args: string[]) => runIkz(["--register", SAMPLE, "lessons", ...args]);

/** Lesson IDs in the order printed ("LL-2025-002 · 10.06.2025 · …" lines). */
const printedIds = (stdout: string) => [...stdout.matchAll(/^ {3}(LL-\d{4}-\d{3}) · /gm)].map((m) => m[1]);

interface JsonResult {
  query: { words: string[]; terms: string[]; field?: string; category?: string };
  count: number;
  lessons: Array<{ id: string; score: number; matchedIn: string[]; recommendation: string; project?: { id: string; title?: string } }>;
}

describe("ikz lessons on the sample register", () => {
  it("lists every released lesson, newest first, without words", async () => {
    const run = await lessons();
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    await expect(run.stdout).toMatchFileSnapshot("./__snapshots__/lessons-all.de.txt");
    // LL-2026-002 is not released: it never appears.
    expect(printedIds(run.stdout)).toEqual(["LL-2026-003", "LL-2026-001", "LL-2025-003", "LL-2025-002", "LL-2025-001", "LL-2024-001"]);
    expect(run.stdout).toContain("   LL-2025-002 · 10.06.2025 · Misserfolg · Finanzen\n   Projekt IKZ-2023-003 Gemeinsame Aufsicht über Geldspielgeräte in Gaststätten\n");
    expect(run.stdout).not.toMatch(/\x1b\[/);
  });

  it("finds the same lessons for Gebühren, Gebuehren and GEBÜHREN", async () => {
    const runs = await Promise.all([lessons("Gebühren"), lessons("Gebuehren"), lessons("GEBÜHREN")]);
    for (const run of runs) {
      expect(run.code).toBe(0);
      expect(printedIds(run.stdout)).toEqual(["LL-2025-002"]);
    }
    await expect(runs[0]!.stdout).toMatchFileSnapshot("./__snapshots__/lessons-gebuehren.de.txt");
  });

  it("finds Gremienbeschlüsse and Beschlussvorlagen for 'beschluss', title hits first", async () => {
    const run = await lessons("beschluss");
    expect(run.code).toBe(0);
    // Title hits (LL-2026-003, LL-2024-001: 6 + 1 in the text, newest first) before a text-only hit (LL-2025-001: 1).
    expect(printedIds(run.stdout)).toEqual(["LL-2026-003", "LL-2024-001", "LL-2025-001"]);
    expect(run.stdout.startsWith("3 freigegebene Erfahrungen zu „beschluss“ (beste Treffer zuerst)\n")).toBe(true);
  });

  it("requires every word", async () => {
    const run = await lessons("gremien", "aufsichtsbehörde");
    expect(printedIds(run.stdout)).toEqual(["LL-2025-001"]);
  });

  it("filters by field of action (id or name) and by category", async () => {
    const byId = await lessons("--field", "vollstreckung");
    expect(printedIds(byId.stdout)).toEqual(["LL-2026-001", "LL-2025-001", "LL-2024-001"]);
    expect(byId.stdout.split("\n")[0]).toBe("3 freigegebene Erfahrungen · Handlungsfeld Vollstreckung (neueste zuerst)");
    const byName = await lessons("--field", "Vollstreckung");
    expect(printedIds(byName.stdout)).toEqual(printedIds(byId.stdout));
    const both = await lessons("--field", "vollstreckung", "--category", "finance");
    expect(printedIds(both.stdout)).toEqual(["LL-2026-001"]);
    const withWord = await lessons("gremien", "--category", "legal");
    expect(printedIds(withWord.stdout)).toEqual(["LL-2025-001"]);
  });

  it("refuses an unknown field with exit 2 and a suggestion", async () => {
    const run = await lessons("--field", "vollstrekung");
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("--field: unbekanntes Handlungsfeld „vollstrekung“ – meinten Sie „vollstreckung“?");
    expect(run.stderr).toContain("bekannt: beschaffung, vollstreckung,");
  });

  it("refuses an unknown category with exit 2", async () => {
    const run = await lessons("--category", "finances");
    expect(run.code).toBe(2);
  });

  it("says so, with a tip, when nothing matches", async () => {
    const run = await lessons("Feuerwehr", "Standesamt");
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      "Keine freigegebene Erfahrung zu „Feuerwehr Standesamt“.\n\nTipp: weniger oder kürzere Wörter versuchen (gesucht wird in Titel, Schlagwörtern, Handlungsfeldern und Text) oder einen Filter weglassen.\n",
    );
  });

  it("never shows an unreleased lesson, even when its words match", async () => {
    // LL-2026-002 "Wirtschaftlichkeit vor dem Projektauftrag grob abschätzen" is not released.
    const run = await lessons("abschätzen");
    expect(printedIds(run.stdout)).toEqual([]);
  });

  it("says on stderr when a lesson file could not be searched", async () => {
    const dir = makeTempDir();
    cpSync(SAMPLE, dir, { recursive: true });
    const file = join(dir, "lessons/LL-2025-002-gebuehrenkalkulation-vor-dem-bericht-zur-vorteilhaftigkeit.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("category: finance", "category: finances"));
    const run = await runIkz(["--register", dir, "lessons", "Gebühren"]);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")[0]).toBe("Keine freigegebene Erfahrung zu „Gebühren“.");
    expect(run.stderr).toBe("Hinweis: 1 Erfahrungsdatei ist fehlerhaft und wurde nicht durchsucht – „ikz validate“ zeigt die Befunde.\n");
  });

  it("gives JSON with the query, scores, matched parts and the full recommendation", async () => {
    const run = await lessons("Gebühren", "--format", "json");
    expect(run.code).toBe(0);
    const data = JSON.parse(run.stdout) as JsonResult;
    expect(data.query).toEqual({ words: ["Gebühren"], terms: ["gebuehren"] });
    expect(data.count).toBe(1);
    const [hit] = data.lessons;
    expect(hit).toMatchObject({
      id: "LL-2025-002",
      title: "Gebührenkalkulation vor dem Bericht zur Vorteilhaftigkeit abstimmen",
      date: "2025-06-10",
      kind: "failure",
      category: "finance",
      project: { id: "IKZ-2023-003", title: "Gemeinsame Aufsicht über Geldspielgeräte in Gaststätten" },
      appliesTo: ["ordnungsbehoerde", "standesamt"],
      tags: ["gebuehren", "vorteilhaftigkeitspruefung"],
      // title 6 + tags 3 + text 1
      score: 10,
      matchedIn: ["title", "tags", "body"],
      recommendation: "Gebühren- und Kostenannahmen als eigenen Meilenstein vor dem Bericht mit allen Partnern abstimmen und im Bericht je Kommune ausweisen.",
      file: "lessons/LL-2025-002-gebuehrenkalkulation-vor-dem-bericht-zur-vorteilhaftigkeit.md",
    });
    const global = await runIkz(["--register", SAMPLE, "--json", "lessons", "Gebühren"]);
    expect(JSON.parse(global.stdout)).toEqual(data);
  });

  it("writes Markdown with the matches in bold", async () => {
    const run = await lessons("beschluss", "--format", "md");
    expect(run.code).toBe(0);
    await expect(run.stdout).toMatchFileSnapshot("./__snapshots__/lessons-beschluss.de.md");
    expect(run.stdout).toContain("### 2. **Gremienbeschlüsse** früh planen");
  });

  it("speaks English with --lang en", async () => {
    const run = await lessons("gremien", "--field", "vollstreckung", "--lang", "en");
    expect(run.code).toBe(0);
    await expect(run.stdout).toMatchFileSnapshot("./__snapshots__/lessons-gremien.en.txt");
    expect(run.stdout.split("\n")[0]).toBe("2 released lessons on 'gremien' · field of action Vollstreckung (best matches first)");
    expect(run.stdout).toContain("   LL-2024-001 · 15 Oct 2024 · success · methodical\n");
  });
});

describe("renderLessons", () => {
  it("cuts a long recommendation after three lines with …", () => {
    const long = Array.from({ length: 40 }, (_, i) => `Wort${i}`).join(" ");
    const result: LessonsResult = {
      query: { words: ["wort1"], terms: ["wort1"] },
      count: 1,
      lessons: [{ id: "LL-2025-001", title: "T", date: "2025-01-02", kind: "note", category: "staff", appliesTo: [], tags: [], score: 1, matchedIn: ["body"], recommendation: long, file: "lessons/LL-2025-001-t.md" }],
    };
    const text = renderLessons(result, "text", "de", plainStyler);
    const lines = text.split("\n").filter((l) => l.includes("Wort"));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^ {3}Empfehlung: Wort0 Wort1 /);
    expect(lines[2]).toMatch(/ …$/);
    expect(lines.every((l) => [...l].length <= 3 + 12 + 64)).toBe(true);
    // Markdown shows the same snippet on one line, the matching words in bold.
    expect(renderLessons(result, "md", "de", plainStyler)).toContain("> **Empfehlung:** Wort0 **Wort1** Wort2");
  });
});
