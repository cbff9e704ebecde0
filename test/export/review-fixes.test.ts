// Review findings on the exports, each run on a dated Git copy of the sample register through the built CLI.
import { appendFileSync, cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import { datedRepo, makeTempDir, removeTempDirs, runIkz, type DatedRepo } from "../helpers/cli.js";
import { compileAll } from "../schema/fixtures.js";
import { SAMPLE_DIR } from "../write/register-repo.js";

afterAll(removeTempDirs);

/** The sample register in a fresh repository, committed on 15 Sep 2026 (inside 2026-Q3, long before today). */
function sampleRepo(change?: (dir: string) => void): DatedRepo {
  const dir = makeTempDir();
  cpSync(SAMPLE_DIR, dir, { recursive: true });
  change?.(dir);
  const repo = datedRepo(dir);
  repo.git("2026-09-15T10:00:00+02:00", "add", "-A");
  repo.git("2026-09-15T10:00:00+02:00", "commit", "-q", "-m", "register");
  return repo;
}

const BROKEN = "projects/IKZ-2024-002-interkommunale-klimaschutzstelle.md";
const breakProject = (dir: string) => {
  const file = join(dir, BROKEN);
  writeFileSync(file, readFileSync(file, "utf8").replace(/^phase: .*$/m, "phase: bogus"));
};

const ikz = (repo: DatedRepo, args: string[]) => runIkz(["--register", repo.dir, ...args], { cwd: repo.dir, env: repo.env });
const csvRows = (text: string) => parse(text, { delimiter: ";", bom: true }) as string[][];
const schema = (name: string) => compileAll().ajv.getSchema(`https://ikz.example/schemas/${name}.schema.json`)!;

describe("records left out for errors are named inside every export, not only on stderr", () => {
  const repo = sampleRepo(breakProject);
  const note = `Achtung: 1 Datensatz mit Fehlern fehlt in diesen Zahlen: ${BROKEN}`;

  it("register: CSV says so under the table, JSON has source.skipped (schema-valid); exit 0 with the stderr warning", async () => {
    const csv = await ikz(repo, ["export", "register"]);
    expect(csv.code, csv.stderr).toBe(0);
    expect(csv.stderr).toContain("1 Datensatz mit Fehlern nicht berücksichtigt");
    const rows = csvRows(csv.stdout);
    expect(rows.filter((r) => /^IKZ-/.test(r[0]!))).toHaveLength(13);
    expect(rows.at(-2)!.every((c) => c === "")).toBe(true);
    expect(rows.at(-1)![0]).toContain(note);
    const json = await ikz(repo, ["export", "register", "--format", "json"]);
    const data = JSON.parse(json.stdout) as { source: { skipped?: string[] } };
    expect(data.source.skipped).toEqual([BROKEN]);
    const validate = schema("register-export");
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it("controlling: Markdown and HTML carry the note by the Datenstand line, JSON has source.end.skipped (schema-valid)", async () => {
    const md = await ikz(repo, ["export", "controlling", "--quarter", "2026-Q3"]);
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toMatch(new RegExp(`> Datenstand: .*\\n> ${note.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
    const html = await ikz(repo, ["export", "controlling", "--quarter", "2026-Q3", "--format", "html"]);
    expect(html.stdout).toContain(`<div class="source"><p>Datenstand:`);
    expect(html.stdout).toContain(note);
    const json = await ikz(repo, ["export", "controlling", "--quarter", "2026-Q3", "--format", "json"]);
    const data = JSON.parse(json.stdout) as { source: { end: { skipped?: string[] } } };
    expect(data.source.end.skipped).toEqual([BROKEN]);
    const validate = schema("controlling");
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it("municipality fact sheet: the note stands under the Datenstand line", async () => {
    const run = await ikz(repo, ["export", "municipality", "trebur"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(note);
  });
});

describe("records that break a register rule are in the figures, and every output says so", () => {
  const FLAWED = "projects/IKZ-2024-004-erweiterung-der-zentralen-beschaffungsstelle-um-bau-und.md";
  // A hand edit of the phase that no decision explains (IKZ-LC-001): schema-valid, so the project is counted.
  const repo = sampleRepo((dir) => {
    const file = join(dir, FLAWED);
    writeFileSync(file, readFileSync(file, "utf8").replace(/^phase: proposal$/m, "phase: councils"));
  });
  const note = `Achtung: 1 Datensatz in diesen Zahlen verstößt gegen eine Regel des Prozesses, seine Angaben können falsch sein: ${FLAWED}`;
  const warning = `ikz: 1 Datensatz verstößt gegen eine Regel des Prozesses und ist trotzdem enthalten – was davon angezeigt wird, kann falsch sein; „ikz validate“ zeigt den Fehler: ${FLAWED}\n`;

  it("status and list name the file on stderr; validate has the finding", async () => {
    const status = await ikz(repo, ["status"]);
    expect(status.code, status.stderr).toBe(0);
    expect(status.stderr).toBe(warning);
    const list = await ikz(repo, ["list", "projects"]);
    expect(list.stderr).toBe(warning);
    expect((await ikz(repo, ["list", "lessons"])).stderr).toBe("");
    const validate = await ikz(repo, ["validate", "--format", "json"]);
    expect(JSON.parse(validate.stdout).findings.map((f: { code: string; file: string }) => `${f.code} ${f.file}`)).toContain(`IKZ-LC-001 ${FLAWED}`);
  });

  it("controlling and register exports carry the note; their JSON has source.flawed (schema-valid)", async () => {
    const md = await ikz(repo, ["export", "controlling", "--quarter", "2026-Q3"]);
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toContain(`> ${note}`);
    expect(md.stderr).toContain(`im Stand `);
    const json = await ikz(repo, ["export", "controlling", "--quarter", "2026-Q3", "--format", "json"]);
    const data = JSON.parse(json.stdout) as { source: { end: { flawed?: string[]; skipped?: string[] } } };
    expect(data.source.end).toMatchObject({ flawed: [FLAWED] });
    expect(data.source.end.skipped).toBeUndefined();
    const controlling = schema("controlling");
    expect(controlling(data), JSON.stringify(controlling.errors)).toBe(true);
    const csv = await ikz(repo, ["export", "register"]);
    expect(csvRows(csv.stdout).at(-1)![0]).toContain(note);
    const register = JSON.parse((await ikz(repo, ["export", "register", "--format", "json"])).stdout) as { source: { flawed?: string[] } };
    expect(register.source.flawed).toEqual([FLAWED]);
    const registerSchema = schema("register-export");
    expect(registerSchema(register), JSON.stringify(registerSchema.errors)).toBe(true);
    expect((await ikz(repo, ["export", "municipality", "gross-gerau", "--format", "md"])).stdout).toContain(note);
  });

  it("a clean register says nothing and its exports have no such field", async () => {
    const clean = sampleRepo();
    expect((await ikz(clean, ["status"])).stderr).toBe("");
    const data = JSON.parse((await ikz(clean, ["export", "register", "--format", "json"])).stdout) as { source: object };
    expect(data.source).not.toHaveProperty("flawed");
  });
});

describe("the controlling summary carries what is still open from earlier quarters", () => {
  it("reports missing since before the quarter are in 'Handlungsbedarf' and its JSON, as `ikz check` has them at the quarter's end", async () => {
    const repo = sampleRepo();
    const md = await ikz(repo, ["export", "controlling", "--quarter", "2026-Q3"]);
    expect(md.code, md.stderr).toBe(0);
    const attention = md.stdout.slice(md.stdout.indexOf("### Handlungsbedarf"), md.stdout.indexOf("## Portfolio"));
    expect(attention).not.toContain("Kein Handlungsbedarf");
    const json = JSON.parse((await ikz(repo, ["export", "controlling", "--quarter", "2026-Q3", "--format", "json"])).stdout) as { watch: { carriedReports: Array<{ project: string; period: string }> } };
    const check = JSON.parse((await ikz(repo, ["check", "--format", "json", "--as-of", "2026-09-30"])).stdout) as { findings: Array<{ code: string; message: string }> };
    // IKZ-CHK-003: "Quartalsbericht 2024-Q4 fehlt … ikz report new IKZ-2023-002 --period 2024-Q4 …"
    const missing = check.findings.filter((f) => f.code === "IKZ-CHK-003").map((f) => /report new (\S+) --period (\d{4}-Q\d)/.exec(f.message)!.slice(1, 3).join(" "));
    const carried = json.watch.carriedReports.map((r) => `${r.project} ${r.period}`);
    expect(carried.length).toBeGreaterThan(0);
    expect(carried.sort()).toEqual(missing.filter((m) => !m.endsWith("2026-Q2")).sort());
    for (const r of json.watch.carriedReports) expect(attention).toContain(`Quartalsbericht ${r.period} fehlt`);
    const validate = schema("controlling");
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe("uncommitted changes and the fact sheet's date", () => {
  it("without --as-of the fact sheet is dated by its commit: 'Stand: 15.09.2026', the same bytes on any day", async () => {
    const repo = sampleRepo();
    const run = await ikz(repo, ["export", "municipality", "trebur"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("Stand: 15.09.2026.");
    expect(run.stdout).toContain("Commit");
    expect(run.stdout).not.toContain("nicht übernommen");
  });

  it("after an uncommitted edit md, html, csv say so in the Datenstand line; the fact sheet is then dated today", async () => {
    const repo = sampleRepo();
    const file = join(repo.dir, "projects/IKZ-2023-002-gemeinsame-vollstreckungsstelle-suedkreis.md");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^savings_planned_eur: .*$/m, "savings_planned_eur: 111111"));
    const md = await ikz(repo, ["export", "municipality", "riedstadt"]);
    expect(md.stdout).toMatch(/> Datenstand: Register „[^“]+“, Commit [0-9a-f]{12} vom 15\.09\.2026, 10:00 Uhr mit nicht übernommenen Änderungen/);
    expect(md.stdout).not.toContain("Stand: 15.09.2026.");
    const html = await ikz(repo, ["export", "municipality", "riedstadt", "--format", "html"]);
    expect(html.stdout).toContain("mit nicht übernommenen Änderungen</p>");
    const csv = await ikz(repo, ["export", "register"]);
    expect(csv.code, csv.stderr).toBe(0);
    expect(csvRows(csv.stdout).at(-1)![0]).toContain("noch nicht übernommen (committet)");
  });
});

describe("the format follows the extension of --out unless --format is given", () => {
  const repo = sampleRepo();

  it("--out reg.xlsx writes XLSX, --out c.json writes JSON, --out t.html writes HTML", async () => {
    const xlsx = await ikz(repo, ["export", "register", "--out", "reg.xlsx"]);
    expect(xlsx.code, xlsx.stderr).toBe(0);
    expect(readFileSync(join(repo.dir, "reg.xlsx")).subarray(0, 2).toString("latin1")).toBe("PK");
    const json = await ikz(repo, ["export", "controlling", "--quarter", "2026-Q3", "--out", "c.json"]);
    expect(json.code, json.stderr).toBe(0);
    expect((JSON.parse(readFileSync(join(repo.dir, "c.json"), "utf8")) as { kind: string }).kind).toBe("controlling");
    const html = await ikz(repo, ["export", "municipality", "trebur", "--out", "t.html"]);
    expect(html.code, html.stderr).toBe(0);
    expect(readFileSync(join(repo.dir, "t.html"), "utf8")).toMatch(/^<!DOCTYPE html>/);
  });

  it("--format contradicting the extension, or an extension the export cannot write, is a usage error naming both", async () => {
    const mismatch = await ikz(repo, ["export", "register", "--format", "csv", "--out", "r.xlsx"]);
    expect(mismatch.code).toBe(2);
    expect(mismatch.stderr).toContain("--format csv passt nicht zu --out r.xlsx");
    const controlling = await ikz(repo, ["export", "controlling", "--quarter", "2026-Q3", "--format", "md", "--out", "c.html"]);
    expect(controlling.code).toBe(2);
    const unsupported = await ikz(repo, ["export", "municipality", "trebur", "--out", "t.xlsx"]);
    expect(unsupported.code).toBe(2);
    expect(unsupported.stderr).toContain("--out t.xlsx: dieser Export kann kein XLSX – möglich: md, html");
  });
});

describe("withheld meetings in the council and public controlling editions", () => {
  const repo = sampleRepo();

  it("the internal edition counts the quarter's meeting; council and public say meetings are not part of the edition", async () => {
    const internal = await ikz(repo, ["export", "controlling", "--quarter", "2026-Q3"]);
    expect(internal.stdout).toMatch(/- \*\*Sitzungen im Quartal:\*\* [1-9]/);
    for (const audience of ["council", "public"]) {
      const run = await ikz(repo, ["export", "controlling", "--quarter", "2026-Q3", "--audience", audience]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).not.toContain("Sitzungen im Quartal");
      expect(run.stdout).not.toContain("### Sitzungen der Lenkungsgruppe");
      expect(run.stdout).toContain("Zahl und Liste der Sitzungen sind nicht Teil dieser Fassung");
      const json = await ikz(repo, ["export", "controlling", "--quarter", "2026-Q3", "--audience", audience, "--format", "json"]);
      const data = JSON.parse(json.stdout) as { meetingsWithheld?: boolean };
      expect(data.meetingsWithheld).toBe(true);
      const validate = schema("controlling");
      expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    }
  });
});

describe("a broken ikz.yaml stops the reading commands", () => {
  const repo = sampleRepo();
  appendFileSync(join(repo.dir, "ikz.yaml"), "name: [\n");

  it("status, list, show, check and the exports refuse with exit 1 and the place; validate reports the YAML error", async () => {
    for (const args of [["status"], ["list"], ["show", "IKZ-2023-002"], ["check"], ["export", "register"], ["export", "municipality", "trebur"]]) {
      const run = await ikz(repo, args);
      expect(run.code, args.join(" ")).toBe(1);
      expect(run.stderr, args.join(" ")).toMatch(/ikz\.yaml ist ungültig \(ikz\.yaml:\d+:\d+\) .*„ikz validate“ zeigt die Stelle/);
      expect(run.stdout, args.join(" ")).toBe("");
    }
    const validate = await ikz(repo, ["validate"]);
    expect(validate.code).toBe(1);
    expect(validate.stdout).toMatch(/^ikz\.yaml:\d+:\d+: Fehler IKZ-YAML-/m);
  });

  it("the controlling summary refuses a broken ikz.yaml committed at the quarter's end", async () => {
    repo.git("2026-09-20T10:00:00+02:00", "commit", "-q", "-am", "broken config");
    const run = await ikz(repo, ["export", "controlling", "--quarter", "2026-Q3"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("ikz.yaml ist ungültig");
  });
});

describe("a cancelled project's grant is left out of the funding sums in the fact sheet, the controlling summary and ikz status alike", () => {
  // The cancelled IKZ-2025-003 (lead Gernsheim) had 75 000 € paid out: it may have to be repaid.
  const repo = sampleRepo((dir) => {
    const file = join(dir, "projects/IKZ-2025-003-gemeinsame-kasse-und-zentraler-zahlungsverkehr-suedkreis.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("sample: true\n", "funding:\n  - program: hessen-ikz\n    status: paid\n    amount_eur: 75000\n    date: 2025-06-01\nsample: true\n"));
  });

  it("the sheet counts the grants of projects not cancelled and shows the cancelled one apart; the summary and status agree", async () => {
    const sheet = await ikz(repo, ["export", "municipality", "gernsheim"]);
    expect(sheet.code, sheet.stderr).toBe(0);
    // The grants of Gernsheim's other projects (375 000 € with the cancelled one before).
    expect(sheet.stdout).toContain("- **Förderung bewilligt für diese Projekte (gesamt):** 300.000 €\n");
    // Paid, not only granted: the label says both, as the controlling summary's and ikz status's do.
    expect(sheet.stdout).toContain("- **Förderung abgebrochener Projekte (bewilligt oder ausgezahlt, nicht mitgezählt – Rückforderung möglich):** 75.000 €\n");
    expect(sheet.stdout).toContain("| IKZ-2025-003 | Gemeinsame Kasse und zentraler Zahlungsverkehr Südkreis | Rahmenvereinbarung IKZ des Landes Hessen | ausgezahlt (Projekt abgebrochen) | 75.000 € |");
    const controlling = await ikz(repo, ["export", "controlling", "--quarter", "2026-Q3", "--format", "json"]);
    expect(controlling.code, controlling.stderr).toBe(0);
    const doc = JSON.parse(controlling.stdout) as { money: { funding: Array<{ status: string; eur: number }>; fundingCancelled: { count: number; eur: number } } };
    expect(schema("controlling")(doc), JSON.stringify(schema("controlling").errors)).toBe(true);
    expect(doc.money.fundingCancelled).toEqual({ count: 1, eur: 75_000 });
    const md = await ikz(repo, ["export", "controlling", "--quarter", "2026-Q3", "--section", "money"]);
    expect(md.stdout).toContain("Förderung abgebrochener Projekte (bewilligt oder ausgezahlt, nicht mitgezählt – Rückforderung möglich):** 75.000 €");
    const status = JSON.parse((await ikz(repo, ["status", "--as-of", "2026-09-15", "--format", "json"])).stdout) as { funding: { paid: { eur: number }; cancelled: { count: number; eur: number } } };
    expect(status.funding.cancelled).toEqual({ count: 1, eur: 75_000 });
    expect(status.funding.paid.eur).toBe(doc.money.funding.find((f) => f.status === "paid")!.eur);
    // The status table's own "bewilligt" row leaves "ausgezahlt" out; the cancelled row holds both and says so.
    const text = (await ikz(repo, ["status", "--as-of", "2026-09-15", "--no-color"])).stdout;
    expect(text).toMatch(/bewilligt oder ausgezahlt, Projekt abgebrochen +1 +75\.000 €/);
    const en = (await ikz(repo, ["status", "--as-of", "2026-09-15", "--no-color", "--lang", "en"])).stdout;
    expect(en).toMatch(/granted or paid, project cancelled +1 +€?75,000/);
  });
});
