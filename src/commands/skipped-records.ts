import { translate } from "../i18n/index.js";
import { listMessages } from "../i18n/list-messages.js";
import type { RegisterData } from "../register/register-data.js";
import type { Deps } from "./deps.js";

type ListKind = "projects" | "decisions" | "meetings" | "reports" | "lessons";

/**
 * Says on stderr how many records of these kinds failed their schema and are therefore missing from what a
 * reading command shows (a list, an export): a silent gap in a table would look like a complete answer.
 */
export function warnSkippedRecords(data: RegisterData, kinds: readonly ListKind[], deps: Deps): void {
  const skipped = kinds.reduce((sum, kind) => sum + data.loaded.records.filter((r) => `${r.kind}s` === kind).length - data.model[kind].length, 0);
  if (skipped > 0 && !deps.quiet) deps.err.write(`ikz: ${translate(listMessages, deps.lang, skipped === 1 ? "list.skipped.one" : "list.skipped", { count: skipped })}\n`);
}
