import { createHash } from "node:crypto";
import { join, resolve, isAbsolute, relative } from "node:path";
import { EnvError, IkzError, RefusedError, UsageError } from "../domain/errors.js";
import type { Issue } from "../domain/finding.js";
import { translate, type Lang } from "../i18n/index.js";
import { journalMessages } from "../i18n/journal-messages.js";
import { folderSource } from "../io/fs-source.js";
import { gitPort } from "../io/git.js";
import { tryGit } from "../io/git-process.js";
import { acquireLock } from "../io/lock.js";
import { writeFileAtomic, removeFile, removeEmptyParents, readIfExists } from "../io/atomic-fs.js";
import { locateRepo } from "../history/git-register.js";
import { compileSchemas } from "../schema/compile.js";
import { checkRecords } from "../schema/check-records.js";
import { classifyPath } from "./layout.js";
import { parseRecord, type LoadedRecord } from "./load.js";
import { readRegister, registerIssues, type RegisterData } from "./register-data.js";
import { toFindings } from "./to-findings.js";
import { writeJournal, clearJournal, journalEntry, type Journal } from "./journal.js";
import { recoverInterrupted, rollBack } from "./write-recovery.js";
import type { TextSink } from "../commands/deps.js";

/** One file a command writes: register-relative path and new content (null deletes it). */
export interface FileChange {
  file: string;
  content: string | null;
}

/** What a writing command wants to change, computed from the register as loaded under the lock. */
export interface WritePlan<T = unknown> {
  /** Commit subject after "ikz: ". */
  summary: string;
  /** ID of the record the change is about (commit trailer Ikz-Record). */
  recordId: string;
  changes: FileChange[];
  /** Whatever the command wants back (e.g. the new ID). */
  result: T;
}

export interface WriteOptions {
  root: string;
  allowDirty: boolean;
  noCommit: boolean;
  push: boolean;
  lang: Lang;
  /** Where the pipeline says what it undid (a failed write, a run that died before). */
  err: TextSink;
}

export interface WriteOutcome<T> {
  result: T;
  files: string[];
  commit?: string;
  staged: boolean;
}

/**
 * The one safe write pipeline: check, lock, plan on the loaded register, validate the result in memory,
 * journal, write atomically, commit exactly the touched paths; on any failure put back every file this run
 * changed (and the index) and say so.
 */
export async function runWrite<T>(options: WriteOptions, plan: (data: RegisterData) => Promise<WritePlan<T>> | WritePlan<T>): Promise<WriteOutcome<T>> {
  const outcome = await writeAndCommit(options, plan);
  if (options.push && outcome.commit !== undefined) {
    // The commit stands whatever happens now; a failed push says so instead of claiming nothing changed.
    try {
      await gitPort((await locateRepo(options.root)).top).push();
    } catch (error) {
      throw new EnvError("push-failed", { commit: outcome.commit.slice(0, 10), detail: error instanceof IkzError ? String(error.params.detail ?? error.key) : String(error) });
    }
  }
  return outcome;
}

async function writeAndCommit<T>(options: WriteOptions, plan: (data: RegisterData) => Promise<WritePlan<T>> | WritePlan<T>): Promise<WriteOutcome<T>> {
  const location = await locateRepo(options.root, "write");
  const git = gitPort(location.top);
  if (!options.noCommit && (await git.identity()) === undefined) throw new EnvError("git-identity", {});
  const gitDir = resolve(location.top, (await tryGit(location.top, ["rev-parse", "--git-dir"])) ?? ".git");
  const key = createHash("sha256").update(location.prefix).digest("hex").slice(0, 12);
  const release = await acquireLock(join(gitDir, "ikz", `${key}.lock`));
  const journalPath = join(gitDir, "ikz", `${key}.journal.json`);
  try {
    await recoverInterrupted(journalPath, git, options);
    const schemas = compileSchemas();
    const data = await readRegister(folderSource(options.root), schemas);
    const before = registerIssues(data);
    const change = await plan(data);
    // Nothing to change: no write, and above all no `git commit` without paths (it would commit whatever is staged).
    if (change.changes.length === 0) return { result: change.result, files: [], staged: false };
    refuseWritesThroughLinks(data, change.changes);
    const repoPaths = change.changes.map((c) => toRepoPath(location.prefix, c.file));
    const dirty = await git.dirty(repoPaths);
    if (dirty.length > 0 && !options.allowDirty) throw new EnvError("files-dirty", { files: dirty.join(", ") });
    const after = afterChange(data, change.changes, schemas);
    refuseNewErrors(before, after.issues, after.records, change.changes, options.lang);
    const journal: Journal = { version: 2, pid: process.pid, head: await git.head(), entries: [] };
    for (const c of change.changes) {
      const path = join(options.root, ...c.file.split("/"));
      journal.entries.push(journalEntry(path, toRepoPath(location.prefix, c.file), await readIfExists(path), c.content));
    }
    await writeJournal(journalPath, journal);
    let interrupted = false;
    let staged = false;
    let outcome: WriteOutcome<T>;
    const onSigint = () => (interrupted = true);
    process.on("SIGINT", onSigint);
    try {
      for (const c of change.changes) {
        const path = join(options.root, ...c.file.split("/"));
        if (c.content === null) {
          await removeFile(path);
          await removeEmptyParents(path, options.root);
        }
        else await writeFileAtomic(path, c.content);
        if (interrupted) throw new IkzError("cancelled", {}, 130);
      }
      staged = true;
      await git.add(repoPaths);
      let commit: string | undefined;
      if (!options.noCommit) commit = await git.commit(`ikz: ${change.summary}\n\nIkz-Record: ${change.recordId}\n`, repoPaths);
      if (interrupted && commit === undefined) throw new IkzError("cancelled", {}, 130);
      // Committed, the change is in Git: a journal that cannot be removed must not undo it (the next run finds HEAD
      // moved and removes it). Only staged, a journal left behind would undo it next time: then it is a failure.
      if (commit !== undefined) await clearJournal(journalPath).catch(() => undefined);
      else await clearJournal(journalPath);
      outcome = { result: change.result, files: change.changes.map((c) => c.file), commit, staged: options.noCommit };
    } catch (error) {
      const failure = error instanceof IkzError ? error : new EnvError("write-failed", { file: options.root, detail: String(error) });
      failure.restored = await rollBack(journal, journalPath, git, staged, options);
      throw failure;
    } finally {
      process.off("SIGINT", onSigint);
    }
    // Outside the undo: the change is committed (or staged) by now. The hand edits went in with ikz's change,
    // and the audit trail should not hide that.
    if (dirty.length > 0) options.err.write(`${translate(journalMessages, options.lang, outcome.commit === undefined ? "dirty.staged" : "dirty.committed", { files: dirty.join(", "), commit: (outcome.commit ?? "").slice(0, 10) })}\n`);
    return outcome;
  } finally {
    await release();
  }
}

/**
 * A file to write at or below a symbolic link (IKZ-FILE-005: `lessons` pointing elsewhere) would land outside the
 * register or be refused by Git halfway; and what the link hides was never read, so a new ID may already be taken.
 */
function refuseWritesThroughLinks(data: RegisterData, changes: readonly FileChange[]): void {
  const links = data.loaded.issues.filter((i) => i.code === "IKZ-FILE-005").map((i) => i.file);
  if (links.length === 0) return;
  for (const c of changes) {
    const link = links.find((l) => c.file === l || c.file.startsWith(`${l}/`));
    if (link !== undefined) throw new EnvError("write-through-link", { file: c.file, link });
  }
}

/** The register as it would be after the change, checked in memory: only the changed files are parsed again. */
function afterChange(data: RegisterData, changes: readonly FileChange[], schemas: ReturnType<typeof compileSchemas>): { issues: Issue[]; records: LoadedRecord[] } {
  const changed = new Map(changes.map((c) => [c.file, c]));
  const records: LoadedRecord[] = data.loaded.records.filter((r) => !changed.has(r.file));
  const loadIssues = data.loaded.issues.filter((i) => !changed.has(i.file));
  for (const c of changes) {
    if (c.content === null) continue;
    const kind = classifyPath(c.file);
    if (!kind || !("kind" in kind)) continue;
    const { record, issues } = parseRecord(c.file, kind.kind, Buffer.from(c.content, "utf8"));
    records.push(record);
    for (const issue of issues) loadIssues.push(issue);
  }
  records.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const { model, issues } = checkRecords(records, schemas);
  const next: RegisterData = { loaded: { ...data.loaded, records, issues: loadIssues }, model, issues: [...loadIssues, ...issues] };
  return { issues: registerIssues(next), records };
}

/** Refuses (exit 1) when the change would add errors; errors the register already had do not block it. */
function refuseNewErrors(before: readonly Issue[], after: readonly Issue[], records: readonly LoadedRecord[], changes: readonly FileChange[], lang: Lang): void {
  const keyOf = (i: Issue) => `${i.code}|${i.file}|${i.path.join("/")}|${JSON.stringify(i.params ?? {})}`;
  const known = new Set(before.filter((i) => i.severity === "error").map(keyOf));
  const fresh = after.filter((i) => i.severity === "error" && !known.has(keyOf(i)));
  if (fresh.length === 0) return;
  const findings = toFindings(fresh, records, lang);
  const details = findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.code} ${f.path ? `${f.path}: ` : ""}${f.message}`);
  throw new RefusedError(fresh.length === 1 ? "change-invalid.one" : "change-invalid", { count: fresh.length, files: changes.map((c) => c.file).join(", ") }, details);
}

/** Register-relative path → repository-relative path with forward slashes; refuses anything outside. */
export function toRepoPath(prefix: string, file: string): string {
  if (isAbsolute(file) || file.split("/").includes("..")) throw new UsageError("bad-path", { file });
  const rel = relative(".", `${prefix}${file}`).split("\\").join("/");
  return rel;
}
