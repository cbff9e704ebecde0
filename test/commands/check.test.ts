// `ikz check` end to end: the built CLI on the sample register in a temp Git repository with two commits at fixed
// dates; --as-of fixes both the register and "today".
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { datedRepo, removeTempDirs, runIkz, type DatedRepo, type RunResult } from "../helpers/cli.js";
import { ikz as ikzIn } from "../write/register-repo.js";
import { MEETING, sampleRepo } from "./decide-helpers.js";
import { fileSampleReportGaps } from "./sample-report-gaps.js";

const SAMPLE_DIR = fileURLToPath(new URL("../../register/", import.meta.url));
const FIRST = "2026-11-28T12:00:00+01:00";
const SECOND = "2026-12-01T12:00:00+01:00";

/**
 * The sample register committed on 2026-11-28 (one slipping forecast: M4 of IKZ-2023-002; four quarterly reports its
 * history owes), then on 2026-12-01 that milestone reached and the reports filed: nothing is late on 2026-12-01, a lot
 * on 2027-02-15.
 */
function sampleHistory(): DatedRepo {
  const repo = datedRepo();
  cpSync(SAMPLE_DIR, repo.dir, { recursive: true });
  repo.git(undefined, "add", "-A");
  repo.git(FIRST, "commit", "-q", "-m", "Beispielregister");
  const file = join(repo.dir, "projects/IKZ-2023-002-gemeinsame-vollstreckungsstelle-suedkreis.md");
  writeFileSync(file, readFileSync(file, "utf8").replace("    forecast: 2027-03-31\n", "    done: 2026-11-30\n"));
  // The sample's history owes four quarterly reports (see sample-report-gaps.ts): filed with this commit.
  fileSampleReportGaps(repo.dir);
  repo.git(undefined, "add", "-A");
  repo.git(SECOND, "commit", "-q", "-m", "M4 der Vollstreckungsstelle erreicht");
  return repo;
}

let repo: DatedRepo;
beforeAll(() => {
  repo = sampleHistory();
});
afterAll(removeTempDirs);

function ikz(args: string[], dir = repo.dir): Promise<RunResult> {
  return runIkz(["--register", dir, ...args], { cwd: dir, env: repo.env });
}

interface JsonFindings {
  summary: { files: number; errors: number; warnings: number };
  findings: Array<{ code: string; severity: string; file: string; line: number; path: string; message: string }>;
}

describe("ikz check", () => {
  it("as of the first commit: the quarterly reports the sample's history owes, however old, and the slipping forecast", async () => {
    const run = await ikz(["check", "--as-of", "2026-11-28"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    // What is found and where, up to the advice (its wording is the message catalogue's business).
    const gap = (project: string, file: string, period: string, due: string) =>
      `projects/${project}-${file}.md:5:8: Warnung IKZ-CHK-003 phase: Quartalsbericht ${period} fehlt (fällig bis ${due}) – mit „ikz report new ${project} --period ${period}`;
    const lines = run.stdout.split("\n");
    // IKZ-2023-002 reports since its implementation release of 2024-11-26: 2024-Q4 was due 30.01.2025, two years ago.
    const expected = [
      gap("IKZ-2023-002", "gemeinsame-vollstreckungsstelle-suedkreis", "2024-Q4", "30.01.2025"),
      gap("IKZ-2023-002", "gemeinsame-vollstreckungsstelle-suedkreis", "2025-Q1", "30.04.2025"),
      gap("IKZ-2023-002", "gemeinsame-vollstreckungsstelle-suedkreis", "2025-Q2", "30.07.2025"),
      "projects/IKZ-2023-002-gemeinsame-vollstreckungsstelle-suedkreis.md:101:15: Warnung IKZ-CHK-002 milestones[3].forecast: " +
        "Prognose 31.03.2027 für Meilenstein M4 „Übernommene Altrückstände unter 10 % des Jahressolls“ liegt nach dem geplanten Termin 31.12.2026 – " +
        "Verzug und Folgen im nächsten Projektbericht erläutern; ist der Termin nicht zu halten, eine Auftragsänderung vorschlagen",
      gap("IKZ-2023-003", "gemeinsame-aufsicht-ueber-geldspielgeraete-in-gaststaetten", "2025-Q2", "30.07.2025"),
      // IKZ-2023-004 has been in evaluation since 22.09.2026; the quarters that ended in implementation or operation are still owed.
      gap("IKZ-2023-004", "gemeinsames-foerdermittelmanagement", "2024-Q4", "30.01.2025"),
      gap("IKZ-2023-004", "gemeinsames-foerdermittelmanagement", "2025-Q1", "30.04.2025"),
      gap("IKZ-2023-004", "gemeinsames-foerdermittelmanagement", "2025-Q2", "30.07.2025"),
      gap("IKZ-2023-004", "gemeinsames-foerdermittelmanagement", "2025-Q3", "30.10.2025"),
      "",
      "148 Dateien geprüft: keine Fehler, 9 Warnungen",
      "",
    ];
    expect(lines).toHaveLength(expected.length);
    lines.forEach((line, i) => expect(line.startsWith(expected[i]!), `${line}\n  should start with\n${expected[i]}`).toBe(true));
  });

  it("--strict exits 1 when a check fires and 0 when nothing is late", async () => {
    const late = await ikz(["check", "--strict", "--as-of", "2026-11-28"]);
    expect(late.code).toBe(1);
    expect(late.stdout).toContain("Fehler IKZ-CHK-002");
    const onTime = await ikz(["check", "--strict", "--as-of", "2026-12-01"]);
    expect(onTime.stderr).toBe("");
    expect(onTime.stdout).toBe("156 Dateien geprüft: keine Fehler, keine Warnungen\n");
    expect(onTime.code).toBe(0);
    expect((await ikz(["check", "--strict", "--as-of", "2027-02-15"])).code).toBe(1);
  });

  it("as of 2027-02-15: every kind of lateness in the sample, as text", async () => {
    const run = await ikz(["check", "--as-of", "2027-02-15"]);
    expect(run.code).toBe(0);
    await expect(run.stdout).toMatchFileSnapshot("__snapshots__/check-2027-02-15.txt");
  });

  it("JSON: warnings with code, file, line and key path", async () => {
    const run = await ikz(["check", "--as-of", "2027-02-15", "--format", "json"]);
    const doc = JSON.parse(run.stdout) as JsonFindings;
    expect(doc.summary).toEqual({ files: 156, errors: 0, warnings: 13 });
    expect(doc.findings.every((f) => f.severity === "warning")).toBe(true);
    const brief = doc.findings.map((f) => `${f.code} ${f.file.replace(/^(projects\/IKZ-\d{4}-\d{3}).*$/, "$1")} ${f.path}`);
    expect(brief).toEqual([
      "IKZ-CHK-004 decisions/2025/B-2025-008.md conditions[1].due",
      "IKZ-CHK-003 projects/IKZ-2023-002 phase",
      "IKZ-CHK-003 projects/IKZ-2023-003 phase",
      "IKZ-CHK-001 projects/IKZ-2023-003 milestones[4].due",
      "IKZ-CHK-001 projects/IKZ-2023-004 milestones[3].due",
      "IKZ-CHK-003 projects/IKZ-2024-001 phase",
      "IKZ-CHK-001 projects/IKZ-2024-001 milestones[3].due",
      "IKZ-CHK-003 projects/IKZ-2024-002 phase",
      "IKZ-CHK-007 projects/IKZ-2024-003 funding[0].date",
      "IKZ-CHK-001 projects/IKZ-2024-003 milestones[2].due",
      "IKZ-CHK-007 projects/IKZ-2024-004 funding[0].date",
      "IKZ-CHK-001 projects/IKZ-2024-004 milestones[2].due",
      "IKZ-CHK-001 projects/IKZ-2025-001 milestones[2].due",
    ]);
    expect(doc.findings[0]!.message).toBe(
      "Auflage 2 aus Beschluss B-2025-008 war bis 31.12.2026 zu erfüllen und ist nicht als erfüllt erfasst – erfüllen und erfassen (ikz condition done B-2025-008 2) oder der Lenkungsgruppe berichten, warum sie offen ist",
    );
  });

  it("Markdown grouped by project, for the steering group's papers", async () => {
    const run = await ikz(["check", "--as-of", "2027-02-15", "--format", "md"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("## IKZ-2023-003 – Gemeinsame Aufsicht über Geldspielgeräte in Gaststätten\n");
    await expect(run.stdout).toMatchFileSnapshot("__snapshots__/check-2027-02-15.md");
    const none = await ikz(["check", "--as-of", "2026-12-01", "--format", "md"]);
    expect(none.stdout).toBe("# Terminprüfung · Stand 01.12.2026\n\nKeine Termine überschritten: alle Meilensteine, Berichte, Auflagen, Wiedervorlagen und Förderanträge sind im Plan.\n");
  });

  it("--quiet prints only errors: date checks are warnings, so nothing", async () => {
    const run = await ikz(["--quiet", "check", "--as-of", "2027-02-15"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
  });

  it("--lang en", async () => {
    const run = await ikz(["check", "--as-of", "2027-02-15", "--lang", "en", "--format", "md"]);
    expect(run.stdout).toContain("# Date checks · as of 15 Feb 2027");
    expect(run.stdout).toContain("quarterly report 2026-Q4 is missing (due by 30 Jan 2027) – create and submit it with 'ikz report new IKZ-2023-002 --period 2026-Q4', giving the light with --overall green, yellow or red (in a terminal ikz asks for it)");
    await expect(run.stdout).toMatchFileSnapshot("__snapshots__/check-2027-02-15.en.md");
  });

  it("CI formats as for validate: GitHub annotations, GitLab Code Quality, JUnit, SARIF", async () => {
    const github = await ikz(["check", "--as-of", "2027-02-15", "--format", "github"]);
    expect(github.stdout).toMatch(/^::warning file=decisions\/2025\/B-2025-008\.md,line=\d+,col=\d+,title=IKZ-CHK-004::conditions\[1\]\.due: Auflage 2/m);
    const gitlab = JSON.parse((await ikz(["check", "--as-of", "2027-02-15", "--format", "gitlab"])).stdout) as Array<{ severity: string; check_name: string }>;
    expect(gitlab).toHaveLength(13);
    expect(new Set(gitlab.map((g) => g.severity))).toEqual(new Set(["minor"]));
    expect((await ikz(["check", "--as-of", "2027-02-15", "--format", "junit"])).stdout).toContain('<testsuite name="decisions/2025/B-2025-008.md" tests="1" failures="0"');
    const sarif = JSON.parse((await ikz(["check", "--as-of", "2027-02-15", "--format", "sarif", "--strict"])).stdout) as { runs: Array<{ results: Array<{ level: string }> }> };
    expect(sarif.runs[0]!.results.every((r) => r.level === "error")).toBe(true);
  });

  it("a date before the first commit is a usage error; a register without ikz.yaml at that date the usual environment error", async () => {
    const early = await ikz(["check", "--as-of", "2026-11-01"]);
    expect(early.code).toBe(2);
    expect(early.stdout).toBe("");
    const other = datedRepo();
    cpSync(SAMPLE_DIR, other.dir, { recursive: true });
    rmSync(join(other.dir, "ikz.yaml"));
    other.git(undefined, "add", "-A");
    other.git(FIRST, "commit", "-q", "-m", "Datensätze ohne Konfiguration");
    cpSync(join(SAMPLE_DIR, "ikz.yaml"), join(other.dir, "ikz.yaml"));
    other.git(undefined, "add", "-A");
    other.git(SECOND, "commit", "-q", "-m", "Konfiguration");
    const run = await ikz(["check", "--as-of", "2026-11-29"], other.dir);
    expect(run.code).toBe(3);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("ist kein ikz-Register (ikz.yaml fehlt)");
    expect((await ikz(["check", "--as-of", "2026-12-01"], other.dir)).code).toBe(0);
  });
});

describe("ikz check: a red report is settled only by support that was decided (IKZ-CHK-006)", () => {
  it("a rejected support decision leaves the warning and the waiting item; an approved one settles both", async () => {
    // The sample's latest report of IKZ-2024-002 (2026-Q3, submitted 21.10.2026) turned red.
    const reg = sampleRepo((dir) => {
      const file = join(dir, "reports/IKZ-2024-002/2026-Q3.md");
      writeFileSync(file, readFileSync(file, "utf8").replace("  overall: yellow", "  overall: red"));
    });
    const red = async () => (await ikzIn(reg, ["check"])).stdout.split("\n").filter((l) => l.includes("IKZ-CHK-006"));
    const waiting = async () => (await ikzIn(reg, ["status", "--format", "json"])).stdout;
    expect(await red()).toHaveLength(1);
    const support = (outcome: string, votes: string) => ["decide", "IKZ-2024-002", "--type", "support", "--support-kind", "methodical", "--outcome", outcome, "--meeting", MEETING, "--votes", votes, "--reason", "Bedarf beraten"];
    for (const [outcome, votes] of [["rejected", "1:5:0"], ["deferred", "5:0:1"]] as const) {
      const run = await ikzIn(reg, support(outcome, votes));
      expect(run.code, run.stderr).toBe(0);
      expect(await red(), outcome).toHaveLength(1);
      expect(await waiting()).toContain('"kind": "red_without_support"');
    }
    const approved = await ikzIn(reg, support("approved", "6:0:0"));
    expect(approved.code, approved.stderr).toBe(0);
    expect(await red()).toEqual([]);
    expect(await waiting()).not.toContain('"kind": "red_without_support"');
  });
});

describe("ikz check, ikz status and the controlling summary agree on a paused red project (IKZ-CHK-006)", () => {
  it("after a hold none of them chases the red report: no warning, no waiting item", async () => {
    const reg = sampleRepo((dir) => {
      const file = join(dir, "reports/IKZ-2024-002/2026-Q3.md");
      writeFileSync(file, readFileSync(file, "utf8").replace("  overall: yellow", "  overall: red"));
    });
    const hold = await ikzIn(reg, ["decide", "IKZ-2024-002", "--type", "hold", "--outcome", "approved", "--meeting", MEETING, "--votes", "6:0:0", "--reason", "Personalengpass", "--resubmission", "2027-03-01"]);
    expect(hold.code, hold.stderr).toBe(0);
    const check = await ikzIn(reg, ["check"]);
    expect(check.stdout).not.toContain("IKZ-CHK-006");
    const status = JSON.parse((await ikzIn(reg, ["status", "--format", "json"])).stdout) as { waiting: Array<{ kind: string; project: string }> };
    expect(status.waiting.filter((w) => w.project === "IKZ-2024-002" && w.kind === "red_without_support")).toEqual([]);
  });
});

describe("ikz check and ikz export controlling chase the same quarterly reports", () => {
  it("a project moved from operation to evaluation still owes the quarters it ended in implementation or operation, in both", async () => {
    // The sample as committed on 30.09.2026, IKZ-2023-004's 2026-Q2 report not filed. IKZ-2023-004 reported from its
    // release (26.11.2024) until its evaluation order of 22.09.2026.
    const other = datedRepo();
    cpSync(SAMPLE_DIR, other.dir, { recursive: true });
    rmSync(join(other.dir, "reports/IKZ-2023-004/2026-Q2.md"));
    other.git(undefined, "add", "-A");
    other.git("2026-09-30T12:00:00+02:00", "commit", "-q", "-m", "Stand Ende 2026-Q3");
    const checked = JSON.parse((await ikz(["check", "--as-of", "2026-09-30", "--format", "json"], other.dir)).stdout) as JsonFindings;
    const fromCheck = checked.findings.filter((f) => f.code === "IKZ-CHK-003").map((f) => `${/IKZ-\d{4}-\d{3}/.exec(f.file)![0]} ${/\d{4}-Q\d/.exec(f.message)![0]}`);
    const run = await ikz(["export", "controlling", "--quarter", "2026-Q3", "--format", "json"], other.dir);
    expect(run.code, run.stderr).toBe(0);
    const doc = JSON.parse(run.stdout) as { reports: { list: Array<{ project: string; period: string; state: string }> }; watch: { carriedReports: Array<{ project: string; period: string }> } };
    const fromControlling = [...doc.reports.list.filter((r) => r.state === "missing"), ...doc.watch.carriedReports].map((r) => `${r.project} ${r.period}`);
    expect(fromControlling.sort()).toEqual([...fromCheck].sort());
    expect(fromCheck.filter((x) => x.startsWith("IKZ-2023-004"))).toEqual(["IKZ-2023-004 2024-Q4", "IKZ-2023-004 2025-Q1", "IKZ-2023-004 2025-Q2", "IKZ-2023-004 2025-Q3", "IKZ-2023-004 2026-Q2"]);
  });
});
