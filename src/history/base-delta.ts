import { compileSchemas, type CompiledSchemas } from "../schema/compile.js";
import { readRegister, type RegisterData } from "../register/register-data.js";
import { forkPoint, isShallow, locateRepo, resolveCommit, type RepoLocation } from "./git-register.js";
import { EnvError } from "../domain/errors.js";
import { changesBetween, changesSinceCommit, untrackedFiles, type DiffEntry } from "./git-diff.js";
import { blobSource } from "./git-blobs.js";

/**
 * The target branch of a merge request as far as it differs from the working tree (validate --base). Git names
 * the files that changed since the fork point and on the target branch since then, and only those are read from
 * Git; everything else of the fork point and of the target is the working tree's own record (baseSnapshots).
 * A merge request touches a handful of files, where reading the whole register at two more commits cost a
 * register of 10 000 projects 34 s and 1.9 GB.
 */
export interface BaseDelta {
  label: string;
  /** Path of the register folder inside the repository ("" at the root, else with a trailing slash). */
  prefix: string;
  /** Files that may differ between the fork point and the working tree, by file (a superset, see changesSinceCommit). */
  sinceFork: ReadonlyMap<string, DiffEntry>;
  /** Files of the working tree that Git does not track: never part of the fork point. */
  untracked: ReadonlySet<string>;
  /** The fork point's version of the changed files it had, read and checked against the schemas. */
  forkVersions: RegisterData;
  /** Files that differ between the fork point and the target's tip (added, changed or deleted there). */
  changedOnBase: ReadonlySet<string>;
  /** The tip's version of those files it still has, read and checked against the schemas. */
  baseVersions: RegisterData;
}

/** The commits validate --base compares with: the target's tip and the fork point of HEAD and the target. */
export interface BaseCommits {
  location: RepoLocation;
  label: string;
  tip: string;
  fork: string;
}

/** Finds the repository, the target's tip and the fork point: quick, and where a wrong `--base` is reported. */
export async function findBase(root: string, ref: string): Promise<BaseCommits> {
  const location = await locateRepo(root, "base");
  const tip = await resolveCommit(location, ref);
  const fork = await forkPoint(location, tip);
  // Without the fork point no comparison is right: with the target's tip instead, everything the target did
  // since would count as this branch's change (a deleted decision, a changed one) and ID collisions go unseen.
  if (fork === undefined) throw new EnvError((await isShallow(location)) ? "base-shallow" : "base-unrelated", { ref });
  return { location, label: ref, tip, fork };
}

/** Asks Git what changed since the fork point and on the target, and reads those files' versions from Git. */
export async function readBaseDelta(base: BaseCommits, schemas: CompiledSchemas = compileSchemas()): Promise<BaseDelta> {
  const { location } = base;
  // A register younger than the fork point needs no special case: Git names each of its files as added.
  const [sinceFork, onBase, untracked] = await Promise.all([
    changesSinceCommit(location, base.fork),
    base.fork === base.tip ? [] : changesBetween(location, base.fork, base.tip),
    untrackedFiles(location),
  ]);
  const read = (changes: DiffEntry[], side: "oldBlob" | "newBlob", label: string) =>
    readRegister(blobSource(location.top, changes.flatMap((c) => (c[side] === undefined ? [] : [{ file: c.file, oid: c[side] }])), label), schemas);
  return {
    label: base.label,
    prefix: location.prefix,
    sinceFork: new Map(sinceFork.map((c) => [c.file, c])),
    untracked: new Set(untracked),
    forkVersions: await read(sinceFork, "oldBlob", base.fork.slice(0, 10)),
    changedOnBase: new Set(onBase.map((c) => c.file)),
    baseVersions: await read(onBase, "newBlob", base.label),
  };
}
