// `ikz status` end to end: the built CLI on the sample register in a temp Git repository with two commits at fixed
// dates, read with --as-of so "today" and the register are fixed and the output is stable.
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Portfolio } from "../../src/domain/portfolio.js";
import { datedRepo, makeTempDir, removeTempDirs, runIkz, type RunResult } from "../helpers/cli.js";
import { fileSampleReportGaps } from "./sample-report-gaps.js";

const SAMPLE_DIR = fileURLToPath(new URL("../../register/", import.meta.url));
/** The sample register as committed (CET). */
const FIRST = "2026-11-28T12:00:00+01:00";
/** IKZ-2026-002 moves idea → interest by B-2026-015; milestone M4 of IKZ-2023-002 is reached. */
const SECOND = "2026-12-01T12:00:00+01:00";

interface History {
  dir: string;
  env: Record<string, string>;
  first: string;
  second: string;
}

/** The sample register in a fresh Git repository: private HOME, identity via env and -c, two commits at fixed dates. */
function sampleHistory(): History {
  const dir = makeTempDir();
  cpSync(SAMPLE_DIR, dir, { recursive: true });
  const { env, git } = datedRepo(dir);
  git(undefined, "add", "-A");
  git(FIRST, "commit", "-q", "-m", "Beispielregister");
  const first = git(undefined, "rev-parse", "HEAD");
  secondState(dir);
  // The sample's history owes four quarterly reports (see sample-report-gaps.ts): filed with the second commit.
  fileSampleReportGaps(dir);
  git(undefined, "add", "-A");
  git(SECOND, "commit", "-q", "-m", "Start der Interessenbekundung IKZ-2026-002; M4 der Vollstreckungsstelle erreicht");
  return { dir, env, first, second: git(undefined, "rev-parse", "HEAD") };
}

/** The change of the second commit: a phase change with its decision, and a milestone reached. */
export function secondState(dir: string): void {
  const idea = join(dir, "projects/IKZ-2026-002-gemeinsames-ratsinformationssystem-und-digitale.md");
  writeFileSync(idea, readFileSync(idea, "utf8").replace("phase: idea", "phase: interest"));
  const vollstreckung = join(dir, "projects/IKZ-2023-002-gemeinsame-vollstreckungsstelle-suedkreis.md");
  writeFileSync(vollstreckung, readFileSync(vollstreckung, "utf8").replace("    forecast: 2027-03-31\n", "    done: 2026-11-30\n"));
  writeFileSync(
    join(dir, "decisions/2026/B-2026-015.md"),
    [
      "---",
      "id: B-2026-015",
      "date: 2026-12-01",
      "type: start_interest",
      "outcome: approved",
      "body: steering_group",
      "mode: circulation",
      "project: IKZ-2026-002",
      "phase_before: idea",
      "phase_after: interest",
      "present: [goetz, schell, sittmann, beispiel, burghardt, will]",
      "votes: { for: 6, against: 0, abstain: 0 }",
      "sample: true",
      "---",
      "",
      "## Gegenstand",
      "",
      "Start der Interessenbekundung für das gemeinsame Ratsinformationssystem im Umlaufverfahren.",
      "",
    ].join("\n"),
  );
}

let repo: History;
beforeAll(() => {
  repo = sampleHistory();
});
afterAll(removeTempDirs);

function ikz(args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  return runIkz(["--register", repo.dir, ...args], { cwd: repo.dir, env: { ...repo.env, ...env } });
}

/** Output with the commit ID replaced, so a snapshot does not change with Git's object IDs. */
const stable = (text: string) => text.replace(/\b[0-9a-f]{10}\b/g, "<commit>");

/** Every line fits an 80-column terminal. */
function expectNarrow(text: string): void {
  for (const line of text.split("\n")) expect([...line].length, line).toBeLessThanOrEqual(80);
}

describe("ikz status (text)", () => {
  it("as of the day the sample register was committed: German, no colour, 80 columns", async () => {
    const run = await ikz(["status", "--as-of", "2026-11-28"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/\u001b\[/);
    expectNarrow(run.stdout);
    expect(run.stdout).toContain("IKZ im Kreis Groß-Gerau · Stand 28.11.2026");
    expect(run.stdout).toContain("Idee (1)\n    IKZ-2026-002");
    await expect(stable(run.stdout)).toMatchFileSnapshot("__snapshots__/status-2026-11-28.txt");
  });

  it("the lights add up to the active projects, and the yearly savings name their basis (report periods)", async () => {
    const run = await ikz(["status", "--as-of", "2026-11-28"]);
    const active = Number(/Projekte: \d+ \((\d+) aktiv/.exec(run.stdout)?.[1]);
    const lights = /Ampeln laufender Projekte: (\d+) grün, (\d+) gelb, (\d+) rot, (\d+) ohne Bericht/.exec(run.stdout)!.slice(1).map(Number);
    expect(active).toBe(11);
    expect(lights.reduce((a, b) => a + b, 0)).toBe(active);
    // 2026-Q4 is not reported yet: 166 000 € are the quarters 2026-Q1 … 2026-Q3, whenever their reports came in.
    expect(run.stdout).toMatch(/\n {4}erzielt 2026 \(Berichtszeiträume 2026\) +166\.000 €\n/);
    const en = await ikz(["status", "--as-of", "2026-11-28", "--lang", "en"]);
    expect(en.stdout).toMatch(/\n {4}realised 2026 \(report periods 2026\) +€166,000\n/);
  });

  it("a missing quarterly report counts however old it is: two years after its due date it is still missing", async () => {
    // As of 2026-11-28 the 2024-Q4 report of IKZ-2023-002 is 22 months late; filed with the second commit, it is gone.
    const before = JSON.parse((await ikz(["status", "--as-of", "2026-11-28", "--format", "json"])).stdout) as Portfolio;
    expect(before.missingReports.filter((m) => m.project === "IKZ-2023-002").map((m) => m.period)).toEqual(["2024-Q4", "2025-Q1", "2025-Q2"]);
    const after = JSON.parse((await ikz(["status", "--as-of", "2026-12-01", "--format", "json"])).stdout) as Portfolio;
    expect(after.counts.missingReports).toBe(0);
  });

  it("as of a later date: overdue milestones, missing reports, no next meeting", async () => {
    const run = await ikz(["status", "--as-of", "2027-02-15"]);
    expect(run.code).toBe(0);
    expectNarrow(run.stdout);
    expect(run.stdout).toMatch(/\nÜberfällige Meilensteine\n {2}Projekt +Meilenstein +fällig +überfällig\n/);
    expect(run.stdout).toMatch(/IKZ-2024-004  M3 Richtungsentscheidung der Bürger\S* +09\.12\.2026 +68 Tage\n/);
    await expect(stable(run.stdout)).toMatchFileSnapshot("__snapshots__/status-2027-02-15.txt");
  });

  it("--municipality narrows to the projects Trebur leads or takes part in", async () => {
    const run = await ikz(["status", "--as-of", "2026-11-28", "--municipality", "trebur"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Nur Projekte mit Beteiligung von Trebur");
    expect(run.stdout).toContain("Projekte: 7 (5 aktiv, 1 zurückgestellt, 1 abgeschlossen, 0 abgebrochen)");
    for (const id of ["IKZ-2023-001", "IKZ-2023-003", "IKZ-2023-004", "IKZ-2024-001", "IKZ-2024-002", "IKZ-2024-003", "IKZ-2025-002"]) expect(run.stdout).toContain(`${id}  `);
    // Trebur only declared interest in IKZ-2026-001: not a participant (yet).
    for (const id of ["IKZ-2023-002", "IKZ-2024-004", "IKZ-2025-001", "IKZ-2026-001"]) expect(run.stdout).not.toContain(`${id}  `);
    await expect(stable(run.stdout)).toMatchFileSnapshot("__snapshots__/status-trebur.txt");
  });

  it("a municipality may be given by its name; an unknown one is a usage error with a suggestion", async () => {
    const byName = await ikz(["status", "--as-of", "2026-11-28", "--municipality", "Trebur", "--format", "json"]);
    expect((JSON.parse(byName.stdout) as Portfolio).municipality).toEqual({ id: "trebur", name: "Trebur" });
    const typo = await ikz(["status", "--as-of", "2026-11-28", "--municipality", "treburr"]);
    expect(typo.code).toBe(2);
    expect(typo.stdout).toBe("");
    expect(typo.stderr).toContain("--municipality: unbekannter Wert „treburr“ – meinten Sie „trebur“?");
  });

  it("--lang en", async () => {
    const run = await ikz(["status", "--as-of", "2027-02-15", "--lang", "en"]);
    expect(run.code).toBe(0);
    expectNarrow(run.stdout);
    expect(run.stdout).toContain("IKZ im Kreis Groß-Gerau · as of 15 Feb 2027");
    expect(run.stdout).toContain("Projects by phase");
    await expect(stable(run.stdout)).toMatchFileSnapshot("__snapshots__/status-2027-02-15.en.txt");
  });
});

describe("ikz status --format md and json", () => {
  it("Markdown with a Mermaid pie chart of projects per phase", async () => {
    const run = await ikz(["status", "--as-of", "2027-02-15", "--format", "md"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("```mermaid\npie showData\n    title Projekte nach Phase\n");
    expect(run.stdout).toContain('    "Interessenbekundung" : 2\n');
    await expect(stable(run.stdout)).toMatchFileSnapshot("__snapshots__/status-2027-02-15.md");
  });

  it("JSON is the portfolio object", async () => {
    const run = await ikz(["status", "--as-of", "2026-11-28", "--format", "json"]);
    expect(run.code).toBe(0);
    const p = JSON.parse(run.stdout) as Portfolio & { source: { commit: string; date: string } };
    expect(p.today).toBe("2026-11-28");
    expect(p.source).toEqual({ commit: repo.first, date: "2026-11-28" });
    expect(p.register).toEqual({ name: "IKZ im Kreis Groß-Gerau", sample: true });
    // Lights count the 11 active projects, not the one on hold; the four reports the sample's history owes are missing.
    expect(p.counts).toEqual({ projects: 14, active: 11, onHold: 1, closed: 1, cancelled: 1, lights: { green: 5, yellow: 2, red: 0, none: 4 }, overdueMilestones: 0, missingReports: 8, waiting: 7 });
    expect(p.missingReports.map((m) => `${m.project} ${m.period} ${m.due}`)).toEqual([
      "IKZ-2023-002 2024-Q4 2025-01-30",
      "IKZ-2023-002 2025-Q1 2025-04-30",
      "IKZ-2023-002 2025-Q2 2025-07-30",
      "IKZ-2023-003 2025-Q2 2025-07-30",
      // In evaluation since 22.09.2026: the quarters it ended in implementation or operation are still owed.
      "IKZ-2023-004 2024-Q4 2025-01-30",
      "IKZ-2023-004 2025-Q1 2025-04-30",
      "IKZ-2023-004 2025-Q2 2025-07-30",
      "IKZ-2023-004 2025-Q3 2025-10-30",
    ]);
    expect(p.phases.find((x) => x.phase === "implementation")).toEqual({ phase: "implementation", label: { de: "Umsetzung", en: "Implementation" }, count: 2 });
    // Quarterly reports only: the evaluation report of IKZ-2023-001 (104 000 € in 2025) covers months its quarterly reports already count.
    expect(p.savings).toEqual({ plannedEur: 920000, realizedEur: 316000, realizedByYear: [{ year: 2024, eur: 58000 }, { year: 2025, eur: 92000 }, { year: 2026, eur: 166000 }] });
    expect(p.funding).toEqual({ planned: { count: 2, eur: 150000 }, applied: { count: 1, eur: 100000 }, granted: { count: 2, eur: 200000 }, paid: { count: 2, eur: 200000 }, overdue: { count: 0, eur: 0 }, cancelled: { count: 0, eur: 0 } });
    expect(p.nextMeeting).toMatchObject({ id: "LG-2026-05", date: "2026-12-10", status: "planned" });
    expect(p.waiting.map((w) => `${w.project} ${w.decisionType}`)).toEqual([
      "IKZ-2024-004 direction",
      "IKZ-2026-002 start_interest",
      "IKZ-2023-002 accept_report",
      "IKZ-2023-003 accept_report",
      "IKZ-2023-004 accept_report",
      "IKZ-2024-001 accept_report",
      "IKZ-2024-002 accept_report",
    ]);
    expect(p.projects.find((x) => x.id === "IKZ-2024-001")?.latestReport).toMatchObject({ period: "2026-Q3", lights: { overall: "yellow" } });
  });

  it("the global --json flag means --format json", async () => {
    const run = await ikz(["--json", "status", "--as-of", "2026-11-28"]);
    expect((JSON.parse(run.stdout) as Portfolio).today).toBe("2026-11-28");
  });

  it("as of 2027-02-15: what is late, counted", async () => {
    const p = JSON.parse((await ikz(["status", "--as-of", "2027-02-15", "--format", "json"])).stdout) as Portfolio;
    // Due 2026-12-09 is 68 days before 2027-02-15; 2026-12-31 46; 2027-01-01 45; 2027-01-31 15. M4 of IKZ-2023-002 was reached.
    expect(p.overdueMilestones.map((m) => `${m.project} ${m.milestone} ${m.days}`)).toEqual([
      "IKZ-2024-004 M3 68",
      "IKZ-2023-003 M5 46",
      "IKZ-2024-003 M3 46",
      "IKZ-2024-001 M4 45",
      "IKZ-2023-004 M4 15",
      "IKZ-2025-001 M3 15",
    ]);
    expect(p.missingReports.map((m) => `${m.project} ${m.period} ${m.due}`)).toEqual(["IKZ-2023-002 2026-Q4 2027-01-30", "IKZ-2023-003 2026-Q4 2027-01-30", "IKZ-2024-001 2026-Q4 2027-01-30", "IKZ-2024-002 2026-Q4 2027-01-30"]);
    expect(p.nextMeeting).toBeUndefined();
    // IKZ-2024-004 planned its application for 2026-12-15, IKZ-2024-003 for 2026-12-18.
    expect(p.funding.overdue).toEqual({ count: 2, eur: 150000 });
  });
});

describe("ikz status --as-of from Git history", () => {
  const phaseOf = (p: Portfolio, id: string) => p.projects.find((x) => x.id === id)?.phase;
  const json = async (asOf: string) => {
    const run = await ikz(["status", "--as-of", asOf, "--format", "json"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    return JSON.parse(run.stdout) as Portfolio & { source: { commit: string } };
  };

  it("a date between the commits shows the earlier state; the day of the second commit the later one", async () => {
    const between = await json("2026-11-30");
    expect(between.source.commit).toBe(repo.first);
    expect(phaseOf(between, "IKZ-2026-002")).toBe("idea");
    expect(between.today).toBe("2026-11-30");
    const later = await json("2026-12-01");
    expect(later.source.commit).toBe(repo.second);
    expect(phaseOf(later, "IKZ-2026-002")).toBe("interest");
    expect(later.waiting.map((w) => `${w.project} ${w.decisionType}`)).not.toContain("IKZ-2026-002 start_interest");
  });

  it("a ref shows the state of that commit, as of its commit date", async () => {
    const first = await json(repo.first);
    expect(phaseOf(first, "IKZ-2026-002")).toBe("idea");
    expect(first.today).toBe("2026-11-28");
    const parent = await json("HEAD~1");
    expect(parent.source.commit).toBe(repo.first);
    expect(phaseOf(await json("main"), "IKZ-2026-002")).toBe("interest");
  });

  it("the working tree without --as-of", async () => {
    const run = await ikz(["status", "--format", "json"]);
    expect(run.code).toBe(0);
    expect(phaseOf(JSON.parse(run.stdout) as Portfolio, "IKZ-2026-002")).toBe("interest");
  });

  it("a date before the first commit is a usage error (exit 2)", async () => {
    const run = await ikz(["status", "--as-of", "2026-11-27"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("--as-of 2026-11-27: zu diesem Datum gab es noch keinen Commit im Register");
  });

  it("a ref's day is its commit's day in the register's time zone, as for a date; a quarter before the history names German dates", async () => {
    const dir = makeTempDir();
    cpSync(SAMPLE_DIR, dir, { recursive: true });
    const { env, git } = datedRepo(dir);
    git(undefined, "add", "-A");
    // 23:30 UTC on 28 Nov is 00:30 on 29 Nov in Europe/Berlin: --as-of 2026-11-28 does not see this commit.
    git("2026-11-28T23:30:00+00:00", "commit", "-q", "-m", "Beispielregister");
    const byRef = await runIkz(["--register", dir, "status", "--as-of", "HEAD", "--format", "json"], { cwd: dir, env });
    expect((JSON.parse(byRef.stdout) as Portfolio).today).toBe("2026-11-29");
    const byDate = await runIkz(["--register", dir, "status", "--as-of", "2026-11-28"], { cwd: dir, env });
    expect(byDate.code).toBe(2);
    const quarter = await runIkz(["--register", dir, "export", "controlling", "--quarter", "2026-Q3"], { cwd: dir, env });
    expect([quarter.code, quarter.stderr]).toEqual([2, "ikz: Fehler: Quartal 2026-Q3: zum Quartalsende (30.09.2026) gab es noch keinen Commit im Register – die Historie beginnt am 29.11.2026; ein späteres Quartal wählen\n"]);
  });

  it("an impossible date is a usage error; an unknown ref an environment error", async () => {
    const bad = await ikz(["status", "--as-of", "2026-02-30"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--as-of: „2026-02-30“ ist kein gültiges Datum");
    const unknown = await ikz(["status", "--as-of", "no-such-branch"]);
    expect(unknown.code).toBe(3);
    expect(unknown.stderr).toBe("ikz: Fehler: --as-of no-such-branch: weder ein Datum (JJJJ-MM-TT) noch ein Git-Ref dieses Registers (Zweig, Tag oder Commit, z. B. main oder HEAD~3)\n");
  });

  it("a ref to a single file or folder is a usage error that says so, not a damaged repository", async () => {
    const file = await ikz(["status", "--as-of", "HEAD:ikz.yaml"]);
    expect([file.code, file.stderr]).toEqual([2, "ikz: Fehler: „HEAD:ikz.yaml“ ist in Git eine einzelne Datei, kein Stand des Registers – einen Zweig, Tag oder Commit angeben, z. B. main oder HEAD~3\n"]);
    const folder = await ikz(["validate", "--base", "HEAD:projects", "--lang", "en"]);
    expect([folder.code, folder.stderr]).toEqual([2, "ikz: error: 'HEAD:projects' is a single folder in Git, not a state of the register – give a branch, tag or commit, e.g. main or HEAD~3\n"]);
  });

  it("a ref whose commit Git cannot read is a damaged repository (exit 3), also where ikz itself reads HEAD", async () => {
    const dir = makeTempDir();
    cpSync(SAMPLE_DIR, dir, { recursive: true });
    const { env, git } = datedRepo(dir);
    git(undefined, "add", "-A");
    git(FIRST, "commit", "-q", "-m", "Beispielregister");
    // The commit object gone (a broken copy, an interrupted clone): HEAD still names it.
    const head = git(undefined, "rev-parse", "HEAD");
    rmSync(join(dir, ".git", "objects", head.slice(0, 2), head.slice(2)), { force: true });
    const damaged = "ikz: Fehler: Git kennt „HEAD“, kann den Commit aber nicht lesen – das Repository ist beschädigt oder unvollständig; „git fsck“ zeigt, was fehlt (oder das Repository neu klonen)\n";
    const asOf = await runIkz(["--register", dir, "status", "--as-of", "HEAD"], { cwd: dir, env });
    expect([asOf.code, asOf.stderr]).toEqual([3, damaged]);
    // The running quarter is computed from HEAD.
    const [year, month] = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date()).split("-").map(Number) as [number, number];
    const quarter = await runIkz(["--register", dir, "export", "controlling", "--quarter", `${year}-Q${Math.ceil(month / 3)}`], { cwd: dir, env });
    expect([quarter.code, quarter.stderr]).toEqual([3, damaged]);
  });
});

describe("ikz status with a record it cannot use", () => {
  it("a project whose amount has a thousands dot (98.000 = 98 to YAML) is left out, and stderr says so", async () => {
    const dir = makeTempDir();
    cpSync(SAMPLE_DIR, dir, { recursive: true });
    const before = JSON.parse((await runIkz(["--register", dir, "status", "--format", "json"], { cwd: dir })).stdout) as Portfolio;
    const file = join(dir, "projects/IKZ-2023-001-gemeinsame-beschaffung-von-feuerwehrausruestung.md");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^baseline_costs_eur: (\d+)000$/m, "baseline_costs_eur: $1.000"));
    const run = await runIkz(["--register", dir, "status", "--format", "json"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("ikz: 1 Datensatz mit Fehlern nicht berücksichtigt – „ikz validate“ zeigt ihn\n");
    const after = JSON.parse(run.stdout) as Portfolio;
    expect(after.projects.some((p) => p.id === "IKZ-2023-001")).toBe(false);
    expect(before.projects.some((p) => p.id === "IKZ-2023-001")).toBe(true);
    const validate = await runIkz(["--register", dir, "validate", "--format", "json"], { cwd: dir });
    expect(validate.code).toBe(1);
    expect(JSON.parse(validate.stdout).findings.map((f: { code: string; path: string }) => `${f.code} ${f.path}`)).toContain("IKZ-YAML-012 baseline_costs_eur");
  });

  it("as of a commit that had the faulty record, the warning names the file and the commit (validate checks only the working tree)", async () => {
    const dir = makeTempDir();
    cpSync(SAMPLE_DIR, dir, { recursive: true });
    const { env, git } = datedRepo(dir);
    const file = "projects/IKZ-2023-001-gemeinsame-beschaffung-von-feuerwehrausruestung.md";
    const good = readFileSync(join(dir, file), "utf8");
    writeFileSync(join(dir, file), good.replace(/^baseline_costs_eur: (\d+)000$/m, "baseline_costs_eur: $1.000"));
    git(undefined, "add", "-A");
    git(FIRST, "commit", "-q", "-m", "Beispielregister mit Tausenderpunkt");
    const faulty = git(undefined, "rev-parse", "HEAD");
    writeFileSync(join(dir, file), good);
    git(undefined, "add", "-A");
    git(SECOND, "commit", "-q", "-m", "Betrag ohne Tausenderpunkt");
    const run = await runIkz(["--register", dir, "check", "--as-of", "HEAD~1"], { cwd: dir, env });
    expect(run.stderr).toBe(`ikz: 1 Datensatz mit Fehlern im Stand ${faulty.slice(0, 10)} (28.11.2026) nicht berücksichtigt: ${file}\n`);
    const now = await runIkz(["--register", dir, "status", "--format", "json"], { cwd: dir, env });
    expect(now.stderr).toBe("");
  });
});
