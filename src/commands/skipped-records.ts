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

/**
 * Says on stderr how many records of these kinds failed their schema and are therefore missing from what a
 * reading command shows (a list, an export): a silent gap in a table would look like a complete answer.
 * Returns the files left out, so that an export can also name them inside the document.
 */
export function warnSkippedRecords(data: RegisterData, kinds: readonly ListKind[], deps: Deps): string[] {
  const files = skippedFiles(data, kinds);
  const skipped = files.length;
  if (skipped > 0 && !deps.quiet) deps.err.write(`ikz: ${translate(listMessages, deps.lang, skipped === 1 ? "list.skipped.one" : "list.skipped", { count: skipped })}\n`);
  return files;
}
