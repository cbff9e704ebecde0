import { runGit } from "../io/git-process.js";
import type { RepoLocation } from "./git-register.js";
import { REGISTER_PATHS } from "../register/layout.js";

/** One file of the register that a diff names: how it changed and its content on either side. */
export interface DiffEntry {
  /** Register-relative path. */
  file: string;
  /** A added, D deleted, M modified, T type changed (Git's letters; renames are off, so a move is D plus A). */
  status: string;
  /** Blob on the old side (a commit); absent when the file was added or is not a blob (a submodule). */
  oldBlob?: string;
  /** Blob on the new side; absent when deleted, not a blob, or a working-tree file Git has not hashed. */
  newBlob?: string;
}

const NO_BLOB = /^0+$/;
/** Mode of a submodule entry: not a file ikz could read. */
const GITLINK = "160000";

/**
 * Register files that differ between a commit and the working tree (`git diff-index`): modified, deleted,
 * added to the index. Git compares by file status first, so a file whose status changed but not its content
 * may be named too: the list is a superset, and callers compare the contents of what it names. Untracked files
 * are not named (they cannot have been in the commit).
 */
export async function changesSinceCommit(location: RepoLocation, commit: string): Promise<DiffEntry[]> {
  return diff(location, ["diff-index", commit]);
}

/** Register files that differ between two commits (`git diff-tree`); exact, both sides are committed. */
export async function changesBetween(location: RepoLocation, from: string, to: string): Promise<DiffEntry[]> {
  return diff(location, ["diff-tree", "-r", from, to]);
}

/**
 * Register files in the working tree that Git does not track (`git ls-files --others`, ignored ones included):
 * new files that no commit has. Register-relative.
 */
export async function untrackedFiles(location: RepoLocation): Promise<string[]> {
  const raw = await runGit(location.top, ["--literal-pathspecs", "ls-files", "-z", "--others", "--", ...registerPaths(location)]);
  return raw
    .toString("utf8")
    .split("\0")
    .filter((path) => path !== "" && path.startsWith(location.prefix))
    .map((path) => path.slice(location.prefix.length));
}

async function diff(location: RepoLocation, command: string[]): Promise<DiffEntry[]> {
  const raw = await runGit(location.top, ["--literal-pathspecs", ...command, "--raw", "-z", "--no-renames", "--no-abbrev", "--no-ext-diff", "--", ...registerPaths(location)]);
  return parseRawDiff(raw.toString("utf8"), location.prefix);
}

/** ikz.yaml and the record folders, as pathspecs from the repository's top (literal: a folder named like a glob matches only itself). */
function registerPaths(location: RepoLocation): string[] {
  return REGISTER_PATHS.map((p) => `${location.prefix}${p}`);
}

/** Parses `--raw -z` output (no renames): `:oldmode newmode oldoid newoid status NUL path NUL` per file. */
export function parseRawDiff(raw: string, prefix: string): DiffEntry[] {
  const entries: DiffEntry[] = [];
  const parts = raw.split("\0");
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const meta = parts[i]!;
    const path = parts[i + 1]!;
    if (!meta.startsWith(":") || !path.startsWith(prefix)) continue;
    const [oldMode, newMode, oldOid, newOid, status] = meta.slice(1).split(" ");
    const entry: DiffEntry = { file: path.slice(prefix.length), status: status ?? "" };
    if (oldOid && !NO_BLOB.test(oldOid) && oldMode !== GITLINK) entry.oldBlob = oldOid;
    if (newOid && !NO_BLOB.test(newOid) && newMode !== GITLINK) entry.newBlob = newOid;
    entries.push(entry);
  }
  return entries;
}
