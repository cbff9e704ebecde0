import { EnvError, IkzError } from "../domain/errors.js";
import type { TextSink } from "../commands/deps.js";
import { translate, type Lang } from "../i18n/index.js";
import { journalMessages } from "../i18n/journal-messages.js";
import type { GitPort } from "../io/git.js";
import { clearJournal, readJournal, undoJournal, type Journal, type JournalEntry } from "./journal.js";
import { shellWord } from "../io/shell-word.js";

/** Where undo reports what it did, and in which language. */
export interface UndoNotices {
  err: TextSink;
  lang: Lang;
}

/**
 * A journal left by a run that died mid-write: put back the files that still hold what that run wrote, leave every
 * file changed since, and say which. Refuses (exit 3) while a file cannot be put back, keeping the journal.
 */
export async function recoverInterrupted(journalPath: string, git: GitPort, notices: UndoNotices): Promise<void> {
  const journal = await readJournal(journalPath);
  if (!journal) return;
  const say = (key: string, params: Record<string, string> = {}) => notices.err.write(`${translate(journalMessages, notices.lang, key, params)}\n`);
  // HEAD moved: the run died after its commit (or someone committed since), so the files are not ikz's to undo.
  if ((await git.head()) !== journal.head) {
    await clearJournal(journalPath);
    say("recovery.committed");
    return;
  }
  const report = await undoJournal(journal, git, true);
  for (const file of report.restored) say("recovery.restored", { file });
  for (const file of report.kept) say("recovery.kept", { file });
  if (report.staged.length > 0) say("rollback.staged", { files: report.staged.map((file) => shellWord(file)).join(" ") });
  const failed = report.failed[0];
  // The journal stays: the next run tries again, and a file put back by hand (git checkout) counts as done.
  if (failed) throw new EnvError("recovery-failed", { file: failed.entry.path, detail: reasonOf(failed.error, notices.lang), fix: fixFor(failed.entry, notices.lang) });
  await clearJournal(journalPath);
}

/**
 * Undoes a write that failed in this run: only files that hold what this run wrote go back, so a file it never
 * reached is not rewritten. True when the register is as before; otherwise the journal stays for the next run.
 */
export async function rollBack(journal: Journal, journalPath: string, git: GitPort, staged: boolean, notices: UndoNotices): Promise<boolean> {
  const report = await undoJournal(journal, git, staged);
  const say = (key: string, params: Record<string, string>) => notices.err.write(`${translate(journalMessages, notices.lang, key, params)}\n`);
  for (const file of report.kept) say("rollback.kept", { file });
  for (const { entry, error } of report.failed) say("rollback.failed", { file: entry.path, detail: reasonOf(error, notices.lang), fix: fixFor(entry, notices.lang) });
  if (report.staged.length > 0) say("rollback.staged", { files: report.staged.map((file) => shellWord(file)).join(" ") });
  if (report.failed.length > 0) return false;
  await clearJournal(journalPath);
  return report.kept.length === 0 && report.staged.length === 0;
}

/** Why putting a file back failed, in a few words. */
function reasonOf(error: unknown, lang: Lang): string {
  if (!(error instanceof IkzError)) return String(error);
  if (error.key === "no-permission" || error.key === "file-locked" || error.key === "disk-full") return translate(journalMessages, lang, `reason.${error.key}`);
  return String(error.params.detail ?? error.key);
}

/** How a person puts the file back without ikz. */
function fixFor(entry: JournalEntry, lang: Lang): string {
  return entry.before === null ? translate(journalMessages, lang, "fix.delete") : translate(journalMessages, lang, "fix.checkout", { file: entry.path });
}
