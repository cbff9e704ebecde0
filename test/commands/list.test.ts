import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { displayWidth } from "../../src/render/table.js";
import { makeTempDir, removeTempDirs, runIkz, type RunResult } from "../helpers/cli.js";
import { readRecord, SAMPLE_REGISTER, sampleCopy } from "../helpers/records.js";

afterAll(removeTempDirs);

const ikz = (dir: string, ...args: string[]): Promise<RunResult> => runIkz(["--register", dir, ...args], { cwd: dir, env: { HOME: makeTempDir() } });

/** Front matter of every record in a folder of the sample register. */
function sampleRecords(folder: string): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name.endsWith(".md") && entry.name !== "README.md") out.push(readRecord(join(dir, entry.name)).data);
    }
  };
  walk(join(SAMPLE_REGISTER, folder));
  return out;
}

const ids = (run: RunResult) => (JSON.parse(run.stdout) as Array<{ id?: string; project?: string; period?: string }>).map((r) => r.id ?? `${r.project}/${r.period}`);

describe("ikz list: tables", () => {
  const dir = sampleCopy();

  for (const kind of ["projects", "decisions", "meetings", "reports", "lessons"]) {
    it(`lists ${kind} in 80 columns with German headings, dates and numbers`, async () => {
      const run = await ikz(dir, "list", kind);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      for (const line of run.stdout.split("\n")) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
      expect(run.stdout).not.toMatch(/\u001b/);
      await expect(run.stdout).toMatchFileSnapshot(`./__snapshots__/list-${kind}.txt`);
    });
  }

  it("defaults to projects; long titles go under their row at 80 columns, with the planned savings summed up", async () => {
    const run = await ikz(dir, "list");
    expect(run.stdout).toContain("IKZ-2023-003  Regelbetrieb");
    expect(run.stdout).toContain("              Gemeinsame Aufsicht über Geldspielgeräte in Gaststätten\n");
    expect(run.stdout).toMatch(/Erweiterung der Zentralen Beschaffungsstelle um Bau- und Ingenieu…\n/);
    expect(run.stdout).toContain("Einsparung geplant zusammen: 920.000 € pro Jahr (ohne abgebrochene Projekte)");
  });

  it("speaks English with --lang en", async () => {
    const run = await ikz(dir, "--lang", "en", "list", "decisions", "--phase", "implementation");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ID +Date +Type +Outcome +Project +Body$/m);
    expect(run.stdout).toMatch(/\d{1,2} [A-Z][a-z]{2} \d{4}/);
  });
});

describe("ikz list: filters", () => {
  const dir = sampleCopy();
  const projects = sampleRecords("projects");
  const decisions = sampleRecords("decisions");
  const reports = sampleRecords("reports");
  const latestLight = (id: string) => {
    const own = reports.filter((r) => r.project === id).sort((a, b) => (String(a.submitted) < String(b.submitted) ? -1 : 1));
    return (own[own.length - 1]?.lights as { overall?: string } | undefined)?.overall;
  };
  const byId = (a: string, b: string) => a.localeCompare(b);

  it("--phase takes the code or the German label", async () => {
    const expected = projects.filter((p) => p.phase === "implementation").map((p) => String(p.id)).sort(byId);
    expect(ids(await ikz(dir, "list", "--phase", "implementation", "--format", "json"))).toEqual(expected);
    expect(ids(await ikz(dir, "list", "--phase", "Umsetzung", "--format", "json"))).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });

  it("--municipality selects projects it leads or takes part in, by ID or name, and their decisions", async () => {
    const takesPart = (p: Record<string, unknown>) => p.lead === "trebur" || ((p.participants as Array<{ municipality: string }> | undefined) ?? []).some((x) => x.municipality === "trebur");
    const expected = projects.filter(takesPart).map((p) => String(p.id)).sort(byId);
    expect(ids(await ikz(dir, "list", "--municipality", "trebur", "--json"))).toEqual(expected);
    expect(ids(await ikz(dir, "list", "--municipality", "Trebur", "--format", "json"))).toEqual(expected);
    const dec = ids(await ikz(dir, "list", "Beschlüsse", "--municipality", "trebur", "--format", "json"));
    expect(dec.sort(byId)).toEqual(decisions.filter((d) => expected.includes(String(d.project))).map((d) => String(d.id)).sort(byId));
    // A name's unambiguous start is enough: "Rüsselsheim" for "Rüsselsheim am Main".
    expect((await ikz(dir, "list", "--municipality", "Rüsselsheim")).code).toBe(0);
  });

  it("--light: projects by their latest report's overall light, reports by their own", async () => {
    const redProjects = projects.map((p) => String(p.id)).filter((id) => latestLight(id) === "red").sort(byId);
    expect(ids(await ikz(dir, "list", "--light", "red", "--format", "json"))).toEqual(redProjects);
    const redReports = reports.filter((r) => (r.lights as { overall: string }).overall === "red").map((r) => `${String(r.project)}/${String(r.period)}`);
    expect(ids(await ikz(dir, "list", "reports", "--light", "red", "--format", "json")).sort(byId)).toEqual(redReports.sort(byId));
    expect(redReports.length).toBeGreaterThan(0);
  });

  it("--light: a report filed late for an old quarter does not replace the project's current light", async () => {
    const copy = sampleCopy();
    writeFileSync(
      join(copy, "reports", "IKZ-2023-003", "2025-Q2.md"),
      ["---", "project: IKZ-2023-003", "period: 2025-Q2", "kind: quarterly", "submitted: 2026-11-20", "lights:", "  overall: red", "---", "", "## Sachstand", "", "Nachgereicht.", ""].join("\n"),
    );
    expect(ids(await ikz(copy, "list", "--light", "red", "--format", "json"))).not.toContain("IKZ-2023-003");
    expect(ids(await ikz(copy, "list", "--light", "green", "--format", "json"))).toContain("IKZ-2023-003");
  });

  it("--field on lessons also matches the fields they apply to", async () => {
    const lessons = sampleRecords("lessons");
    const field = "bauhof";
    const fieldOf = new Map(projects.map((p) => [String(p.id), String(p.field)]));
    const expected = lessons.filter((l) => ((l.applies_to as string[] | undefined) ?? []).includes(field) || fieldOf.get(String(l.project)) === field).map((l) => String(l.id));
    expect(ids(await ikz(dir, "list", "erfahrungen", "--field", field, "--format", "json")).sort(byId)).toEqual(expected.sort(byId));
  });

  it("meetings of selected projects: on the agenda or decided in them", async () => {
    const run = await ikz(dir, "list", "sitzungen", "--municipality", "trebur", "--phase", "councils", "--format", "json");
    const found = JSON.parse(run.stdout) as Array<{ id: string; agenda?: Array<{ project?: string }>; computed: { decisions: string[] } }>;
    expect(found.length).toBeGreaterThan(0);
    for (const m of found) expect((m.agenda ?? []).some((a) => a.project === "IKZ-2024-003") || m.computed.decisions.length > 0).toBe(true);
  });

  it("refuses unknown kinds and values with a suggestion (exit 2)", async () => {
    const kind = await ikz(dir, "list", "projekts");
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain("unbekannte Art „projekts“ – meinten Sie „projects“?");
    const phase = await ikz(dir, "list", "--phase", "implemntation");
    expect(phase.code).toBe(2);
    expect(phase.stderr).toContain("meinten Sie „implementation“?");
    const municipality = await ikz(dir, "list", "--municipality", "raunhiem");
    expect(municipality.code).toBe(2);
    expect(municipality.stderr).toContain("meinten Sie „raunheim“?");
  });

  it("says so when nothing matches", async () => {
    const run = await ikz(dir, "list", "reports", "--phase", "idea");
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("Keine Berichte gefunden.\n");
  });
});

describe("ikz list: JSON and Excel CSV", () => {
  it("JSON: every record with its file and computed values", async () => {
    const dir = sampleCopy();
    const run = await ikz(dir, "list", "projects", "--format", "json");
    const rows = JSON.parse(run.stdout) as Array<{ file: string; id: string; computed: { light: string | null; latest_report: string | null } }>;
    expect(rows).toHaveLength(readdirSync(join(SAMPLE_REGISTER, "projects")).filter((f) => f.endsWith(".md")).length);
    const reports = sampleRecords("reports");
    for (const row of rows) {
      expect(row.file).toMatch(new RegExp(`^projects/${row.id}-[a-z0-9-]+\\.md$`));
      const own = reports.filter((r) => r.project === row.id).sort((a, b) => (String(a.submitted) < String(b.submitted) ? -1 : 1));
      const latest = own[own.length - 1];
      expect(row.computed.latest_report).toBe(latest ? `${String(latest.project)}/${String(latest.period)}` : null);
      expect(row.computed.light).toBe(latest ? (latest.lights as { overall: string }).overall : null);
    }
  });

  it("CSV: BOM, ; and CRLF, numbers as numbers, register text quoted and guarded against formulas", async () => {
    const dir = sampleCopy();
    const file = join(dir, "projects/IKZ-2024-003-gemeinsamer-bauhof-nauheim-und-trebur.md");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^title: .*$/m, 'title: "  =HYPERLINK(\\"http://x\\"); Bauhof"'));
    const run = await runIkz(["--register", dir, "list", "--format", "csv"], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.startsWith("\uFEFFID;Titel;Phase;Federführung;Beteiligte;Einsparung geplant €;Ampel\r\n")).toBe(true);
    const lines = run.stdout.slice(1).split("\r\n");
    expect(lines[lines.length - 1]).toBe("");
    expect(run.stdout.replace(/\r\n/g, "")).not.toMatch(/\n/);
    expect(lines).toContain("IKZ-2023-003;Gemeinsame Aufsicht über Geldspielgeräte in Gaststätten;Regelbetrieb;Kelsterbach;8;36000;Grün");
    expect(lines).toContain('IKZ-2024-003;"\'  =HYPERLINK(""http://x""); Bauhof";Gremienbeteiligung;Trebur;2;240000;Grün');
    expect(lines).toContain("IKZ-2026-002;Gemeinsames Ratsinformationssystem und digitale Gremienarbeit;Idee;;0;;");
  });

  it("the table strips escape sequences from register text", async () => {
    const dir = sampleCopy();
    const file = join(dir, "projects/IKZ-2024-003-gemeinsamer-bauhof-nauheim-und-trebur.md");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^title: .*$/m, 'title: "Bauhof \\e[2J\\e]0;owned\\a"'));
    const run = await ikz(dir, "list");
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    expect(run.stdout).toContain("              Bauhof\n");
    expect(run.stdout).not.toContain("owned");
  });
});

describe("ikz list --as-of", () => {
  const home = makeTempDir();
  const dir = sampleCopy();
  const git = (date: string | undefined, ...args: string[]) =>
    execFileSync("git", ["-c", "user.name=Anna Beispiel", "-c", "user.email=anna.beispiel@ikz.invalid", "-c", "commit.gpgsign=false", ...args], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, HOME: home, GIT_CONFIG_NOSYSTEM: "1", LC_ALL: "C", ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) },
    }).trim();
  const project = join(dir, "projects/IKZ-2024-002-interkommunale-klimaschutzstelle.md");
  git(undefined, "init", "-q", "-b", "main");
  git("2026-01-05T10:00:00+01:00", "add", "-A");
  git("2026-01-05T10:00:00+01:00", "commit", "-q", "-m", "Register übernommen");
  writeFileSync(project, readFileSync(project, "utf8").replace(/^savings_planned_eur: .*$/m, "savings_planned_eur: 61000"));
  git("2026-03-17T23:30:00+01:00", "commit", "-q", "-a", "-m", "Einsparung angepasst");
  writeFileSync(project, readFileSync(project, "utf8").replace(/^savings_planned_eur: .*$/m, "savings_planned_eur: 62000"));
  // 00:30 in Berlin on the 18th is still the 17th in UTC: it must not count for --as-of 2026-03-17.
  git("2026-03-18T00:30:00+01:00", "commit", "-q", "-a", "-m", "Einsparung nochmals angepasst");
  writeFileSync(project, readFileSync(project, "utf8").replace(/^savings_planned_eur: .*$/m, "savings_planned_eur: 99999"));

  const savings = async (...asOf: string[]) => {
    const run = await ikz(dir, "list", "--format", "json", ...asOf);
    expect(run.code, run.stderr).toBe(0);
    return (JSON.parse(run.stdout) as Array<{ id: string; savings_planned_eur?: number }>).find((p) => p.id === "IKZ-2024-002")!.savings_planned_eur;
  };

  it("reads the register as committed at the end of that day in the register's time zone", async () => {
    expect(await savings()).toBe(99999);
    expect(await savings("--as-of", "2026-03-16")).toBe(60000);
    expect(await savings("--as-of", "2026-03-17")).toBe(61000);
    expect(await savings("--as-of", "2026-03-18")).toBe(62000);
    expect(await savings("--as-of", "HEAD~1")).toBe(61000);
  });

  it("names the state it shows above the table", async () => {
    const run = await ikz(dir, "list", "--as-of", "2026-03-17", "--phase", "implementation");
    const commit = git(undefined, "rev-parse", "HEAD~1").slice(0, 10);
    expect(run.stdout.split("\n")[0]).toBe(`Stand 17.03.2026 (Commit ${commit})`);
    expect(run.stdout).toContain("61.000");
  });

  it("a date before the first commit is a usage error", async () => {
    const run = await ikz(dir, "list", "--as-of", "2025-12-31");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("zu diesem Datum gab es noch keinen Commit");
  });
});
