import { expect } from "vitest";
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { git, makeGitRepo, makeTempDir } from "./cli.js";
import type { Issue } from "../../src/domain/finding.js";
import type { RegisterModel } from "../../src/domain/model.js";
import { checkAgainstBase, type Snapshot } from "../../src/domain/rules/base-rules.js";
import { readRegister, readRegisterFolder, recordText, type RegisterData } from "../../src/register/register-data.js";
import type { LoadedRecord } from "../../src/register/load.js";
import { folderSource } from "../../src/io/fs-source.js";
import { compileSchemas } from "../../src/schema/compile.js";
import { findBase, readBaseDelta, type BaseDelta } from "../../src/history/base-delta.js";
import { baseRecords, baseSnapshots } from "../../src/history/base-snapshots.js";
import { readBaseBranch } from "./base-branch.js";

// validate --base and renumber --base read only the files Git names as changed (readBaseDelta). These helpers
// run that and the reading of three whole registers (working tree, fork point, target tip; readBaseBranch) on
// the same real repository, for test/history/base-delta*.test.ts.

const schemas = compileSchemas();

/** The base findings the way validate finds them: the compact read plus the files Git names; and the delta. */
async function incremental(root: string, ref: string): Promise<{ issues: Issue[]; delta: BaseDelta }> {
  const current = await readRegisterFolder(root, schemas);
  const delta = await readBaseDelta(await findBase(root, ref), schemas);
  const snapshots = baseSnapshots(current, delta);
  return { issues: checkAgainstBase(snapshots.current, snapshots.fork, { model: snapshots.base, label: ref }), delta };
}

/** The base findings from three whole registers, each with every record's text. */
async function full(root: string, ref: string): Promise<Issue[]> {
  const current = await readRegister(folderSource(root), schemas);
  const base = await readBaseBranch(root, ref, schemas);
  return checkAgainstBase(whole(current), whole(base.fork), { model: base.tip.model, label: ref });
}

function whole(data: RegisterData): Snapshot {
  const texts = new Map(data.loaded.records.map((r) => [r.file, recordText(r)]));
  return { model: data.model, textOf: (file) => texts.get(file) };
}

/**
 * Both ways agree on the findings, and on the records renumber --base looks IDs up in (fork point and target,
 * each record's file, kind and data); returns the findings as "code file" lines and what Git named.
 */
export async function agreed(root: string, ref = "main"): Promise<{ found: string[]; delta: BaseDelta }> {
  const { issues, delta } = await incremental(root, ref);
  expect(issues).toEqual(await full(root, ref));
  const current = await readRegister(folderSource(root), schemas);
  const rebuilt = baseRecords(current.loaded.records, delta);
  const reference = await readBaseBranch(root, ref, schemas);
  const brief = (records: readonly LoadedRecord[]) => records.map((r) => [r.file, r.kind, JSON.stringify(r.data)]);
  expect(brief(rebuilt.fork)).toEqual(brief(reference.fork.loaded.records));
  expect(brief(rebuilt.base)).toEqual(brief(reference.tip.loaded.records));
  return { found: issues.map((i) => `${i.code} ${i.file}`), delta };
}

/** Records of a synthetic register picked by what the base check treats differently. */
export interface Picks {
  decisions: string[];
  closedMeeting: string;
  openMeeting: string;
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
    decisions: model.decisions.slice(0, 8).map((d) => d.file),
    closedMeeting: meeting(true),
    openMeeting: meeting(false),
    acceptedReport: reportFile(true),
    openReport: reportFile(false),
    project: { file: model.projects[0]!.file, id: model.projects[0]!.data.id },
    lesson: model.lessons[0]!.file,
  };
}

/**
 * A synthetic register (bench/generate.mjs) committed on `main` in a new repository, with its picks. The
 * generator closes every meeting; the last one is opened again (an open meeting is not final).
 */
export async function committedSyntheticRegister(projects: number, seed: number): Promise<{ dir: string; files: number; picks: Picks }> {
  const dir = makeTempDir();
  const { generateRegister } = (await import("../../bench/generate.mjs" as string)) as { generateRegister: (dir: string, projects: number, opts: { seed: number }) => Promise<{ files: number }> };
  const { files } = await generateRegister(dir, projects, { seed });
  rmSync(join(dir, ".bench-generator.json"));
  const years = readdirSync(join(dir, "meetings")).sort();
  const folder = join(dir, "meetings", years.at(-1)!);
  edit(folder, readdirSync(folder).sort().at(-1)!, (t) => t.replace(/^status: closed$/m, "status: open"));
  makeGitRepo(dir);
  return { dir, files, picks: pick((await readRegister(folderSource(dir), schemas)).model) };
}

/** A copy of a committed register on a new branch `feature`. */
export function branchOf(template: string): string {
  const dir = makeTempDir();
  cpSync(template, dir, { recursive: true });
  git(dir, "checkout", "-q", "-b", "feature");
  return dir;
}

export const edit = (dir: string, file: string, change: (text: string) => string) => writeFileSync(join(dir, file), change(readFileSync(join(dir, file), "utf8")));
export const appendLine = (line: string) => (text: string) => `${text}${line}\n`;
export const commitAll = (dir: string, message: string) => {
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", message);
};

/** A copy of a project file with an ID and title of its own (valid against the schema, as the generator writes it). */
export function newProject(dir: string, model: { file: string; id: string }, id: string, slug: string): string {
  const file = `projects/${id}-${slug}.md`;
  writeFileSync(join(dir, file), readFileSync(join(dir, model.file), "utf8").replaceAll(model.id, id).replace(/^title: .*$/m, `title: ${slug}`));
  return file;
}
