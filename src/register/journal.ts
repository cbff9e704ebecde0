import { createHash } from "node:crypto";
import { readFile, rm } from "node:fs/promises";
import { writeDurable, writeFileAtomic, removeFile, readIfExists } from "../io/atomic-fs.js";
import type { GitPort } from "../io/git.js";

/** One file a write is about to change: its content before (base64, null = absent) and a hash of what the write puts there. */
export interface JournalEntry {
  path: string;
  repoPath: string;
  before: string | null;
  /**
   * SHA-256 (hex) of the content the write puts there, null when it deletes the file. Undo touches a file only
   * while it still holds exactly this: anything else is the person's later work. Absent in journals of older
   * ikz versions, whose files are therefore only ever left alone.
   */
  after?: string | null;
}

/** What a write is about to change, kept on disk until the commit is done so a crash can be undone. */
export interface Journal {
  version: 1 | 2;
  pid: number;
  /** HEAD before the change: if HEAD moved, the change was committed and must not be undone. */
  head: string;
  entries: JournalEntry[];
}

/** What undoing a journal did, per file (absolute paths). */
export interface UndoReport {
  /** Held what the write had put there and was put back as it was before. */
  restored: string[];
  /** Differs from both the state before and the write's content: someone changed it since, so it stays. */
  kept: string[];
  /** Still holds the write's content, but putting it back failed. */
  failed: Array<{ entry: JournalEntry; error: unknown }>;
  /** Files that are back but still staged because Git could not put their index entries back (a full disk), as full paths. */
  staged: string[];
}

/** The journal entry for a file about to get `content` (null deletes it), given what it holds now. */
export function journalEntry(path: string, repoPath: string, current: Buffer | undefined, content: string | null): JournalEntry {
  return { path, repoPath, before: current === undefined ? null : current.toString("base64"), after: content === null ? null : hashOf(Buffer.from(content, "utf8")) };
}

/** Reads a journal left behind, if any. */
export async function readJournal(path: string): Promise<Journal | undefined> {
  const text = await readFile(path, "utf8").catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as Journal;
  } catch {
    // A journal torn by a crash while it was written means no file had been touched yet.
    return undefined;
  }
}

/** Writes the journal before the first file changes. */
export async function writeJournal(path: string, journal: Journal): Promise<void> {
  await writeDurable(path, JSON.stringify(journal));
}

/** Removes the journal once the change is committed or undone. */
export async function clearJournal(path: string): Promise<void> {
  await rm(path, { force: true });
}

/**
 * Puts back every journaled file that still holds what the write put there (deleting files that did not exist) and,
 * with `unstage`, puts their index entries back to HEAD. A file still as it was before is not rewritten; a file that
 * differs from both states is someone's later work and stays as it is.
 */
export async function undoJournal(journal: Journal, git: GitPort, unstage: boolean): Promise<UndoReport> {
  const report: UndoReport = { restored: [], kept: [], failed: [], staged: [] };
  for (const entry of [...journal.entries].reverse()) {
    try {
      const state = stateOf(entry, await readIfExists(entry.path));
      if (state === "before") continue;
      if (state === "other") {
        report.kept.push(entry.path);
        continue;
      }
      if (entry.before === null) await removeFile(entry.path);
      else await writeFileAtomic(entry.path, Buffer.from(entry.before, "base64"));
      report.restored.push(entry.path);
    } catch (error) {
      report.failed.push({ entry, error });
    }
  }
  const restored = new Set(report.restored);
  const paths = journal.entries.filter((e) => restored.has(e.path)).map((e) => e.repoPath);
  // The files are back; an index entry left staged loses nothing, but the next write finds the file dirty: say so.
  if (unstage && paths.length > 0) await git.unstage(paths).catch(async () => report.staged.push(...(await stillStaged(journal.entries, paths, git))));
  return report;
}

/**
 * Full paths of the files among `paths` that Git still has staged after a failed unstage. Often nothing is: a `git add`
 * that failed on a full disk left the index as it was, and then there is nothing to undo and no `git reset` to suggest.
 * When Git cannot even say, all of them: a needless hint is better than a missing one.
 */
async function stillStaged(entries: readonly JournalEntry[], paths: readonly string[], git: GitPort): Promise<string[]> {
  const staged = new Set(await git.staged(paths).catch(() => paths));
  return entries.filter((e) => paths.includes(e.repoPath) && staged.has(e.repoPath)).map((e) => e.path);
}

/** Whether a file holds what it held before the write, what the write put there, or something else. */
function stateOf(entry: JournalEntry, current: Buffer | undefined): "before" | "after" | "other" {
  if (entry.before === null ? current === undefined : current !== undefined && current.equals(Buffer.from(entry.before, "base64"))) return "before";
  if (entry.after === undefined) return "other";
  if (entry.after === null ? current === undefined : current !== undefined && hashOf(current) === entry.after) return "after";
  return "other";
}

function hashOf(data: Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}
