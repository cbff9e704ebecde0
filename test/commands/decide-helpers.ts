// Shared by the decide tests: a Git copy of the sample register with meeting LG-2026-05 opened.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { DecideInput } from "../../src/commands/decide.js";
import type { DecisionType, Outcome } from "../../src/domain/lifecycle.js";
import { folderSource } from "../../src/io/fs-source.js";
import { editRecordFile } from "../../src/register/record-file.js";
import { readRegister, registerIssues } from "../../src/register/register-data.js";
import type { YamlEdit } from "../../src/register/yaml-edit.js";
import { expect } from "vitest";
import { git, makeGitRepo, makeTempDir } from "../helpers/cli.js";
import { SAMPLE_DIR, identityEnv, ikz, status, useIdentityInProcess, type TestRegister } from "../write/register-repo.js";

/**
 * The sample's planned meeting LG-2026-05, moved from 2026-12-10 to 2026-11-26 and opened: five members present, Anna
 * Beispiel represented. Moved into the past because decide refuses decisions dated after today (the spawned CLI reads the clock).
 */
export const MEETING = "LG-2026-05";
export const MEETING_DATE = "2026-11-26";

/** Edits a record's front matter in a register folder (before it is committed). */
export function editFile(dir: string, file: string, edits: YamlEdit[]): void {
  writeFileSync(join(dir, file), editRecordFile(file, readFileSync(join(dir, file)), edits));
}

/** A Git copy of the sample register with LG-2026-05 (on MEETING_DATE) open and what `setup` adds, all committed. */
export function sampleRepo(setup: (dir: string) => void = () => undefined): TestRegister {
  const dir = makeTempDir();
  cpSync(SAMPLE_DIR, dir, { recursive: true });
  const present = ["goetz", "schell", "sittmann", "burghardt", "will"];
  editFile(dir, "meetings/2026/LG-2026-05.md", [
    { op: "set", path: ["date"], value: MEETING_DATE },
    { op: "set", path: ["status"], value: "open" },
    { op: "set", path: ["attendance"], value: [...present.map((member) => ({ member, present: true })), { member: "beispiel", present: false, substitute: "Jonas Vertreter" }] },
  ]);
  setup(dir);
  makeGitRepo(dir);
  git(dir, "config", "user.name", "IKZ Test");
  git(dir, "config", "user.email", "test@ikz.invalid");
  const home = makeTempDir();
  useIdentityInProcess(home);
  return { dir, home, env: identityEnv(home) };
}

/** Errors `ikz validate` would report for the register as it is on disk. */
export async function validationErrors(dir: string): Promise<string[]> {
  const data = await readRegister(folderSource(dir));
  return registerIssues(data).filter((i) => i.severity === "error").map((i) => `${i.code} ${i.file} ${i.path.join(".")}`);
}

/** A complete input for one decision in LG-2026-05 (six present counting the substitute). */
export function input(project: string | undefined, type: DecisionType, outcome: Outcome, extra: Partial<DecideInput> = {}): DecideInput {
  return { project, type, outcome, meeting: MEETING, circulation: false, body: "steering_group", consensus: false, votes: { for: 5, against: 0, abstain: 1 }, conditions: [], ...extra };
}

/** Runs ikz expecting `code`: nothing written, HEAD unchanged; returns stderr. */
export async function expectNothing(reg: TestRegister, args: string[], code: 1 | 2): Promise<string> {
  const head = git(reg.dir, "rev-parse", "HEAD");
  const run = await ikz(reg, args);
  expect(run.code, run.stderr).toBe(code);
  expect(git(reg.dir, "rev-parse", "HEAD")).toBe(head);
  expect(status(reg)).toBe("");
  return run.stderr;
}

/** Runs decide expecting success; returns the written decision file's text. */
export async function decided(reg: TestRegister, args: string[]): Promise<string> {
  const run = await ikz(reg, ["decide", ...args]);
  expect(run.code, run.stderr).toBe(0);
  const id = /B-2026-\d{3}/.exec(run.stdout)![0];
  return readFileSync(join(reg.dir, `decisions/2026/${id}.md`), "utf8");
}
