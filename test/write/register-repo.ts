// Temp Git registers for the writing commands: a copy of a fixture or the sample register, committed with a
// fixed identity, a private HOME, and helpers to run ikz on it (spawned) or to build deps (in process).
import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Deps } from "../../src/commands/deps.js";
import { IkzError } from "../../src/domain/errors.js";
import type { Prompter } from "../../src/commands/prompter.js";
import type { WriteOptions } from "../../src/register/write-transaction.js";
import { parseRecord } from "../../src/register/load.js";
import { classifyPath } from "../../src/register/layout.js";
import { plainStyler } from "../../src/render/styler.js";
import { FIXTURES_DIR, git, makeGitRepo, makeTempDir, runIkz, type RunResult } from "../helpers/cli.js";

/** The sample register shipped with ikz. */
export const SAMPLE_DIR = fileURLToPath(new URL("../../register/", import.meta.url));

/** A register in a temp Git repository, with the environment a spawned ikz needs. */
export interface TestRegister {
  dir: string;
  home: string;
  env: Record<string, string | undefined>;
}

/** Fixed Git identity and a private HOME, no global or system Git configuration. */
export function identityEnv(home: string): Record<string, string | undefined> {
  return {
    HOME: home,
    GIT_AUTHOR_NAME: "IKZ Test",
    GIT_AUTHOR_EMAIL: "test@ikz.invalid",
    GIT_COMMITTER_NAME: "IKZ Test",
    GIT_COMMITTER_EMAIL: "test@ikz.invalid",
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_CONFIG_GLOBAL: join(home, ".gitconfig"),
    GIT_TERMINAL_PROMPT: "0",
  };
}

/**
 * Copies the minimal fixture or the sample register into a fresh temp Git repository (everything committed). The
 * identity is in the environment and, unless `localIdentity` is false, also in the repository's own config: simple-git
 * 4 strips ambient GIT_* variables (see test/write/pipeline.test.ts), so the env alone does not reach ikz's Git calls.
 */
export function makeRegister(source: "minimal" | "sample" = "minimal", localIdentity = true): TestRegister {
  const dir = makeTempDir();
  cpSync(source === "minimal" ? join(FIXTURES_DIR, "minimal-register") : SAMPLE_DIR, dir, { recursive: true });
  makeGitRepo(dir);
  if (localIdentity) {
    git(dir, "config", "user.name", "IKZ Test");
    git(dir, "config", "user.email", "test@ikz.invalid");
  }
  const home = makeTempDir();
  return { dir, home, env: identityEnv(home) };
}

/** Project 2 of the minimal register. */
export const MINIMAL_P2 = "projects/IKZ-2025-002-ordnungspolizei-mittelkreis.md";

/** The minimal register with project 2 given a lead (raunheim) and a partner (trebur), committed. */
export function registerWithParticipants(): TestRegister {
  const reg = makeRegister();
  const path = join(reg.dir, MINIMAL_P2);
  writeFileSync(path, readFileSync(path, "utf8").replace("created: 2025-03-10\n", "created: 2025-03-10\nlead: raunheim\nparticipants:\n  - municipality: raunheim\n    role: lead\n  - municipality: trebur\n    role: partner\n"));
  git(reg.dir, "commit", "-q", "-am", "participants");
  return reg;
}

/** Runs the built ikz on a test register (no terminal: stdin is a pipe). */
export function ikz(reg: TestRegister, args: string[], env: Record<string, string | undefined> = {}): Promise<RunResult> {
  return runIkz(["--register", reg.dir, ...args], { cwd: reg.dir, env: { ...reg.env, ...env } });
}

/** Sets the identity environment on this test process, for in-process runs of the write pipeline. */
export function useIdentityInProcess(home: string): void {
  Object.assign(process.env, identityEnv(home));
}

/** Pipeline options for an in-process run. */
export function writeOpts(dir: string, extra: Partial<WriteOptions> = {}): WriteOptions {
  // Notices of undo go nowhere unless a test passes its own `err` sink to look at them.
  return { root: dir, allowDirty: false, noCommit: false, push: false, lang: "de", err: { write: () => undefined, isTTY: false }, ...extra };
}

/** Deps for an in-process run: collected output, plain colours, a fixed day and the given prompter (or none). */
export function testDeps(prompter?: Prompter, today = "2026-05-04"): { deps: Deps; out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  const deps: Deps = {
    out: { write: (s) => void out.push(s), isTTY: false },
    err: { write: (s) => void err.push(s), isTTY: false },
    lang: "de",
    styler: plainStyler,
    errStyler: plainStyler,
    quiet: false,
    prompts: {
      interactive: prompter !== undefined,
      prompter: async () => {
        if (!prompter) throw new Error("no prompter: this run must not ask");
        return prompter;
      },
    },
    timeZone: "Europe/Berlin",
    today: () => today,
  };
  return { deps, out: () => out.join(""), err: () => err.join("") };
}

/** `git status --porcelain` of the register's repository ("" when clean). */
export function status(reg: TestRegister): string {
  return git(reg.dir, "status", "--porcelain", "--untracked-files=all");
}

/** Register-relative paths of the files in a record folder (dot files included). */
export function filesIn(reg: TestRegister, folder: string): string[] {
  return readdirSync(join(reg.dir, folder)).map((name) => `${folder}/${name}`);
}

/** Parses a record file as the loader does; returns its front matter data (throws when it does not parse). */
export function readRecord(reg: TestRegister, file: string): Record<string, unknown> {
  const c = classifyPath(file);
  if (c === null || !("kind" in c)) throw new Error(`not a record: ${file}`);
  const { record, issues } = parseRecord(file, c.kind, readFileSync(join(reg.dir, file)));
  if (issues.length > 0 || record.data === null) throw new Error(`${file} does not parse: ${JSON.stringify(issues)}`);
  return record.data as Record<string, unknown>;
}

/** The file of a project by ID. */
export function projectFile(reg: TestRegister, id: string): string {
  const file = filesIn(reg, "projects").find((f) => f.startsWith(`projects/${id}`));
  if (!file) throw new Error(`no file for ${id}`);
  return file;
}

/** The message key and exit code of the ikz error an in-process run throws, or ["", 0] when it succeeds. */
export async function refusal(run: Promise<unknown>): Promise<[string, number]> {
  try {
    await run;
  } catch (error) {
    if (error instanceof IkzError) return [error.key, error.exitCode];
    throw error;
  }
  return ["", 0];
}
