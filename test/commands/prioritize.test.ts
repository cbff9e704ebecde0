import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURES_DIR, makeTempDir, removeTempDirs, runIkz } from "../helpers/cli.js";
import { ikz as ikzIn } from "../write/register-repo.js";
import { MEETING, editFile, sampleRepo } from "./decide-helpers.js";

const SAMPLE = fileURLToPath(new URL("../../register/", import.meta.url));

afterAll(removeTempDirs);

/** Runs the built ikz on a register (colour off, German unless --lang says otherwise). */
const ikz = (register: string, ...args: string[]) => runIkz(["--register", register, ...args]);

/** A copy of a register with some files edited: replacements are [file, from, to]. */
function editedCopy(from: string, edits: Array<[string, string, string]>): string {
  const dir = makeTempDir();
  cpSync(from, dir, { recursive: true });
  for (const [file, search, replace] of edits) {
    const path = join(dir, file);
    const text = readFileSync(path, "utf8");
    if (!text.includes(search)) throw new Error(`${file} does not contain ${search}`);
    writeFileSync(path, text.replace(search, replace));
  }
  return dir;
}

const ORDNUNGSDIENST = "projects/IKZ-2026-001-gemeinsamer-kommunaler-ordnungsdienst-mittelkreis.md";
const E_AKTE = "projects/IKZ-2025-004-gemeinsame-e-akte-und-digitaler-posteingang.md";

describe("ikz prioritize on the sample register", () => {
  it("prints the ranking as a table with the criteria of ikz.yaml as columns", async () => {
    const run = await ikz(SAMPLE, "prioritize");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    await expect(run.stdout).toMatchFileSnapshot("./__snapshots__/prioritize-table.de.txt");
    for (const name of ["Wirtschaftlichkeit", "Umsetzbarkeit", "Förderfähigkeit"]) expect(run.stdout).toContain(name);
    expect(run.stdout).not.toMatch(/\x1b\[/);
    // 3×35/5 + 5×20/5 + 3×20/5 + 3×15/5 + 4×10/5 = 21 + 20 + 12 + 9 + 8 = 70
    expect(run.stdout).toMatch(/ {3}1 {2}IKZ-2026-001 +21 +20 +12 +9 +8 +70\n/);
    // 3×35/5 + 4×20/5 + 3×20/5 + 4×15/5 + 3×10/5 = 21 + 16 + 12 + 12 + 6 = 67
    expect(run.stdout).toMatch(/ {3}2 {2}IKZ-2025-004 +21 +16 +12 +12 +6 +67\n/);
    expect(run.stdout).toContain("→ für die Priorisierung fehlt: Federführung");
    expect(run.stdout).toContain("→ für den Projektauftrag fehlt: Projektleitung, ein Meilenstein");
  });

  it("speaks English with --lang en", async () => {
    const run = await ikz(SAMPLE, "prioritize", "--lang", "en");
    expect(run.code).toBe(0);
    await expect(run.stdout).toMatchFileSnapshot("./__snapshots__/prioritize-table.en.txt");
    expect(run.stdout).toContain("prioritisation needs: a lead municipality");
  });

  it("writes Markdown with a table and a Mermaid bar chart of the totals", async () => {
    const run = await ikz(SAMPLE, "prioritize", "--format", "md");
    expect(run.code).toBe(0);
    await expect(run.stdout).toMatchFileSnapshot("./__snapshots__/prioritize.de.md");
    expect(run.stdout).toContain("| Rang | Projekt | Titel | Phase | Interessiert | Wirtschaftlichkeit (35 %) |");
    expect(run.stdout).toContain('```mermaid\nxychart-beta\n  title "Gewichtete Punktzahl (0–100)"\n  x-axis ["IKZ-2026-001", "IKZ-2025-004"]\n  y-axis "Punkte" 0 --> 100\n  bar [70, 67]\n```\n');
  });

  it("keeps Markdown in a title as text in the Markdown table, as ikz status --format md does", async () => {
    const dir = editedCopy(SAMPLE, [[ORDNUNGSDIENST, "title: Gemeinsamer kommunaler Ordnungsdienst Mittelkreis", 'title: "Ordnungsdienst | Mitte *neu* <b>x</b> [Link](http://x)"']]);
    const run = await ikz(dir, "prioritize", "--format", "md");
    expect(run.stdout).toContain("| IKZ-2026-001 | Ordnungsdienst \\| Mitte \\*neu\\* \\<b\\>x\\</b\\> \\[Link\\](http://x) |");
    const status = await ikz(dir, "status", "--format", "md");
    expect(status.stdout).toContain("| IKZ-2026-001 | Ordnungsdienst \\| Mitte \\*neu\\* \\<b\\>x\\</b\\> \\[Link\\](http://x) |");
  });

  it("gives the same data as JSON, with --format json or --json", async () => {
    const run = await ikz(SAMPLE, "prioritize", "--format", "json");
    expect(run.code).toBe(0);
    const data = JSON.parse(run.stdout);
    expect(data.weightTotal).toBe(100);
    expect(data.criteria.map((c: { id: string; weight: number }) => `${c.id}:${c.weight}`)).toEqual(["wirtschaftlichkeit:35", "buergernutzen:20", "umsetzbarkeit:20", "anzahl-partner:15", "foerderfaehigkeit:10"]);
    expect(data.ready).toEqual([]);
    expect(data.projects).toHaveLength(2);
    expect(data.projects[0]).toEqual({
      rank: 1,
      id: "IKZ-2026-001",
      title: "Gemeinsamer kommunaler Ordnungsdienst Mittelkreis",
      phase: "interest",
      field: "ordnungsbehoerde",
      total: 70,
      contributions: [
        { criterion: "wirtschaftlichkeit", score: 3, points: 21 },
        { criterion: "buergernutzen", score: 5, points: 20 },
        { criterion: "umsetzbarkeit", score: 3, points: 12 },
        { criterion: "anzahl-partner", score: 3, points: 9 },
        { criterion: "foerderfaehigkeit", score: 4, points: 8 },
      ],
      missingScores: [],
      interested: 3,
      next: { decision: "prioritize", ready: false, gaps: [{ what: "lead" }] },
    });
    expect(data.projects[1].next).toEqual({ decision: "mandate", ready: false, gaps: [{ what: "project_manager" }, { what: "milestones" }] });
    const global = await ikz(SAMPLE, "--json", "prioritize");
    expect(JSON.parse(global.stdout)).toEqual(data);
  });
});

describe("ikz prioritize: missing scores, ready projects, no criteria", () => {
  it("marks a project with missing scores, counts them 0 and says which project is ready", async () => {
    const dir = editedCopy(SAMPLE, [
      [E_AKTE, "  wirtschaftlichkeit: 3\n", ""],
      [E_AKTE, "  foerderfaehigkeit: 3\n", ""],
      [ORDNUNGSDIENST, "created: 2026-02-09\n", "created: 2026-02-09\nlead: gross-gerau\nparticipants:\n  - municipality: gross-gerau\n    role: lead\n"],
    ]);
    const run = await ikz(dir, "prioritize");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    await expect(run.stdout).toMatchFileSnapshot("./__snapshots__/prioritize-missing.de.txt");
    // 0 + 16 + 12 + 12 + 0 = 40
    expect(run.stdout).toMatch(/ {2}2\* {2}IKZ-2025-004 +– +16 +12 +12 +– +40\n/);
    expect(run.stdout).toContain("* Bewertung unvollständig – fehlende Kriterien zählen 0 Punkte: IKZ-2025-004 (Wirtschaftlichkeit, Förderfähigkeit)");
    expect(run.stdout).toContain("→ Priorisierung beschließen");
    expect(run.stdout).toContain("Beschlussreif für die nächste Sitzung der Lenkungsgruppe: IKZ-2026-001 (Priorisierung)");
    const json = JSON.parse((await ikz(dir, "prioritize", "--format", "json")).stdout);
    expect(json.projects[1].missingScores).toEqual(["wirtschaftlichkeit", "foerderfaehigkeit"]);
    expect(json.ready).toEqual(["IKZ-2026-001"]);
  });

  it("leaves a project with schema errors out of the ranking and says so on stderr", async () => {
    const dir = editedCopy(SAMPLE, [[E_AKTE, "  wirtschaftlichkeit: 3\n", "  wirtschaftlichkeit: 7\n"]]);
    const run = await ikz(dir, "prioritize");
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain("IKZ-2025-004");
    expect(run.stdout).toContain("1 Projekt in Interessenbekundung oder Priorisiert");
    expect(run.stderr).toBe("Hinweis: 1 Projektdatei ist fehlerhaft und fehlt in der Rangfolge – „ikz validate“ zeigt die Befunde.\n");
    expect((await ikz(dir, "--quiet", "prioritize")).stderr).toBe("");
  });

  it("warns when the weights do not add up to 100", async () => {
    const dir = editedCopy(SAMPLE, [["ikz.yaml", "    weight: 10\n", "    weight: 5\n"]]);
    const run = await ikz(dir, "prioritize");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Achtung: Die Gewichte in ikz.yaml ergeben 95 statt 100");
  });

  it("says so when no project waits for prioritisation", async () => {
    const run = await ikz(join(FIXTURES_DIR, "minimal-register"), "prioritize");
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("Priorisierung der IKZ-Projekte\nKein Projekt in Interessenbekundung oder Priorisiert – zurzeit gibt es nichts zu priorisieren.\n");
  });

  it("refuses with exit 1 and an example when ikz.yaml has no criteria", async () => {
    const sample = readFileSync(join(SAMPLE, "ikz.yaml"), "utf8");
    const criteria = sample.slice(sample.indexOf("priority_criteria:"), sample.indexOf("\n# Quartalsberichte"));
    const dir = editedCopy(SAMPLE, [["ikz.yaml", criteria, ""]]);
    const run = await ikz(dir, "prioritize");
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("ikz.yaml nennt keine Priorisierungskriterien");
    expect(run.stderr).toContain("priority_criteria");
  });
});

describe("ikz prioritize and the guard of ikz decide read undated interest alike", () => {
  it("an undated withdrawal below a dated interest: both say ready, and the decision passes", async () => {
    // Groß-Gerau and Büttelborn declared interest in May 2026; undated withdrawals were typed in below by hand. An
    // undated entry is older than any dated one, so the dated interest stands for ranking, agenda and guard alike.
    const reg = sampleRepo((dir) =>
      editFile(dir, ORDNUNGSDIENST, [
        { op: "push", path: ["interest"], value: { municipality: "gross-gerau", level: "declined" } },
        { op: "push", path: ["interest"], value: { municipality: "buettelborn", level: "declined" } },
        { op: "set", path: ["lead"], value: "trebur" },
        { op: "set", path: ["participants"], value: [{ municipality: "trebur", role: "lead" }] },
      ]),
    );
    const ranking = JSON.parse((await ikzIn(reg, ["prioritize", "--format", "json"])).stdout) as { ready: string[]; projects: Array<{ id: string; interested: number }> };
    expect(ranking.projects.find((p) => p.id === "IKZ-2026-001")?.interested).toBe(3);
    expect(ranking.ready).toContain("IKZ-2026-001");
    const status = JSON.parse((await ikzIn(reg, ["status", "--format", "json"])).stdout) as { waiting: Array<{ project: string; decisionType: string }> };
    expect(status.waiting).toContainEqual(expect.objectContaining({ project: "IKZ-2026-001", decisionType: "prioritize" }));
    const decided = await ikzIn(reg, ["decide", "IKZ-2026-001", "--type", "prioritize", "--outcome", "approved", "--meeting", MEETING, "--votes", "6:0:0"]);
    expect(decided.code, decided.stderr).toBe(0);
  });
});
