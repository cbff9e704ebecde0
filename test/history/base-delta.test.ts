import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cpSync, renameSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { git, makeGitRepo, makeTempDir, removeTempDirs } from "../helpers/cli.js";
import { findBase } from "../../src/history/base-delta.js";
import { agreed, appendLine, branchOf, commitAll, committedSyntheticRegister, edit, newProject, type Picks } from "../helpers/base-compare.js";

// validate --base reads only the files Git names as changed. Every scenario here runs that and the reading of
// three whole registers on the same real repository (helpers/base-compare.ts) and requires the same answers –
// and the findings the scenario is about, or for a scenario without findings the files Git named, so that two
// empty lists cannot pass for agreement.

afterAll(removeTempDirs);

let template: string;
let picks: Picks;

beforeAll(async () => {
  ({ dir: template, picks } = await committedSyntheticRegister(30, 11));
}, 60_000);

const branch = () => branchOf(template);
const project = (dir: string, id: string, slug: string) => newProject(dir, picks.project, id, slug);

describe("validate --base: the files Git names give the answers of three whole registers", () => {
  it("an unchanged branch: Git names nothing, nothing is found", async () => {
    const { found, delta } = await agreed(branch());
    expect(found).toEqual([]);
    expect(delta.sinceFork.size).toBe(0);
  });

  it("edited, deleted and moved final records: committed, staged, or only in the working tree", async () => {
    const dir = branch();
    const [committed, staged, worktree, crlf, removed, moved, movedAndChanged, movedOnDisk] = picks.decisions as [string, string, string, string, string, string, string, string];
    edit(dir, committed, appendLine("Nachtrag auf dem Zweig"));
    edit(dir, picks.closedMeeting, (t) => t.replace(/^location: .*$/m, "location: Rathaus Trebur"));
    commitAll(dir, "edits");
    edit(dir, staged, appendLine("vorgemerkt"));
    git(dir, "add", staged);
    edit(dir, worktree, appendLine("nur im Arbeitsverzeichnis"));
    edit(dir, crlf, (t) => t.replace(/\n/g, "\r\n"));
    git(dir, "rm", "-q", removed);
    rmSync(join(dir, picks.acceptedReport));
    git(dir, "mv", moved, moved.replace(/\.md$/, "-x.md"));
    const changedTo = movedAndChanged.replace(/\.md$/, "-y.md");
    git(dir, "mv", movedAndChanged, changedTo);
    edit(dir, changedTo, appendLine("verschoben und ergänzt"));
    // Moved without Git: the new path is untracked, the old one missing.
    renameSync(join(dir, movedOnDisk), join(dir, movedOnDisk.replace(/\.md$/, "-z.md")));
    const { found, delta } = await agreed(dir);
    expect(found).toEqual(
      expect.arrayContaining([
        `IKZ-BASE-001 ${committed}`,
        `IKZ-BASE-001 ${staged}`,
        `IKZ-BASE-001 ${worktree}`,
        `IKZ-BASE-003 ${removed}`,
        `IKZ-BASE-001 ${changedTo}`,
        `IKZ-BASE-001 ${picks.closedMeeting}`,
        `IKZ-BASE-003 ${picks.acceptedReport}`,
      ]),
    );
    // A move keeps the record (IKZ-ID-004 asks for moves into the year's folder); only a change at the new path counts.
    const movedTo = moved.replace(/\.md$/, "-x.md");
    const movedOnDiskTo = movedOnDisk.replace(/\.md$/, "-z.md");
    expect(found.filter((line) => [moved, movedTo, movedAndChanged, movedOnDisk, movedOnDiskTo].some((file) => line.endsWith(` ${file}`)))).toEqual([]);
    // A CRLF checkout is not an edit, though Git names the file.
    expect(delta.sinceFork.has(crlf)).toBe(true);
    expect(found.some((line) => line.endsWith(crlf))).toBe(false);
  });

  it("records that are not final yet may change", async () => {
    const dir = branch();
    for (const file of [picks.openMeeting, picks.openReport, picks.project.file]) edit(dir, file, appendLine("ergänzt"));
    const { found, delta } = await agreed(dir);
    expect(found).toEqual([]);
    expect([...delta.sinceFork.keys()].sort()).toEqual([picks.openMeeting, picks.openReport, picks.project.file].sort());
  });

  it("files Git names without a change of content: a new time stamp, out of the index, under autocrlf", async () => {
    const dir = branch();
    const [touched, unindexed, converted] = picks.decisions as [string, string, string];
    utimesSync(join(dir, touched), new Date("2030-01-01"), new Date("2030-01-01"));
    utimesSync(join(dir, picks.closedMeeting), new Date("2030-01-01"), new Date("2030-01-01"));
    git(dir, "rm", "-q", "--cached", unindexed);
    git(dir, "config", "core.autocrlf", "true");
    edit(dir, converted, (t) => t.replace(/\n/g, "\r\n"));
    const { found, delta } = await agreed(dir);
    expect(found).toEqual([]);
    expect(delta.sinceFork.has(touched) && delta.sinceFork.has(unindexed) && delta.untracked.has(unindexed)).toBe(true);
  });

  it("IDs the target gave out meanwhile: committed, staged, intended, untracked and ignored files of the branch", async () => {
    const dir = branch();
    const committed = project(dir, "IKZ-2026-901", "zweig-a");
    commitAll(dir, "project on the branch");
    // The target moves on: the same IDs under other names, an edited project, a deleted lesson, a new ikz.yaml.
    git(dir, "checkout", "-q", "main");
    for (const n of [1, 2, 3, 4, 5]) project(dir, `IKZ-2026-90${n}`, `haupt-${n}`);
    edit(dir, picks.project.file, appendLine("auf main geändert"));
    edit(dir, "ikz.yaml", appendLine("# auf main geändert"));
    git(dir, "rm", "-q", picks.lesson);
    commitAll(dir, "main moves on");
    git(dir, "checkout", "-q", "feature");
    const staged = project(dir, "IKZ-2026-902", "zweig-b");
    git(dir, "add", staged);
    const intended = project(dir, "IKZ-2026-903", "zweig-c");
    git(dir, "add", "-N", intended);
    const untracked = project(dir, "IKZ-2026-904", "zweig-d");
    writeFileSync(join(dir, ".gitignore"), "projects/*-entwurf.md\n");
    const ignored = project(dir, "IKZ-2026-905", "entwurf");
    project(dir, "IKZ-2026-906", "nur-hier");
    edit(dir, "ikz.yaml", appendLine("# auf dem Zweig geändert"));
    const { found } = await agreed(dir);
    expect(found).toEqual([committed, staged, intended, untracked, ignored].map((file) => `IKZ-BASE-002 ${file}`));
  });

  it("a file changed on both sides, and a decision accepting a report edited on the branch", async () => {
    const dir = branch();
    const [both, deletedOnMain] = picks.decisions as [string, string];
    git(dir, "checkout", "-q", "main");
    edit(dir, both, appendLine("auf main"));
    git(dir, "rm", "-q", deletedOnMain);
    commitAll(dir, "main edits decisions");
    git(dir, "checkout", "-q", "feature");
    edit(dir, both, appendLine("auf dem Zweig"));
    edit(dir, deletedOnMain, appendLine("auf dem Zweig"));
    edit(dir, picks.acceptedReport, appendLine("nachträglich"));
    const { found } = await agreed(dir);
    expect(found).toEqual(expect.arrayContaining([`IKZ-BASE-001 ${both}`, `IKZ-BASE-001 ${deletedOnMain}`, `IKZ-BASE-001 ${picks.acceptedReport}`]));
  });

  it("records that failed their schema at the fork point, with the target moved on, and one that fails now", async () => {
    const dir = branch();
    const [brokenNow, brokenAtFork] = picks.decisions.slice(4) as [string, string];
    git(dir, "checkout", "-q", "main");
    edit(dir, brokenAtFork, (t) => t.replace(/^date: .*$/m, "date: 2019-02-30"));
    commitAll(dir, "a broken decision on main");
    git(dir, "checkout", "-q", "-B", "feature");
    git(dir, "checkout", "-q", "main");
    edit(dir, picks.lesson, appendLine("main zieht weiter"));
    commitAll(dir, "main moves on");
    git(dir, "checkout", "-q", "feature");
    edit(dir, brokenAtFork, (t) => t.replace(/^date: 2019-02-30$/m, "date: 2019-02-28"));
    edit(dir, brokenNow, (t) => t.replace(/^date: .*$/m, "date: kein Datum"));
    const { found, delta } = await agreed(dir);
    expect(found).toEqual([`IKZ-BASE-001 ${brokenNow}`]);
    expect(delta.changedOnBase.has(picks.lesson)).toBe(true);
  });

  it("on the target branch itself, and in a register below the repository's top", async () => {
    const dir = branch();
    git(dir, "checkout", "-q", "main");
    edit(dir, picks.decisions[0]!, appendLine("ungespeichert"));
    expect((await agreed(dir)).found).toEqual([`IKZ-BASE-001 ${picks.decisions[0]}`]);

    const outer = makeTempDir();
    cpSync(template, join(outer, "register"), { recursive: true });
    rmSync(join(outer, "register", ".git"), { recursive: true });
    writeFileSync(join(outer, "README.md"), "Außerhalb des Registers\n");
    makeGitRepo(outer);
    git(outer, "checkout", "-q", "-b", "feature");
    edit(join(outer, "register"), picks.decisions[1]!, appendLine("im Unterordner"));
    writeFileSync(join(outer, "README.md"), "geändert, aber kein Teil des Registers\n");
    expect((await agreed(join(outer, "register"))).found).toEqual([`IKZ-BASE-001 ${picks.decisions[1]}`]);
  });

  it("a register that did not exist where the branch forked", async () => {
    const outer = makeTempDir();
    writeFileSync(join(outer, "README.md"), "noch kein Register\n");
    makeGitRepo(outer);
    git(outer, "checkout", "-q", "-b", "feature");
    cpSync(template, join(outer, "register"), { recursive: true });
    rmSync(join(outer, "register", ".git"), { recursive: true });
    commitAll(outer, "register on the branch");
    const { found, delta } = await agreed(join(outer, "register"));
    expect(found).toEqual([]);
    expect(delta.sinceFork.get(picks.decisions[0]!)?.status).toBe("A");
  });

  it("a shallow clone that does not know the fork point is refused with what to fetch; with the whole history it compares", async () => {
    const dir = branch();
    edit(dir, picks.decisions[2]!, appendLine("auf dem Zweig"));
    commitAll(dir, "edit");
    const clone = makeTempDir();
    rmSync(clone, { recursive: true });
    git(dir, "clone", "-q", "--depth", "1", "--branch", "feature", `file://${dir}`, clone);
    git(clone, "fetch", "-q", "--depth", "1", "origin", "main:main");
    // Compared with the target's tip instead, whatever main did since the fork would count as this branch's change.
    await expect(findBase(clone, "main")).rejects.toMatchObject({ key: "base-shallow", params: { ref: "main" } });
    git(clone, "fetch", "-q", "--unshallow", "origin", "main:main");
    expect((await agreed(clone)).found).toEqual([`IKZ-BASE-001 ${picks.decisions[2]}`]);
  });

  it("an empty or option-like ref is a usage error, before Git sees it", async () => {
    const dir = branch();
    for (const ref of ["", "--upload-pack=touch x", "main branch"]) {
      await expect(findBase(dir, ref), JSON.stringify(ref)).rejects.toMatchObject({ key: "bad-ref", exitCode: 2 });
    }
  });

  it("a branch without a common ancestor with the target is refused", async () => {
    const dir = branch();
    git(dir, "checkout", "-q", "--orphan", "alone");
    commitAll(dir, "a history of its own");
    await expect(findBase(dir, "main")).rejects.toMatchObject({ key: "base-unrelated", params: { ref: "main" } });
  });
});
