import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { git, makeGitRepo, makeTempDir, removeTempDirs } from "../helpers/cli.js";
import type { Issue } from "../../src/domain/finding.js";
import type { RegisterModel } from "../../src/domain/model.js";
import { checkAgainstBase, type Snapshot } from "../../src/domain/rules/base-rules.js";
import { readRegister, readRegisterFolder, recordText, type RegisterData } from "../../src/register/register-data.js";
import type { LoadedRecord } from "../../src/register/load.js";
import { folderSource } from "../../src/io/fs-source.js";
import { compileSchemas } from "../../src/schema/compile.js";
import { readBaseBranch } from "../helpers/base-branch.js";
import { findBase, readBaseDelta } from "../../src/history/base-delta.js";
import { baseRecords, baseSnapshots } from "../../src/history/base-snapshots.js";
import { parseRawDiff } from "../../src/history/git-diff.js";

// validate --base reads only the files Git names as changed (readBaseDelta, baseSnapshots). Here every scenario
// runs both that and the comparison of three fully read registers (working tree, fork point, target tip) on the
// same real repository, and requires the same findings – and the findings the scenario is about, so that two
// empty lists cannot pass for agreement.

const schemas = compileSchemas();
const BASE = "main";

afterAll(removeTempDirs);

/** The base findings the way validate finds them: the compact read plus the files Git names. */
async function incremental(root: string, ref = BASE): Promise<Issue[]> {
  const current = await readRegisterFolder(root, schemas);
  const snapshots = baseSnapshots(current, await readBaseDelta(await findBase(root, ref), schemas));
  return checkAgainstBase(snapshots.current, snapshots.fork, { model: snapshots.base, label: ref });
}

/** The base findings from three whole registers, each with every record's text. */
async function full(root: string, ref = BASE): Promise<Issue[]> {
  const current = await readRegister(folderSource(root), schemas);
  const base = await readBaseBranch(root, ref, schemas);
  return checkAgainstBase(whole(current), whole(base.fork), { model: base.tip.model, label: ref });
}

function whole(data: RegisterData): Snapshot {
  const texts = new Map(data.loaded.records.map((r) => [r.file, recordText(r)]));
  return { model: data.model, textOf: (file) => texts.get(file) };
}

/** Both ways agree, also on the records renumber --base looks IDs up in; returns the findings as "code file" lines. */
async function agreed(root: string, ref = BASE): Promise<string[]> {
  const fast = await incremental(root, ref);
  expect(fast).toEqual(await full(root, ref));
  const current = await readRegister(folderSource(root), schemas);
  const rebuilt = baseRecords(current.loaded.records, await readBaseDelta(await findBase(root, ref), schemas));
  const whole = await readBaseBranch(root, ref, schemas);
  const ids = (records: readonly LoadedRecord[]) => records.map((r) => [r.file, r.kind, JSON.stringify(r.data)]);
  expect(ids(rebuilt.fork)).toEqual(ids(whole.fork.loaded.records));
  expect(ids(rebuilt.base)).toEqual(ids(whole.tip.loaded.records));
  return fast.map((i) => `${i.code} ${i.file}`);
}

/** Records of the synthetic register picked by what the base check treats differently. */
interface Picks {
  decisions: string[];
  closedMeeting: string;
  plannedMeeting: string;
  acceptedReport: string;
  openReport: string;
  project: { file: string; id: string };
  lesson: string;
}

function pick(model: RegisterModel): Picks {
  const accepted = new Set(model.decisions.filter((d) => d.data.type === "accept_report" && d.data.report).map((d) => d.data.report!));
  const reportFile = (want: boolean) => model.reports.find((r) => accepted.has(`${r.data.project}/${r.data.period}`) === want)!.file;
  const meeting = (closed: boolean) => model.meetings.find((m) => (m.data.status === "closed") === closed)!.file;
  return {
    decisions: model.decisions.slice(0, 6).map((d) => d.file),
    closedMeeting: meeting(true),
    plannedMeeting: meeting(false),
    acceptedReport: reportFile(true),
    openReport: reportFile(false),
    project: { file: model.projects[0]!.file, id: model.projects[0]!.data.id },
    lesson: model.lessons[0]!.file,
  };
}

let template: string;
let picks: Picks;

beforeAll(async () => {
  template = makeTempDir();
  const { generateRegister } = (await import("../../bench/generate.mjs" as string)) as { generateRegister: (dir: string, projects: number, opts: { seed: number }) => Promise<unknown> };
  await generateRegister(template, 30, { seed: 11 });
  rmSync(join(template, ".bench-generator.json"));
  openLastMeeting(template);
  makeGitRepo(template);
  picks = pick((await readRegister(folderSource(template), schemas)).model);
}, 60_000);

/** The generator closes every meeting; the last one is made open again (an open meeting is not final). */
function openLastMeeting(root: string): void {
  const years = readdirSync(join(root, "meetings")).sort();
  const folder = join(root, "meetings", years.at(-1)!);
  const file = join(folder, readdirSync(folder).sort().at(-1)!);
  writeFileSync(file, readFileSync(file, "utf8").replace(/^status: closed$/m, "status: open"));
}

/** A copy of the committed register on a new branch `feature`. */
function branch(): string {
  const dir = makeTempDir();
  cpSync(template, dir, { recursive: true });
  git(dir, "checkout", "-q", "-b", "feature");
  return dir;
}

const edit = (dir: string, file: string, change: (text: string) => string) => writeFileSync(join(dir, file), change(readFileSync(join(dir, file), "utf8")));
const appendLine = (line: string) => (text: string) => `${text}${line}\n`;
const commitAll = (dir: string, message: string) => {
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", message);
};

/** A project file with an ID and title of its own (valid against the schema, as the generator writes them). */
function newProject(dir: string, id: string, slug: string): string {
  const source = readFileSync(join(dir, picks.project.file), "utf8");
  const file = `projects/${id}-${slug}.md`;
  writeFileSync(join(dir, file), source.replaceAll(picks.project.id, id).replace(/^title: .*$/m, `title: ${slug}`));
  return file;
}

describe("validate --base: the files Git names give the answers of three whole registers", () => {
  it("an unchanged branch has no findings", async () => {
    expect(await agreed(branch())).toEqual([]);
  });

  it("edited, deleted and moved final records: committed, staged, or only in the working tree", async () => {
    const dir = branch();
    const [committed, staged, worktree, crlf, removed, moved] = picks.decisions as [string, string, string, string, string, string];
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
    const found = await agreed(dir);
    expect(found).toEqual(
      expect.arrayContaining([
        `IKZ-BASE-001 ${committed}`,
        `IKZ-BASE-001 ${staged}`,
        `IKZ-BASE-001 ${worktree}`,
        `IKZ-BASE-003 ${removed}`,
        `IKZ-BASE-003 ${moved}`,
        `IKZ-BASE-001 ${picks.closedMeeting}`,
        `IKZ-BASE-003 ${picks.acceptedReport}`,
      ]),
    );
    // A CRLF checkout is not an edit.
    expect(found.some((line) => line.endsWith(crlf))).toBe(false);
  });

  it("records that are not final yet may change", async () => {
    const dir = branch();
    edit(dir, picks.plannedMeeting, appendLine("Tagesordnung ergänzt"));
    edit(dir, picks.openReport, appendLine("Nachtrag"));
    edit(dir, picks.project.file, appendLine("Projektnotiz"));
    expect(await agreed(dir)).toEqual([]);
  });

  it("IDs the target gave out meanwhile: committed, staged and untracked files of the branch", async () => {
    const dir = branch();
    const committed = newProject(dir, "IKZ-2026-901", "zweig-a");
    commitAll(dir, "project on the branch");
    // The target moves on: the same IDs under other names, an edited project, a deleted lesson.
    git(dir, "checkout", "-q", "main");
    for (const [id, slug] of [["IKZ-2026-901", "haupt-a"], ["IKZ-2026-902", "haupt-b"], ["IKZ-2026-903", "haupt-c"]] as const) newProject(dir, id, slug);
    edit(dir, picks.project.file, appendLine("auf main geändert"));
    git(dir, "rm", "-q", picks.lesson);
    commitAll(dir, "main moves on");
    git(dir, "checkout", "-q", "feature");
    const staged = newProject(dir, "IKZ-2026-902", "zweig-b");
    git(dir, "add", staged);
    const untracked = newProject(dir, "IKZ-2026-903", "zweig-c");
    newProject(dir, "IKZ-2026-904", "nur-hier");
    expect(await agreed(dir)).toEqual([`IKZ-BASE-002 ${committed}`, `IKZ-BASE-002 ${staged}`, `IKZ-BASE-002 ${untracked}`]);
  });

  it("a decision that accepts a report, edited on the branch, still makes the report final", async () => {
    const dir = branch();
    edit(dir, picks.acceptedReport, appendLine("nachträglich"));
    const model = (await readRegister(folderSource(dir), schemas)).model;
    const report = model.reports.find((r) => r.file === picks.acceptedReport)!;
    const acceptance = model.decisions.find((d) => d.data.type === "accept_report" && d.data.report === `${report.data.project}/${report.data.period}`)!;
    edit(dir, acceptance.file, (t) => t.replace(/^outcome: .*$/m, "outcome: rejected"));
    expect(await agreed(dir)).toEqual(expect.arrayContaining([`IKZ-BASE-001 ${picks.acceptedReport}`, `IKZ-BASE-001 ${acceptance.file}`]));
  });

  it("a record that failed its schema at the fork point and one that fails now", async () => {
    const dir = branch();
    const [broken, , , , , fixedLater] = picks.decisions as [string, string, string, string, string, string];
    git(dir, "checkout", "-q", "main");
    edit(dir, fixedLater, (t) => t.replace(/^date: .*$/m, "date: 2019-02-30"));
    commitAll(dir, "a broken decision on main");
    git(dir, "checkout", "-q", "-B", "feature");
    edit(dir, fixedLater, (t) => t.replace(/^date: 2019-02-30$/m, "date: 2019-02-28"));
    edit(dir, broken, (t) => t.replace(/^date: .*$/m, "date: kein Datum"));
    expect(await agreed(dir)).toEqual(expect.arrayContaining([`IKZ-BASE-001 ${broken}`]));
  });

  it("on the target branch itself, and in a register below the repository's top", async () => {
    const dir = branch();
    git(dir, "checkout", "-q", "main");
    edit(dir, picks.decisions[0]!, appendLine("ungespeichert"));
    expect(await agreed(dir)).toEqual([`IKZ-BASE-001 ${picks.decisions[0]}`]);

    const outer = makeTempDir();
    cpSync(template, join(outer, "register"), { recursive: true });
    rmSync(join(outer, "register", ".git"), { recursive: true });
    writeFileSync(join(outer, "README.md"), "Außerhalb des Registers\n");
    makeGitRepo(outer);
    git(outer, "checkout", "-q", "-b", "feature");
    edit(join(outer, "register"), picks.decisions[1]!, appendLine("im Unterordner"));
    writeFileSync(join(outer, "README.md"), "geändert, aber kein Teil des Registers\n");
    expect(await agreed(join(outer, "register"))).toEqual([`IKZ-BASE-001 ${picks.decisions[1]}`]);
  });

  it("a register that did not exist where the branch forked", async () => {
    const outer = makeTempDir();
    writeFileSync(join(outer, "README.md"), "noch kein Register\n");
    makeGitRepo(outer);
    git(outer, "checkout", "-q", "-b", "feature");
    cpSync(template, join(outer, "register"), { recursive: true });
    rmSync(join(outer, "register", ".git"), { recursive: true });
    commitAll(outer, "register on the branch");
    expect(await agreed(join(outer, "register"))).toEqual([]);
  });

  it("a shallow clone that does not know the fork point compares with the target's tip", async () => {
    const dir = branch();
    edit(dir, picks.decisions[2]!, appendLine("auf dem Zweig"));
    commitAll(dir, "edit");
    const clone = makeTempDir();
    rmSync(clone, { recursive: true });
    git(dir, "clone", "-q", "--depth", "1", "--branch", "feature", `file://${dir}`, clone);
    git(clone, "fetch", "-q", "--depth", "1", "origin", "main:main");
    expect(await agreed(clone)).toEqual([`IKZ-BASE-001 ${picks.decisions[2]}`]);
  });
});

describe("a large register (read with workers, records keep only the rules' fields)", () => {
  it("gives the same answers", async () => {
    const dir = makeTempDir();
    const { generateRegister } = (await import("../../bench/generate.mjs" as string)) as { generateRegister: (dir: string, projects: number, opts: { seed: number }) => Promise<{ files: number }> };
    const { files } = await generateRegister(dir, 380, { seed: 5 });
    expect(files).toBeGreaterThanOrEqual(5000);
    rmSync(join(dir, ".bench-generator.json"));
    openLastMeeting(dir);
    makeGitRepo(dir);
    const large = pick((await readRegister(folderSource(dir), schemas)).model);
    git(dir, "checkout", "-q", "-b", "feature");
    edit(dir, large.closedMeeting, (t) => t.replace(/^location: .*$/m, "location: Rathaus Nauheim"));
    edit(dir, large.decisions[0]!, appendLine("Nachtrag"));
    edit(dir, large.plannedMeeting, appendLine("Tagesordnung ergänzt"));
    expect(await agreed(dir)).toEqual([`IKZ-BASE-001 ${large.decisions[0]}`, `IKZ-BASE-001 ${large.closedMeeting}`]);
  }, 120_000);
});

describe("parseRawDiff", () => {
  it("reads Git's raw -z lines: the blobs on either side, none for added, deleted or submodule entries", () => {
    const a = "a".repeat(40);
    const b = "b".repeat(40);
    const zero = "0".repeat(40);
    const raw = [
      `:100644 100644 ${a} ${zero} M`, "reg/decisions/2025/B-2025-001.md",
      `:000000 100644 ${zero} ${b} A`, "reg/projects/IKZ-2026-001-x.md",
      `:100644 000000 ${a} ${zero} D`, "reg/lessons/L-2025-001-y.md",
      `:160000 160000 ${a} ${b} M`, "reg/projects/sub",
      `:100644 100644 ${a} ${b} M`, "other/file.md",
      "",
    ].join("\0");
    expect(parseRawDiff(raw, "reg/")).toEqual([
      { file: "decisions/2025/B-2025-001.md", status: "M", oldBlob: a },
      { file: "projects/IKZ-2026-001-x.md", status: "A", newBlob: b },
      { file: "lessons/L-2025-001-y.md", status: "D", oldBlob: a },
      { file: "projects/sub", status: "M" },
    ]);
  });
});
