import { spawn, execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The built entry point; `npm test` builds first, so dist/ is current. */
export const IKZ_BIN = fileURLToPath(new URL("../../bin/ikz.js", import.meta.url));

/** Read-only fixtures; tests copy them before changing anything. */
export const FIXTURES_DIR = fileURLToPath(new URL("../fixtures/", import.meta.url));

/** Longest an ikz run may take before the test counts it as a hang. */
export const RUN_TIMEOUT_MS = 20_000;

/** What one ikz run produced. */
export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Wall-clock duration of the run in milliseconds. */
  ms: number;
}

/** Options of one ikz run. */
export interface RunOptions {
  cwd?: string;
  /** Extra environment; a key set to undefined is removed from the child's environment. */
  env?: Record<string, string | undefined>;
  /** Text for stdin; without it stdin is closed at once (no prompt may wait for input). */
  input?: string;
}

/** Runs the built `bin/ikz.js` in a child process: NO_COLOR, German unless IKZ_LANG is given, 20 s or fail. */
export function runIkz(args: string[], opts: RunOptions = {}): Promise<RunResult> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: "1", IKZ_LANG: "de", FORCE_COLOR: undefined, IKZ_REGISTER: undefined, ...opts.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [IKZ_BIN, ...args], { cwd: opts.cwd ?? tmpdir(), env: env as NodeJS.ProcessEnv, stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`ikz ${args.join(" ")} did not finish within ${RUN_TIMEOUT_MS} ms (hang)\nstderr: ${Buffer.concat(err).toString("utf8")}`));
    }, RUN_TIMEOUT_MS);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8"), ms: Date.now() - started });
    });
    child.stdin.on("error", () => undefined);
    child.stdin.end(opts.input);
  });
}

/** Temp dirs made by this test file's process, removed by `removeTempDirs`. */
const tempDirs: string[] = [];

/** A fresh temp dir (`ikz-…`), removed again by `removeTempDirs` (call it in `afterAll`). */
export function makeTempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "ikz-"));
  tempDirs.push(dir);
  return dir;
}

/** Removes every temp dir made so far (fixture copies, Git repos). */
export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Copies a fixture from test/fixtures into a fresh temp dir and returns the copy's path. */
export function copyFixture(name: string): string {
  const dir = makeTempDir();
  cpSync(join(FIXTURES_DIR, name), dir, { recursive: true });
  return dir;
}

/** Environment for git in tests: fixed author and committer, no user or system config, no prompts. */
export function gitEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_AUTHOR_NAME: "IKZ Test",
    GIT_AUTHOR_EMAIL: "test@ikz.invalid",
    GIT_COMMITTER_NAME: "IKZ Test",
    GIT_COMMITTER_EMAIL: "test@ikz.invalid",
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_CONFIG_GLOBAL: "/dev/null",
    GIT_TERMINAL_PROMPT: "0",
    LC_ALL: "C",
  };
}

/** Runs git (no shell) in a folder and returns trimmed stdout. */
export function git(dir: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd: dir, env: gitEnv(), encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
}

/** Turns a folder into a Git repository on `main` with everything in it committed (fixed author, no signing). */
export function makeGitRepo(dir: string): void {
  git(dir, "init", "-q", "-b", "main");
  git(dir, "config", "commit.gpgsign", "false");
  git(dir, "config", "tag.gpgsign", "false");
  git(dir, "config", "core.autocrlf", "false");
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "--allow-empty", "-m", "initial register");
}

/** A Git repository for history tests: private HOME, fixed identity, commits dated by `git(date, …)`. */
export interface DatedRepo {
  dir: string;
  /** Environment for spawning ikz in this repository (same identity and config isolation). */
  env: Record<string, string>;
  git: (date: string | undefined, ...args: string[]) => string;
}

/** Runs `git init` in `dir` (a new temp folder by default) and returns it with a git runner that can date commits. */
export function datedRepo(dir: string = makeTempDir()): DatedRepo {
  const home = makeTempDir();
  const env = { HOME: home, GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: join(home, ".gitconfig"), GIT_AUTHOR_NAME: "IKZ Test", GIT_AUTHOR_EMAIL: "test@ikz.invalid", GIT_COMMITTER_NAME: "IKZ Test", GIT_COMMITTER_EMAIL: "test@ikz.invalid", GIT_TERMINAL_PROMPT: "0" };
  const git = (date: string | undefined, ...args: string[]) =>
    execFileSync("git", ["-c", "user.name=IKZ Test", "-c", "user.email=test@ikz.invalid", "-c", "commit.gpgsign=false", "-c", "core.autocrlf=false", ...args], {
      cwd: dir,
      env: { ...process.env, ...env, LC_ALL: "C", ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) },
      encoding: "utf8",
    }).trim();
  git(undefined, "init", "-q", "-b", "main");
  return { dir, env, git };
}
