import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, cpSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { IKZ_BIN, makeTempDir, removeTempDirs, runIkz, type RunResult } from "../helpers/cli.js";
import { SAMPLE_REGISTER } from "../helpers/records.js";

afterAll(removeTempDirs);

const AUTHOR = { name: "Anna Beispiel", email: "anna.beispiel@ikz.invalid" };
const PROJECT = "projects/IKZ-2025-004-gemeinsame-e-akte-und-digitaler-posteingang.md";

/** A copy of the sample register as a Git repository whose commits carry fixed dates and a fixed identity. */
function historyRepo() {
  const dir = makeTempDir();
  const home = makeTempDir();
  cpSync(SAMPLE_REGISTER, dir, { recursive: true });
  const git = (date: string | undefined, ...args: string[]) =>
    execFileSync("git", ["-c", `user.name=${AUTHOR.name}`, "-c", `user.email=${AUTHOR.email}`, "-c", "commit.gpgsign=false", ...args], {
      cwd: dir,
      encoding: "utf8",
      env: {
        ...process.env,
        HOME: home,
        GIT_CONFIG_NOSYSTEM: "1",
        LC_ALL: "C",
        GIT_AUTHOR_NAME: AUTHOR.name,
        GIT_AUTHOR_EMAIL: AUTHOR.email,
        GIT_COMMITTER_NAME: AUTHOR.name,
        GIT_COMMITTER_EMAIL: AUTHOR.email,
        ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
      },
    }).trim();
  const edit = (file: string, change: (text: string) => string) => writeFileSync(join(dir, file), change(readFileSync(join(dir, file), "utf8")));
  const commit = (date: string, ...message: string[]) => {
    git(date, "add", "-A");
    git(date, "commit", "-q", ...message.flatMap((m) => ["-m", m]));
    return git(undefined, "rev-parse", "HEAD");
  };
  git(undefined, "init", "-q", "-b", "main");
  return { dir, home, git, edit, commit };
}

/** The E-Akte project over time: taken in with a milestone, project order (with its decision), a partner joins, the milestone is done. */
function projectHistory() {
  const repo = historyRepo();
  const { edit, commit } = repo;
  edit(PROJECT, (t) => t.replace("sponsor: beispiel\n", "sponsor: beispiel\nmilestones:\n  - id: M1\n    title: Aktenplan abgestimmt\n    due: 2026-09-30\n").replace("  - municipality: buettelborn\n    role: partner\n", ""));
  const created = commit("2026-01-05T10:00:00+01:00", "Register übernommen");
  edit(PROJECT, (t) => t.replace("phase: prioritized", "phase: assessment"));
  copyFileSync(join(repo.dir, "decisions/2026/B-2026-001.md"), join(repo.dir, "decisions/2026/B-2026-020.md"));
  edit("decisions/2026/B-2026-020.md", (t) => t.replace(/^id: .*$/m, "id: B-2026-020"));
  const mandate = commit("2026-03-17T18:00:00+01:00", "ikz: Projektauftrag für IKZ-2025-004", "Ikz-Record: B-2026-020");
  edit(PROJECT, (t) => t.replace("interest:\n", "  - municipality: buettelborn\n    role: partner\ninterest:\n"));
  const partner = commit("2026-04-01T09:00:00+02:00", "ikz: Büttelborn beteiligt", "Ikz-Record: IKZ-2025-004");
  edit(PROJECT, (t) => t.replace("    due: 2026-09-30\n", "    due: 2026-09-30\n    done: 2026-06-30\n"));
  const done = commit("2026-06-30T16:00:00+02:00", "ikz: M1 erledigt", "Ikz-Record: IKZ-2025-004");
  return { ...repo, commits: { created, mandate, partner, done } };
}

const ikz = (dir: string, home: string, ...args: string[]): Promise<RunResult> => runIkz(["--register", dir, ...args], { cwd: dir, env: { HOME: home } });

describe("ikz log", () => {
  const repo = projectHistory();
  const short = (hash: string) => hash.slice(0, 10);

  it("tells a project's history in plain German words, newest first: phase by decision, partner added, milestone done", async () => {
    const run = await ikz(repo.dir, repo.home, "log", "ikz-2025-004");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const { created, mandate, partner, done } = repo.commits;
    expect(run.stdout).toBe(
      [
        `30.06.2026  Anna Beispiel  ${short(done)}`,
        "  Meilensteine M1 · erledigt: — → 30.06.2026",
        "",
        `01.04.2026  Anna Beispiel  ${short(partner)}`,
        "  Beteiligte: + Büttelborn",
        "",
        `17.03.2026  Anna Beispiel  ${short(mandate)}`,
        "  Phase: Priorisiert → Vorteilhaftigkeitsprüfung (B-2026-020)",
        "",
        `05.01.2026  Anna Beispiel  ${short(created)}`,
        "  angelegt",
        // The decisions about the project committed with the register (they did not change the project file).
        "  Beschluss B-2025-024: Start Interessenbekundung – beschlossen",
        "  Beschluss B-2026-004: Priorisierung – beschlossen",
        "",
      ].join("\n"),
    );
  });

  it("gives the same history as JSON with key paths, raw values and full commit IDs", async () => {
    const run = await ikz(repo.dir, repo.home, "log", "IKZ-2025-004", "--json");
    const entries = JSON.parse(run.stdout) as Array<{ commit: string; date: string; author: string; email: string; file: string; changes: Array<Record<string, unknown>> }>;
    expect(entries.map((e) => e.commit)).toEqual([repo.commits.done, repo.commits.partner, repo.commits.mandate, repo.commits.created]);
    expect(entries[0]).toMatchObject({ date: "2026-06-30", author: AUTHOR.name, email: AUTHOR.email, file: PROJECT });
    expect(entries[0]!.changes).toEqual([{ path: "milestones[M1].done", kind: "set", before: null, after: "2026-06-30", text: "Meilensteine M1 · erledigt: — → 30.06.2026" }]);
    expect(entries[1]!.changes[0]).toMatchObject({ path: "participants", kind: "list", added: [{ municipality: "buettelborn", role: "partner" }], removed: [] });
    expect(entries[2]!.changes).toEqual([{ path: "phase", kind: "set", before: "prioritized", after: "assessment", decision: "B-2026-020", text: "Phase: Priorisiert → Vorteilhaftigkeitsprüfung (B-2026-020)" }]);
    expect(entries[3]!.changes).toEqual([
      { path: "", kind: "created", text: "angelegt" },
      { path: "", kind: "linked", decision: "B-2025-024", text: "Beschluss B-2025-024: Start Interessenbekundung – beschlossen" },
      { path: "", kind: "linked", decision: "B-2026-004", text: "Beschluss B-2026-004: Priorisierung – beschlossen" },
    ]);
  });

  it("speaks English with --lang en", async () => {
    const run = await ikz(repo.dir, repo.home, "--lang", "en", "log", "IKZ-2025-004");
    expect(run.stdout).toContain("30 Jun 2026  Anna Beispiel");
    expect(run.stdout).toContain("  Milestones M1 · done: — → 30 Jun 2026");
    expect(run.stdout).toContain("  Phase: Prioritised → Assessment (B-2026-020)");
    expect(run.stdout).toContain("  Participants: + Büttelborn");
    expect(run.stdout).toContain("  created");
  });

  it("a decision's log is its one commit; an unknown ID is a usage error with a suggestion", async () => {
    const decision = await ikz(repo.dir, repo.home, "log", "B-2026-020");
    expect(decision.stdout).toBe(`17.03.2026  Anna Beispiel  ${short(repo.commits.mandate)}\n  angelegt\n`);
    const unknown = await ikz(repo.dir, repo.home, "log", "IKZ-2025-0004");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("meinten Sie „IKZ-2025-004“?");
  });
});

describe("ikz log: council resolutions are appended, not matched by municipality", () => {
  const COUNCIL_PROJECT = "projects/IKZ-2025-001-gemeinsamer-standesamtsbezirk-nordkreis.md";
  const entry = (municipality: string, body: string, date: string, result: string, reference?: string) =>
    `  - municipality: ${municipality}\n    body: ${body}\n    date: ${date}\n    result: ${result}\n${reference ? `    reference: ${reference}\n` : ""}`;
  const BISCHOFSHEIM = "Gemeindevertretung Bischofsheim";
  const repo = historyRepo();
  repo.commit("2026-01-05T10:00:00+01:00", "Register übernommen");
  // As `ikz council` writes them: each resolution appends an entry, a second vote of the same council included.
  repo.edit(COUNCIL_PROJECT, (t) => t.replace("sample: true\n", `sample: true\ncouncil_resolutions:\n${entry("bischofsheim", BISCHOFSHEIM, "2026-10-29", "deferred")}`));
  const first = repo.commit("2026-10-29T20:00:00+01:00", "Gremienbeschluss Bischofsheim vertagt");
  repo.edit(COUNCIL_PROJECT, (t) => t.replace("---\n\n## Ausgangslage", `${entry("bischofsheim", BISCHOFSHEIM, "2026-11-01", "approved", "DS 12/2026")}---\n\n## Ausgangslage`));
  const second = repo.commit("2026-11-01T20:00:00+01:00", "Gremienbeschluss Bischofsheim zugestimmt");
  repo.edit(COUNCIL_PROJECT, (t) => t.replace("---\n\n## Ausgangslage", `${entry("ginsheim-gustavsburg", "Stadtverordnetenversammlung Ginsheim-Gustavsburg", "2026-11-02", "rejected")}---\n\n## Ausgangslage`));
  repo.commit("2026-11-02T20:00:00+01:00", "Gremienbeschluss Ginsheim-Gustavsburg abgelehnt");
  // A correction inside an existing entry is still an edit of that entry.
  repo.edit(COUNCIL_PROJECT, (t) => t.replace("    date: 2026-10-29\n    result: deferred\n", "    date: 2026-10-29\n    result: deferred\n    reference: DS 11/2026\n"));
  repo.commit("2026-11-03T10:00:00+01:00", "Drucksache nachgetragen");

  it("a second resolution of the same council reads as added, with its result, date and reference; a rejection names its result", async () => {
    const run = await ikz(repo.dir, repo.home, "log", "IKZ-2025-001");
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines.slice(0, 8)).toEqual([
      `03.11.2026  Anna Beispiel  ${repo.git(undefined, "rev-parse", "--short=10", "HEAD")}`,
      "  Gremienbeschlüsse Bischofsheim · Drucksache: — → DS 11/2026",
      "",
      `02.11.2026  Anna Beispiel  ${repo.git(undefined, "rev-parse", "--short=10", "HEAD~1")}`,
      "  Gremienbeschlüsse: + Ginsheim-Gustavsburg: abgelehnt am 02.11.2026",
      "",
      `01.11.2026  Anna Beispiel  ${second.slice(0, 10)}`,
      "  Gremienbeschlüsse: + Bischofsheim: zugestimmt am 01.11.2026 (DS 12/2026)",
    ]);
    expect(run.stdout).toContain(`29.10.2026  Anna Beispiel  ${first.slice(0, 10)}\n  Gremienbeschlüsse: + Bischofsheim: vertagt am 29.10.2026\n`);
    expect(run.stdout).not.toMatch(/Datum: .* → /);
  });

  it("gives the added entry whole in JSON and the edited one by its index; English words with --lang en", async () => {
    const entries = JSON.parse((await ikz(repo.dir, repo.home, "log", "IKZ-2025-001", "--json")).stdout) as Array<{ changes: Array<Record<string, unknown>> }>;
    expect(entries[0]!.changes).toEqual([{ path: "council_resolutions[0].reference", kind: "set", before: null, after: "DS 11/2026", text: "Gremienbeschlüsse Bischofsheim · Drucksache: — → DS 11/2026" }]);
    expect(entries[2]!.changes).toEqual([
      { path: "council_resolutions", kind: "list", added: [{ municipality: "bischofsheim", body: BISCHOFSHEIM, date: "2026-11-01", result: "approved", reference: "DS 12/2026" }], removed: [], text: "Gremienbeschlüsse: + Bischofsheim: zugestimmt am 01.11.2026 (DS 12/2026)" },
    ]);
    const en = await ikz(repo.dir, repo.home, "--lang", "en", "log", "IKZ-2025-001");
    expect(en.stdout).toContain("  Council resolutions: + Bischofsheim: approved on 1 Nov 2026 (DS 12/2026)\n");
    expect(en.stdout).toContain("  Council resolutions: + Ginsheim-Gustavsburg: rejected on 2 Nov 2026\n");
  });
});

describe("ikz log: what other records say", () => {
  it("a project's log names a decision that did not touch the project file; a decision's log names its fulfilled condition", async () => {
    const repo = historyRepo();
    const { edit, commit } = repo;
    commit("2026-01-05T10:00:00+01:00", "Register übernommen");
    // An acknowledgement about IKZ-2025-004 that changes nothing in the project file.
    copyFileSync(join(repo.dir, "decisions/2026/B-2026-004.md"), join(repo.dir, "decisions/2026/B-2026-030.md"));
    edit("decisions/2026/B-2026-030.md", (t) => t.replace(/^id: .*$/m, "id: B-2026-030"));
    const ack = commit("2026-02-10T18:00:00+01:00", "ikz: Beschluss B-2026-030", "Ikz-Record: B-2026-030");
    const log = await ikz(repo.dir, repo.home, "log", "IKZ-2025-004");
    expect(log.code, log.stderr).toBe(0);
    expect(log.stdout.startsWith(`10.02.2026  Anna Beispiel  ${ack.slice(0, 10)}\n  Beschluss B-2026-030: Priorisierung – beschlossen\n\n`)).toBe(true);
    // IKZ-2023-003 records condition 1 of B-2025-008 as fulfilled on 05.09.2025 (in the register's first commit).
    const decision = await ikz(repo.dir, repo.home, "log", "B-2025-008");
    expect(decision.stdout).toMatch(/^05\.01\.2026 {2}Anna Beispiel {2}[0-9a-f]{10}\n {2}angelegt\n {2}Auflage 1 erfüllt am 05\.09\.2025 \(eingetragen in IKZ-2023-003\)\n$/);
    const project = "projects/IKZ-2023-003-gemeinsame-aufsicht-ueber-geldspielgeraete-in-gaststaetten.md";
    edit(project, (t) => t.replace("    date: 2025-09-05\n", "    date: 2025-09-05\n  - decision: B-2025-008\n    index: 2\n    date: 2026-03-01\n"));
    const second = commit("2026-03-01T10:00:00+01:00", "ikz: Auflage 2 erfüllt", "Ikz-Record: IKZ-2023-003");
    const again = await ikz(repo.dir, repo.home, "--lang", "en", "log", "B-2025-008");
    expect(again.stdout.startsWith(`1 Mar 2026  Anna Beispiel  ${second.slice(0, 10)}\n  condition 2 fulfilled on 1 Mar 2026 (recorded in IKZ-2023-003)\n\n`)).toBe(true);
  });
});

describe("ikz log across renames, text edits and deletions", () => {
  it("follows a renamed file, names a title change and a text change, and finds a deleted record", async () => {
    const repo = historyRepo();
    const { edit, commit, git } = repo;
    commit("2026-01-05T10:00:00+01:00", "Register übernommen");
    const renamed = "projects/IKZ-2025-004-e-akte.md";
    renameSync(join(repo.dir, PROJECT), join(repo.dir, renamed));
    edit(renamed, (t) => t.replace(/^title: .*$/m, "title: E-Akte").replace(/^tags:\n  - digitalisierung\n/m, "tags:\n"));
    const rename = commit("2026-02-01T10:00:00+01:00", "Titel gekürzt");
    edit(renamed, (t) => t.replace("## Risiken\n", "## Risiken\n\nNeu: Datenschutz.\n"));
    const text = commit("2026-02-02T10:00:00+01:00", "Risiko ergänzt");
    const log = await ikz(repo.dir, repo.home, "log", "IKZ-2025-004");
    expect(log.code, log.stderr).toBe(0);
    expect(log.stdout).toContain(`02.02.2026  Anna Beispiel  ${text.slice(0, 10)}\n  Text geändert\n`);
    expect(log.stdout).toContain(
      `01.02.2026  Anna Beispiel  ${rename.slice(0, 10)}\n  Datei umbenannt: ${PROJECT} → ${renamed}\n  Titel geändert\n  Schlagwörter: − digitalisierung\n`,
    );
    expect(log.stdout).toMatch(/05\.01\.2026 {2}Anna Beispiel {2}[0-9a-f]{10}\n {2}angelegt\n( {2}Beschluss B-\d{4}-\d{3}: .*\n)*$/);

    edit(renamed, (t) => t.replace("phase: prioritized", "phase: [prioritized"));
    commit("2026-02-03T10:00:00+01:00", "Tippfehler");
    edit(renamed, (t) => t.replace("phase: [prioritized", "phase: prioritized").replace("sponsor: beispiel", "sponsor: goetz"));
    commit("2026-02-04T10:00:00+01:00", "repariert");
    const repaired = await ikz(repo.dir, repo.home, "log", "IKZ-2025-004");
    // The broken version is named; the repair is compared with the last readable version before it.
    expect(repaired.stdout).toMatch(/^04\.02\.2026 .*\n {2}Betreuung in der Lenkungsgruppe: Anna Beispiel → Marion Götz\n\n03\.02\.2026 .*\n {2}Kopfdaten nicht lesbar\n/);

    rmSync(join(repo.dir, "lessons/LL-2024-001-gremienbeschluesse-frueh-planen.md"));
    const gone = commit("2026-03-01T10:00:00+01:00", "Erfahrung entfernt");
    const deleted = await ikz(repo.dir, repo.home, "log", "LL-2024-001");
    expect(deleted.code, deleted.stderr).toBe(0);
    expect(deleted.stdout.startsWith(`01.03.2026  Anna Beispiel  ${gone.slice(0, 10)}\n  gelöscht\n`)).toBe(true);
    expect(git(undefined, "status", "--porcelain")).toBe("");
  });
});

describe("ikz log: Git processes", () => {
  const strace = spawnSync("strace", ["-V"], { encoding: "utf8" });
  const hasStrace = strace.status === 0;
  if (!hasStrace) console.warn("ikz log process count not checked: strace is not installed (apt-get install strace)");

  it.skipIf(!hasStrace)("reads any history in the same small number of Git processes, however many commits (needs strace)", () => {
    const repo = projectHistory();
    const count = (id: string) => {
      const trace = join(makeTempDir(), "trace");
      const run = spawnSync("strace", ["-f", "-qq", "-e", "trace=execve", "-e", "status=successful", "-e", "signal=none", "-o", trace, process.execPath, IKZ_BIN, "--register", repo.dir, "log", id], {
        cwd: repo.dir,
        env: { ...process.env, NO_COLOR: "1", HOME: repo.home },
        encoding: "utf8",
      });
      expect(run.status, run.stderr).toBe(0);
      return readFileSync(trace, "utf8").split("\n").filter((l) => /execve\("[^"]*\/git"/.test(l)).length;
    };
    // A project's log adds one process for the decisions about it (their adding commits, all at once).
    const long = count("IKZ-2025-004");
    const single = count("B-2026-020");
    expect(long).toBe(single + 1);
    expect(long).toBeLessThanOrEqual(5);
  });
});
