import { spawn } from "node:child_process";
import { EnvError } from "../domain/errors.js";

/** Environment for Git: stable English output, no pager, no prompts, nothing from the user's editor setup. */
function gitEnv(): NodeJS.ProcessEnv {
  return { ...process.env, LC_ALL: "C", LANGUAGE: "C", GIT_PAGER: "cat", GIT_TERMINAL_PROMPT: "0" };
}

/**
 * Git's words for a full disk: strerror in the C locale, its own "Out of diskspace", and the failures to write a
 * lock file it has just created, which Git reports without strerror – the branch ref at the end of a commit
 * ("couldn't write '…/.git/refs/heads/main.lock'") and the index ("unable to write new index file"). Creating the
 * lock worked, so permissions and another process's lock are ruled out: a full disk or quota is what is left.
 */
export const GIT_DISK_FULL = /no space left on device|disk quota exceeded|out of diskspace|couldn't write '[^'\n]*\.lock'|unable to write new[ _]index file/i;

/** Runs git with arguments (never a shell) and returns stdout; a failure becomes an environment error. */
export async function runGit(cwd: string, args: readonly string[], input?: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let child;
    try {
      child = spawn("git", args, { cwd, env: gitEnv(), stdio: ["pipe", "pipe", "pipe"] });
    } catch (error) {
      reject(new EnvError("git-missing", { detail: String(error) }));
      return;
    }
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => out.push(c));
    child.stderr.on("data", (c: Buffer) => err.push(c));
    child.on("error", (error: NodeJS.ErrnoException) => {
      reject(new EnvError(error.code === "ENOENT" ? "git-missing" : "git-failed", { command: gitCommandName(args), detail: error.message }));
    });
    child.on("close", (code) => {
      if (code === 0) resolve(Buffer.concat(out));
      else {
        const stderr = Buffer.concat(err).toString("utf8").trim();
        const detail = stderr.split("\n")[0] ?? "";
        // A full disk is said as such, whichever line of Git's message names it.
        if (GIT_DISK_FULL.test(stderr)) return reject(new EnvError("git-disk-full", { command: gitCommandName(args) }));
        // A fresh `git init` has no history yet: say what to do instead of passing Git's words on.
        if (/does not have any commits yet|bad default revision 'HEAD'|ambiguous argument 'HEAD'/.test(detail)) reject(new EnvError("git-no-commits", { dir: cwd }));
        else reject(new EnvError("git-failed", { command: gitCommandName(args), detail }));
      }
    });
    child.stdin.on("error", () => undefined);
    child.stdin.end(input);
  });
}

/** Runs git and returns trimmed stdout, or undefined when git exits non-zero (for questions such as "is this a ref?"). */
export async function tryGit(cwd: string, args: readonly string[]): Promise<string | undefined> {
  try {
    return (await runGit(cwd, args)).toString("utf8").trim();
  } catch (error) {
    if (error instanceof EnvError && error.key === "git-missing") throw error;
    return undefined;
  }
}

/** "git diff-index" for messages: the subcommand, not a global option such as --literal-pathspecs before it. */
function gitCommandName(args: readonly string[]): string {
  // `-c name=value` and `-C dir` take the next argument.
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "-c" || args[i] === "-C") i++;
    else if (!args[i]!.startsWith("-")) return `git ${args[i]}`;
  }
  return `git ${args[0] ?? ""}`;
}
