import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { git, removeTempDirs } from "../helpers/cli.js";
import { compileAll } from "../schema/fixtures.js";
import { ikz, makeRegister, type TestRegister } from "../write/register-repo.js";

afterAll(removeTempDirs);

let reg: TestRegister;
beforeAll(() => {
  reg = makeRegister("sample");
});

const csvRows = (text: string) => parse(text, { delimiter: ";", bom: true }) as string[][];

describe("ikz export register", () => {
  it("writes the whole register as Excel CSV to stdout: one row per project, German numbers and dates", async () => {
    const run = await ikz(reg, ["export", "register"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith("\uFEFFID;Titel;Handlungsfeld;Phase;")).toBe(true);
    const rows = csvRows(run.stdout);
    expect(rows).toHaveLength(1 + 14);
    const header = rows[0]!;
    const row = Object.fromEntries(header.map((h, i) => [h, rows.find((r) => r[0] === "IKZ-2023-002")![i]]));
    // From projects/IKZ-2023-002-…: 98 000 € planned on 520 000 € baseline = 18,846… % → 18,8; one-off 65 000 €.
    expect(row).toMatchObject({
      Titel: "Gemeinsame Vollstreckungsstelle Südkreis",
      Phase: "Regelbetrieb",
      Federführung: "Riedstadt",
      "Anzahl Beteiligte": "4",
      angelegt: "06.03.2023",
      "Einsparung geplant € / Jahr": "98000",
      "Ausgangskosten € / Jahr": "520000",
      "Einsparquote %": "18,8",
      "Einmalkosten €": "65000",
      Projektleitung: "Katrin Lehmann",
    });
    // M4 is due 31.12.2026 with a forecast of 31.03.2027: both as in JSON, the forecast never under "fällig".
    expect([row["nächster Meilenstein"], row["nächster Meilenstein fällig"], row["nächster Meilenstein Prognose"]]).toEqual(["M4 Übernommene Altrückstände unter 10 % des Jahressolls", "31.12.2026", "31.03.2027"]);
  });

  it("an edition without reports has no report columns, and says why; the council edition keeps them", async () => {
    const header = async (audience: string) => {
      const run = await ikz(reg, ["export", "register", "--audience", audience]);
      expect(run.code, run.stderr).toBe(0);
      return { header: csvRows(run.stdout)[0]! };
    };
    const publicEdition = await header("public");
    expect(publicEdition.header).not.toContain("letzter Bericht");
    expect(publicEdition.header).not.toContain("Ampel gesamt");
    const council = await header("council");
    expect(council.header).toContain("letzter Bericht");
    expect(council.header).toContain("Ampel gesamt");
    // CSV stays a plain table; the workbook says why under it.
    const out = join(reg.dir, "oeffentlich.xlsx");
    expect((await ikz(reg, ["export", "register", "--audience", "public", "--out", out])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const texts: string[] = [];
    wb.getWorksheet("Projekte")!.eachRow((row) => texts.push(String(row.getCell(1).value)));
    rmSync(out);
    expect(texts.at(-1)).toContain("Projektberichte gehen an Gremien und Verwaltungen, nicht an die Öffentlichkeit");
    const json = JSON.parse((await ikz(reg, ["export", "register", "--audience", "public", "--format", "json"])).stdout) as { reportsWithheld?: boolean };
    expect(json.reportsWithheld).toBe(true);
    const validate = compileAll().ajv.getSchema("https://ikz.example/schemas/register-export.schema.json")!;
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(JSON.parse((await ikz(reg, ["export", "register", "--audience", "council", "--format", "json"])).stdout)).not.toHaveProperty("reportsWithheld");
  });

  it("writes JSON that matches schemas/register-export.schema.json, with the commit it was read from", async () => {
    const run = await ikz(reg, ["export", "register", "--format", "json"]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { source: { commit: string }; projects: Array<{ id: string; savings_rate_pct?: number }> };
    const validate = compileAll().ajv.getSchema("https://ikz.example/schemas/register-export.schema.json")!;
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.source.commit).toBe(git(reg.dir, "rev-parse", "HEAD"));
    expect(json.projects).toHaveLength(14);
    expect(json.projects.find((p) => p.id === "IKZ-2023-002")!.savings_rate_pct).toBe(18.8);
  });

  it("writes XLSX only with --out, refuses to overwrite it without --force, and gives the same bytes twice", async () => {
    const first = await ikz(reg, ["export", "register", "--format", "xlsx", "--out", "register.xlsx"]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain("register.xlsx");
    const again = await ikz(reg, ["export", "register", "--format", "xlsx", "--out", "register.xlsx"]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/register\.xlsx gibt es schon – mit --force überschreiben/);
    const forced = await ikz(reg, ["export", "register", "--format", "xlsx", "--out", "register.xlsx", "--force", "-q"]);
    expect([forced.code, forced.stderr]).toEqual([0, ""]);
    await ikz(reg, ["export", "register", "--format", "xlsx", "--out", "second.xlsx"]);
    expect(readFileSync(join(reg.dir, "second.xlsx")).equals(readFileSync(join(reg.dir, "register.xlsx")))).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(reg.dir, "register.xlsx")) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(["Übersicht", "Projekte"]);
    const sheet = wb.getWorksheet("Projekte")!;
    expect(sheet.rowCount).toBeGreaterThanOrEqual(15);
    const rate = (sheet.getRow(1).values as unknown[]).indexOf("Einsparquote");
    const row = sheet.getRow(3); // IKZ-2023-002: second project by id
    expect(row.getCell(1).value).toBe("IKZ-2023-002");
    expect(row.getCell(rate).value).toBeCloseTo(0.188, 10);
    expect(row.getCell(rate).numFmt).toBe("0.0 %");
  });

  it("--as-of shows the register as committed then", async () => {
    const file = join(reg.dir, "projects/IKZ-2023-002-gemeinsame-vollstreckungsstelle-suedkreis.md");
    const before = git(reg.dir, "rev-parse", "HEAD");
    writeFileSync(file, readFileSync(file, "utf8").replace("title: Gemeinsame Vollstreckungsstelle Südkreis", "title: Vollstreckung Süd (neu)"));
    git(reg.dir, "commit", "-qam", "retitle");
    const now = csvRows((await ikz(reg, ["export", "register"])).stdout);
    const then = await ikz(reg, ["export", "register", "--as-of", before, "--format", "json"]);
    expect(now.find((r) => r[0] === "IKZ-2023-002")![1]).toBe("Vollstreckung Süd (neu)");
    const json = JSON.parse(then.stdout) as { source: { commit: string }; projects: Array<{ id: string; title: string }> };
    expect(json.source.commit).toBe(before);
    expect(json.projects.find((p) => p.id === "IKZ-2023-002")!.title).toBe("Gemeinsame Vollstreckungsstelle Südkreis");
  });
});

describe("ikz export register with a broken record", () => {
  it("says on stderr that a project failing its schema is left out, instead of a silent gap", async () => {
    const broken = join(reg.dir, "projects/IKZ-2026-099-kaputt.md");
    writeFileSync(broken, "---\nid: IKZ-2026-099\nfield: digitalisierung\nphase: idea\ncreated: 2026-01-05\n---\n");
    try {
      const run = await ikz(reg, ["export", "register"]);
      expect(run.code).toBe(0);
      expect(run.stderr).toBe("ikz: 1 Datensatz mit Fehlern nicht berücksichtigt – „ikz validate“ zeigt ihn\n");
      const rows = csvRows(run.stdout);
      // Header, 14 projects, then after an empty row the notes: uncommitted changes (the new file) and the file left out.
      expect(rows.filter((r) => /^IKZ-/.test(r[0]!))).toHaveLength(14);
      expect(rows.slice(-3).map((r) => r[0])).toEqual(["", expect.stringContaining("nicht übernommen"), expect.stringContaining("projects/IKZ-2026-099-kaputt.md")]);
    } finally {
      rmSync(broken);
    }
  });

  it("the controlling summary and the fact sheet say so too: their figures rest on the records that could be read", async () => {
    const own = makeRegister("sample");
    writeFileSync(join(own.dir, "projects/IKZ-2026-099-kaputt.md"), "---\nid: IKZ-2026-099\nfield: digitalisierung\nphase: idea\ncreated: 2026-01-05\n---\n");
    git(own.dir, "add", "-A");
    git(own.dir, "commit", "-qm", "broken project");
    // The controlling summary reads the committed state (the quarter's end or HEAD): the warning names the file and
    // the commit, as validate checks only the working tree. The fact sheet reads the working tree.
    const head = git(own.dir, "rev-parse", "HEAD").trim().slice(0, 10);
    const warnings: Array<[string[], RegExp]> = [
      [["export", "controlling", "--quarter", "2026-Q4"], new RegExp(`^ikz: 1 Datensatz mit Fehlern im Stand ${head} \\(\\d{2}\\.\\d{2}\\.\\d{4}\\) nicht berücksichtigt: projects/IKZ-2026-099-kaputt\\.md\\n$`)],
      [["export", "municipality", "raunheim"], /^ikz: 1 Datensatz mit Fehlern nicht berücksichtigt – „ikz validate“ zeigt ihn\n$/],
    ];
    for (const [args, warning] of warnings) {
      const run = await ikz(own, args);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toMatch(warning);
    }
  });
});

describe("ikz export municipality", () => {
  it("prints the fact sheet for a municipality's council as Markdown, by id or name", async () => {
    const run = await ikz(reg, ["export", "municipality", "Raunheim"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^# IKZ-Steckbrief Raunheim\n/);
    expect(run.stdout).toContain("Information für die Stadtverordnetenversammlung");
    expect(run.stdout).toContain("| IKZ-2023-001 | Gemeinsame Beschaffung von Feuerwehrausrüstung |");
    // 12 % of 96 000 € planned savings (cost share of Raunheim in IKZ-2023-001).
    expect(run.stdout).toContain("| 12 % | 96.000 € | 11.520 € |");
    expect(run.stdout).toContain("m.goetz@raunheim.de");
  });

  it("writes HTML with --out", async () => {
    const run = await ikz(reg, ["export", "municipality", "trebur", "--format", "html", "--out", "trebur.html", "--lang", "en"]);
    expect(run.code, run.stderr).toBe(0);
    const html = readFileSync(join(reg.dir, "trebur.html"), "utf8");
    expect(html).toContain("IKZ fact sheet Trebur");
    expect(html).toContain("municipal council");
  });

  it("an unknown municipality is a usage error with a suggestion", async () => {
    const run = await ikz(reg, ["export", "municipality", "raunhiem"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unbekannte Kommune „raunhiem“ – meinten Sie „raunheim“?");
    expect(run.stdout).toBe("");
  });
});
