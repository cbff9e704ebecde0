import { translate } from "../i18n/index.js";
import { listMessages } from "../i18n/list-messages.js";
import { ruleIssues, type RegisterData } from "../register/register-data.js";
import { formatDate } from "../render/format.js";
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
 * The files of records of these kinds that passed their schema but break a register rule (a phase no decision
 * explains, an unknown field code …), sorted: they are in the model, and what is shown of them may be wrong.
 */
export function flawedFiles(data: RegisterData, kinds: readonly ListKind[]): string[] {
  const folders = kinds.map((kind) => `${kind}/`);
  const files = new Set<string>();
  for (const issue of ruleIssues(data)) {
    if (issue.severity === "error" && folders.some((folder) => issue.file.startsWith(folder))) files.add(issue.file);
  }
  return [...files].sort();
}

/** Records with errors that a reading command shows or leaves out: what its output has to say. */
export interface RecordsWithErrors {
  /** Left out: unreadable or failing their schema. */
  skipped: string[];
  /** Included although they break a register rule. */
  flawed: string[];
}

/** Files named in a warning; the rest are counted. */
const NAMED_FILES = 3;

/**
 * Says on stderr which records with errors a reading command (a list, an export) leaves out – a silent gap in a
 * table would look like a complete answer – and which it shows although they break a register rule, whose
 * figures may be wrong. Left-out records are counted for the working tree (`ikz validate` shows them) and named
 * when read from a commit (`--as-of`, a quarter's end), which validate does not check; rule breakers are always
 * named. Returns both lists, so that an export can also say it inside the document.
 */
export function warnSkippedRecords(data: RegisterData, kinds: readonly ListKind[], deps: Deps, state: { commit?: string; date?: string } = {}): RecordsWithErrors {
  const found = { skipped: skippedFiles(data, kinds), flawed: flawedFiles(data, kinds) };
  if (deps.quiet) return found;
  const t = (key: string, params: Record<string, string | number>) => translate(listMessages, deps.lang, key, params);
  const named = (files: readonly string[]) => files.slice(0, NAMED_FILES).join(", ") + (files.length > NAMED_FILES ? ", …" : "");
  const { skipped, flawed } = found;
  // The state's day as the reader writes it (28.11.2026), like every other date ikz prints.
  const date = formatDate(state.date, deps.lang);
  if (skipped.length > 0 && state.commit === undefined) {
    deps.err.write(`ikz: ${t(skipped.length === 1 ? "list.skipped.one" : "list.skipped", { count: skipped.length })}\n`);
  } else if (skipped.length > 0) {
    deps.err.write(`ikz: ${t(skipped.length === 1 ? "list.skipped.commit.one" : "list.skipped.commit", { count: skipped.length, commit: state.commit!.slice(0, 10), date, files: named(skipped) })}\n`);
  }
  if (flawed.length > 0) {
    const where = state.commit === undefined ? "" : t("list.flawed.state", { commit: state.commit.slice(0, 10), date });
    deps.err.write(`ikz: ${t(flawed.length === 1 ? "list.flawed.one" : "list.flawed", { count: flawed.length, where, files: named(flawed) })}\n`);
  }
  return found;
}
