// Temp registers in real Git repositories and in-process deps for the record-command tests.
import { cpSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import type { Deps } from "../../src/commands/deps.js";
import type { Choice, Prompter } from "../../src/commands/prompter.js";
import type { WriteOptions } from "../../src/register/write-transaction.js";
import { plainStyler } from "../../src/render/styler.js";
import { FIXTURES_DIR, git, makeGitRepo, makeTempDir, runIkz, type RunResult } from "./cli.js";

/** The sample register shipped with ikz (read-only; copy before writing). */
export const SAMPLE_REGISTER = fileURLToPath(new URL("../../register/", import.meta.url));

/** A copy of the sample register in a temp folder (no Git: the working tree is read). */
export function sampleCopy(): string {
  const dir = makeTempDir();
  cpSync(SAMPLE_REGISTER, dir, { recursive: true });
  return dir;
}

/** Fixed Git identity of every test commit. */
export const TEST_IDENTITY = { name: "IKZ Test", email: "test@ikz.invalid" };

/** A copy of the sample register (or a fixture) as a fresh Git repository with one commit; returns the register folder. */
export function registerRepo(from: "sample" | "minimal-register" = "sample"): string {
  const dir = makeTempDir();
  cpSync(from === "sample" ? SAMPLE_REGISTER : join(FIXTURES_DIR, from), dir, { recursive: true });
  makeGitRepo(dir);
  // The identity also lives in the repository: ikz commits through simple-git, which drops ambient GIT_* variables.
  git(dir, "config", "user.name", TEST_IDENTITY.name);
  git(dir, "config", "user.email", TEST_IDENTITY.email);
  return dir;
}

/** Environment for spawned ikz runs: fixed identity, HOME in a temp dir (no user Git config), no global config. */
export function ikzEnv(): Record<string, string> {
  return {
    GIT_AUTHOR_NAME: TEST_IDENTITY.name,
    GIT_AUTHOR_EMAIL: TEST_IDENTITY.email,
    GIT_COMMITTER_NAME: TEST_IDENTITY.name,
    GIT_COMMITTER_EMAIL: TEST_IDENTITY.email,
    GIT_CONFIG_NOSYSTEM: "1",
    HOME: makeTempDir(),
  };
}

/** Runs the built ikz against a register folder without a terminal. */
export function ikzIn(dir: string, ...args: string[]): Promise<RunResult> {
  return runIkz(["--register", dir, ...args], { cwd: dir, env: ikzEnv() });
}

/** Status lines (`A\tpath`, `R100\told\tnew`, …) of the last commit, sorted. */
export function lastCommitChanges(dir: string): string[] {
  return git(dir, "show", "--name-status", "--format=", "-M", "HEAD").split("\n").filter((l) => l !== "").sort();
}

/** The full message of the last commit. */
export function lastCommitMessage(dir: string): string {
  return git(dir, "log", "-1", "--format=%B");
}

/** `git status --porcelain` of the working tree ("" when clean). */
export function gitStatus(dir: string): string {
  return git(dir, "status", "--porcelain");
}

/** Front matter of a record file as plain data, and its Markdown body. */
export function readRecord(path: string): { data: Record<string, unknown>; body: string } {
  const text = readFileSync(path, "utf8").replace(/^\uFEFF/, "").replace(/\r\n/g, "\n");
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`no front matter in ${path}`);
  return { data: parse(m[1]!, { version: "1.2" }) as Record<string, unknown>, body: m[2]! };
}

/** Every file below a folder (forward slashes, relative), except the .git folder, with its bytes as text. */
export function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      if (name === ".git") continue;
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path).split("\\").join("/"), readFileSync(path, "latin1"));
    }
  };
  walk(dir);
  return files;
}

/** One scripted answer: the question it expects (part of the message) and the answer. */
export interface ScriptedAnswer {
  expect: RegExp;
  answer: string | boolean | string[];
}

/** Questions asked so far, with the choices offered (for select and checkbox). */
export interface AskedQuestion {
  kind: "input" | "select" | "checkbox" | "confirm";
  message: string;
  choices?: ReadonlyArray<Choice<string>>;
  default?: string;
}

/** A prompter that answers from a script in order and fails on any question it does not expect. */
export function scriptedPrompter(script: readonly ScriptedAnswer[], asked: AskedQuestion[] = []): Prompter {
  const queue = [...script];
  const next = (kind: AskedQuestion["kind"], message: string, choices?: ReadonlyArray<Choice<string>>, fallback?: string) => {
    asked.push({ kind, message, ...(choices ? { choices } : {}), ...(fallback !== undefined ? { default: fallback } : {}) });
    const step = queue.shift();
    if (!step) throw new Error(`unexpected ${kind} question: ${message}`);
    if (!step.expect.test(message)) throw new Error(`expected a question matching ${step.expect}, got ${kind}: ${message}`);
    return step.answer;
  };
  return {
    input: async (q) => {
      const answer = String(next("input", q.message, undefined, q.default));
      const verdict = q.validate?.(answer) ?? true;
      if (verdict !== true) throw new Error(`answer "${answer}" refused: ${verdict}`);
      return answer;
    },
    select: async <T extends string>(q: { message: string; choices: readonly Choice<T>[] }) => {
      const answer = String(next("select", q.message, q.choices)) as T;
      if (!q.choices.some((c) => c.value === answer)) throw new Error(`"${answer}" is not a choice of: ${q.message}`);
      return answer;
    },
    checkbox: async <T extends string>(q: { message: string; choices: readonly Choice<T>[] }) => next("checkbox", q.message, q.choices) as T[],
    confirm: async (q) => Boolean(next("confirm", q.message)),
  };
}

/** Deps for an in-process run: captured output, German, a fixed day, and prompts from a script (or none). */
export function testDeps(options: { today?: string; prompter?: Prompter } = {}): Deps & { stdout: () => string; stderr: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out: { write: (t) => void out.push(t), isTTY: false },
    err: { write: (t) => void err.push(t), isTTY: false },
    lang: "de",
    styler: plainStyler,
    errStyler: plainStyler,
    quiet: false,
    prompts: {
      interactive: options.prompter !== undefined,
      prompter: async () => {
        if (!options.prompter) throw new Error("no terminal: nothing may be asked");
        return options.prompter;
      },
    },
    timeZone: "Europe/Berlin",
    today: () => options.today ?? "2026-07-10",
    stdout: () => out.join(""),
    stderr: () => err.join(""),
  };
}

/** Write options for an in-process run on a register folder. */
export function writeFlags(root: string): WriteOptions {
  // Notices of undo go nowhere here: the tests that expect them pass a sink of their own.
  return { root, allowDirty: false, noCommit: false, push: false, lang: "de", err: { write: () => undefined, isTTY: false } };
}
