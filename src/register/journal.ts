import { readFile, rm } from "node:fs/promises";
import { writeDurable, writeFileAtomic, removeFile } from "../io/atomic-fs.js";
import type { GitPort } from "../io/git.js";

/** What a write is about to change, kept on disk until the commit is done so a crash can be undone. */
export interface Journal {
  version: 1;
  pid: number;
  /** HEAD before the change: if HEAD moved, the change was committed and must not be undone. */
  head: string;
  entries: Array<{ path: string; repoPath: string; before: string | null }>;
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

/** Puts every journaled file back as it was (deleting files that did not exist) and unstages them. */
export async function restoreFromJournal(journal: Journal, git: GitPort): Promise<void> {
  for (const entry of journal.entries) {
    if (entry.before === null) await removeFile(entry.path);
    else await writeFileAtomic(entry.path, Buffer.from(entry.before, "base64"));
  }
  // Best effort: the files are back; an index entry left staged shows in `git status` and loses nothing.
  await git.unstage(journal.entries.map((e) => e.repoPath)).catch(() => undefined);
}
