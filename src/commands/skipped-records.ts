import { translate } from "../i18n/index.js";
import { listMessages } from "../i18n/list-messages.js";
import type { RegisterData } from "../register/register-data.js";
import type { Deps } from "./deps.js";

type ListKind = "projects" | "decisions" | "meetings" | "reports" | "lessons";

/** The files of records of these kinds that failed to parse or failed their schema, sorted: they are not in the model. */
export function skippedFiles(data: RegisterData, kinds: readonly ListKind[]): string[] {
  const files: string[] = [];
  for (const kind of kinds) {
    const valid = new Set(data.model[kind].map((r) => r.file));
    for (const r of data.loaded.records) if (`${r.kind}s` === kind && !valid.has(r.file)) files.push(r.file);
  }
  return files.sort();
}

/** Files named in the warning about an earlier state; the rest are counted. */
const NAMED_FILES = 3;

/**
 * Says on stderr how many records of these kinds failed their schema and are therefore missing from what a
 * reading command shows (a list, an export): a silent gap in a table would look like a complete answer.
 * Read from a commit (`--as-of`, a quarter's end), the records are named, as `ikz validate` checks only the
 * working tree. Returns the files left out, so that an export can also name them inside the document.
 */
export function warnSkippedRecords(data: RegisterData, kinds: readonly ListKind[], deps: Deps, state: { commit?: string; date?: string } = {}): string[] {
  const files = skippedFiles(data, kinds);
  const skipped = files.length;
  if (skipped === 0 || deps.quiet) return files;
  const t = (key: string, params: Record<string, string | number>) => translate(listMessages, deps.lang, key, params);
  if (state.commit === undefined) {
    deps.err.write(`ikz: ${t(skipped === 1 ? "list.skipped.one" : "list.skipped", { count: skipped })}\n`);
  } else {
    const named = files.slice(0, NAMED_FILES).join(", ") + (skipped > NAMED_FILES ? ", …" : "");
    deps.err.write(`ikz: ${t(skipped === 1 ? "list.skipped.commit.one" : "list.skipped.commit", { count: skipped, commit: state.commit.slice(0, 10), date: state.date ?? "", files: named })}\n`);
  }
  return files;
}
