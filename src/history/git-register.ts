import { UsageError, EnvError } from "../domain/errors.js";
import { tryGit } from "../io/git-process.js";
import type { RegisterSource } from "../register/source.js";
import { gitTreeSource } from "./git-tree-source.js";

/** Where a register folder sits in its Git repository. */
export interface RepoLocation {
  top: string;
  /** Path of the register folder inside the repository, with a trailing slash ("" at the root). */
  prefix: string;
}

/** What Git is needed for; the error for a register outside Git says so (a write, the history, --base). */
export type GitNeed = "history" | "write" | "base";

/** Finds the repository around a register folder; not being in one is an environment error. */
export async function locateRepo(root: string, need: GitNeed = "history"): Promise<RepoLocation> {
  const top = await tryGit(root, ["rev-parse", "--show-toplevel"]);
  if (top === undefined) throw new EnvError(need === "history" ? "not-a-repo" : `not-a-repo.${need}`, { dir: root });
  const prefix = (await tryGit(root, ["rev-parse", "--show-prefix"])) ?? "";
  return { top, prefix };
}

/** Resolves a ref to a commit ID; refuses option-like refs so no value can become a Git option. */
export async function resolveCommit(location: RepoLocation, ref: string): Promise<string> {
  if (ref === "" || ref.startsWith("-") || ref.length > 250 || /[\0\s]/.test(ref)) throw new UsageError("bad-ref", { ref });
  const oid = await tryGit(location.top, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`]);
  if (oid) return oid;
  // A name that resolves to an object Git cannot read is a damaged repository, not a typo: say so.
  const named = await tryGit(location.top, ["rev-parse", "--verify", "--quiet", "--end-of-options", ref]);
  // A file or folder (HEAD:ikz.yaml, a tree ID) is readable but no state of the register: a wrong value, not damage.
  const type = named ? await tryGit(location.top, ["cat-file", "-t", named]) : undefined;
  if (type === "blob" || type === "tree") throw new UsageError(type === "blob" ? "ref-is-file" : "ref-is-folder", { ref });
  throw new EnvError(named ? "unreadable-ref" : "unknown-ref", { ref });
}

/** The common ancestor of HEAD and a commit, where the current branch forked; undefined in shallow clones or unrelated histories. */
export async function forkPoint(location: RepoLocation, commit: string): Promise<string | undefined> {
  return (await tryGit(location.top, ["merge-base", "HEAD", commit])) || undefined;
}

/** Whether the repository is a shallow clone (its history cut off, as CI clones by default). */
export async function isShallow(location: RepoLocation): Promise<boolean> {
  return (await tryGit(location.top, ["rev-parse", "--is-shallow-repository"])) === "true";
}

/** The register as committed at a commit; an empty register when the folder did not exist then. */
export async function registerAtCommit(location: RepoLocation, commit: string, label: string): Promise<RegisterSource> {
  const exists = await tryGit(location.top, ["rev-parse", "--verify", "--quiet", `${commit}:${location.prefix}`]);
  if (exists === undefined) return { label, list: async () => [], read: async () => undefined };
  return gitTreeSource(location.top, commit, location.prefix, label);
}
