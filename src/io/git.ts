import { simpleGit, type SimpleGit } from "simple-git";
import { EnvError } from "../domain/errors.js";
import { GIT_DISK_FULL } from "./git-process.js";

/** The Git operations the write pipeline needs, over repository-relative or register-relative paths. */
export interface GitPort {
  /** user.name and user.email as Git would use them for a commit; undefined when either is missing. */
  identity(): Promise<{ name: string; email: string } | undefined>;
  /** Paths among `paths` with uncommitted changes (staged, unstaged or untracked). */
  dirty(paths: readonly string[]): Promise<string[]>;
  add(paths: readonly string[]): Promise<void>;
  /** Commits exactly `paths`; returns the new commit's ID. */
  commit(message: string, paths: readonly string[]): Promise<string>;
  /** Puts the index entries of `paths` back to HEAD (never touches the working tree). */
  unstage(paths: readonly string[]): Promise<void>;
  /** Those of `paths` whose index entry differs from HEAD; only reads, so it answers on a full disk too. */
  staged(paths: readonly string[]): Promise<string[]>;
  push(): Promise<void>;
  /** The commit HEAD points to, or "" in a repository without commits. */
  head(): Promise<string>;
}

/** Attempts at a Git command that found the index locked by another process (an IDE, TortoiseGit). */
const LOCK_RETRIES = 5;

/**
 * Git variables a user or CI may set for ikz's commits; simple-git 4 strips every other ambient GIT_*
 * variable (a guard against hijacked git behaviour), which would otherwise also drop the identity.
 */
const INHERITED_GIT_ENV = ["GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_AUTHOR_DATE", "GIT_COMMITTER_NAME", "GIT_COMMITTER_EMAIL", "GIT_COMMITTER_DATE", "GIT_CONFIG_GLOBAL", "GIT_CONFIG_NOSYSTEM"];

/**
 * What a failed Git command means. Only an index.lock that exists is another program's lock (worth waiting for):
 * Git names the file also when it cannot create it for want of space ("Unable to create '…/index.lock': No space
 * left on device"), and a full disk is no lock.
 */
export function gitFailure(what: string, message: string): EnvError {
  if (GIT_DISK_FULL.test(message)) return new EnvError("git-disk-full", { command: `git ${what}` });
  if (/index\.lock/.test(message) && /file exists|another git process/i.test(message)) return new EnvError("git-index-locked", {});
  return new EnvError("git-failed", { command: `git ${what}`, detail: message.trim().split("\n")[0] ?? "" });
}

/** simple-git over a folder; paths always follow `--`, so no file name can become an option. */
export function gitPort(cwd: string): GitPort {
  // Plumbing output must be English whatever the user's locale; set on process.env because simple-git
  // refuses an explicit env that carries EDITOR or GIT_ASKPASS (set by many IDE terminals).
  process.env.LC_ALL = "C";
  process.env.LANGUAGE = "C";
  const git: SimpleGit = simpleGit({ baseDir: cwd, trimmed: false, allowEnvironment: INHERITED_GIT_ENV });
  const run = async <T>(what: string, task: () => Promise<T>): Promise<T> => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await task();
      } catch (error) {
        const failure = gitFailure(what, error instanceof Error ? error.message : String(error));
        if (failure.key === "git-index-locked" && attempt < LOCK_RETRIES) {
          await new Promise((r) => setTimeout(r, 100 * 2 ** attempt));
          continue;
        }
        throw failure;
      }
    }
  };
  return {
    async identity() {
      // `git var` applies the same strict rules as `git commit` (config, GIT_* variables, EMAIL) for both
      // the author and the committer, so this answers "would a commit fail for lack of identity?".
      const ident = async (which: string) => (await git.raw(["var", which]).catch(() => "")).trim();
      const author = await ident("GIT_AUTHOR_IDENT");
      const committer = await ident("GIT_COMMITTER_IDENT");
      const m = /^(.*) <(.*)> \d+ [+-]\d{4}$/.exec(author);
      if (!m || !committer || !m[1] || !m[2]) return undefined;
      return { name: m[1], email: m[2] };
    },
    async dirty(paths) {
      if (paths.length === 0) return [];
      const out = await run("status", () => git.raw(["status", "--porcelain=v1", "-z", "--untracked-files=all", "--", ...paths]));
      return out
        .split("\0")
        .filter((entry) => entry.length > 3)
        .map((entry) => entry.slice(3));
    },
    async add(paths) {
      await run("add", () => git.raw(["add", "--", ...paths]));
    },
    async commit(message, paths) {
      await run("commit", () => git.raw(["commit", "--quiet", "-m", message, "--", ...paths]));
      return (await run("rev-parse", () => git.raw(["rev-parse", "HEAD"]))).trim();
    },
    async unstage(paths) {
      const head = await git.raw(["rev-parse", "--verify", "--quiet", "HEAD"]).catch(() => "");
      if (head.trim() === "") await run("rm", () => git.raw(["rm", "--cached", "--quiet", "--ignore-unmatch", "-r", "--", ...paths]));
      else await run("reset", () => git.raw(["reset", "--quiet", "--", ...paths]));
    },
    async staged(paths) {
      if (paths.length === 0) return [];
      const out = await run("diff", () => git.raw(["diff", "--cached", "--name-only", "--no-renames", "-z", "--", ...paths]));
      return out.split("\0").filter((path) => path !== "");
    },
    async head() {
      return (await git.raw(["rev-parse", "--verify", "--quiet", "HEAD"]).catch(() => "")).trim();
    },
    async push() {
      await run("push", () => git.raw(["push", "--quiet"]));
    },
  };
}
