import { RefusedError, UsageError } from "../domain/errors.js";
import type { PathSegment } from "../domain/finding.js";
import { nextId, slugify } from "../domain/ids.js";
import { suggest } from "../domain/suggest.js";
import { translate, type Lang } from "../i18n/index.js";
import { formatDate } from "../render/format.js";
import { cliMessages } from "../i18n/cli-messages.js";
import { recordMessages } from "../i18n/record-messages.js";
import { splitFrontMatter } from "../register/front-matter.js";
import { idFromPath } from "../register/layout.js";
import type { LoadedRecord } from "../register/load.js";
import { editRecordFile } from "../register/record-file.js";
import type { RegisterData } from "../register/register-data.js";
import type { BaseDelta } from "../history/base-delta.js";
import { baseRecords } from "../history/base-snapshots.js";
import { runWrite, type FileChange, type WriteOptions, type WriteOutcome } from "../register/write-transaction.js";
import type { YamlEdit } from "../register/yaml-edit.js";
import type { CommandRunner } from "./context.js";
import type { Deps } from "./deps.js";
import { printOutcome, writeOptions } from "./write-common.js";

/** Record kinds that carry a number of their own; a report's ID follows its project. */
export type NumberedKind = "project" | "decision" | "meeting" | "lesson";

export interface RenumberOptions extends WriteOptions {
  oldId: string;
  newId: string;
  /** Git ref of the target branch: refuse to renumber a record that existed when the branch left it, and a new ID taken there. */
  base?: string;
}

export interface RenumberResult {
  kind: NumberedKind;
  oldId: string;
  newId: string;
  /** Files moved (the record itself, and a project's reports). */
  renamed: Array<{ from: string; to: string }>;
  /** Files edited in place because they refer to the record. */
  updated: string[];
}

const DEFAULT_PREFIX: Record<NumberedKind, string> = { project: "IKZ", decision: "B", meeting: "LG", lesson: "LL" };
const DIGITS: Record<NumberedKind, { min: number; max: number }> = {
  project: { min: 3, max: 4 },
  decision: { min: 3, max: 4 },
  meeting: { min: 2, max: 3 },
  lesson: { min: 3, max: 4 },
};

/**
 * Gives a record a new ID: renames its file (a project's report folder follows), rewrites its `id`, every
 * front-matter reference to it and every mention in Markdown bodies, and commits it all as one change.
 */
export async function renumber(options: RenumberOptions, deps: Deps): Promise<WriteOutcome<RenumberResult>> {
  // IDs are upper case; a report ID (project/period) keeps its period as typed.
  const upper = (id: string) => (id.includes("/") ? id : id.toUpperCase());
  const oldId = upper(options.oldId.trim());
  const newId = upper(options.newId.trim());
  if (oldId === newId) throw new UsageError("same-id", { id: oldId });
  const base = options.base === undefined ? undefined : await readBase(options.root, options.base);
  const outcome = await runWrite(options, (data) => {
    if (base !== undefined) refuseAgainstBase(data, base, oldId, newId);
    const result = planRenumber(data, oldId, newId, options.lang, deps.today());
    return {
      summary: translate(recordMessages, deps.lang, "renumber.summary", { old: oldId, new: newId }),
      recordId: newId,
      changes: result.changes,
      result: result.result,
    };
  });
  return outcome;
}

/** Computes every file change of a renumbering on the loaded register; refuses unknown, taken or malformed IDs. */
export function planRenumber(data: RegisterData, oldId: string, newId: string, lang: Lang, today: string): { changes: FileChange[]; result: RenumberResult } {
  const records = data.loaded.records.filter((r) => r.kind !== "config");
  const target = findTarget(records, oldId);
  const kind = target.kind as NumberedKind;
  const fields = target.data as Record<string, unknown>;
  const prefix = data.model.config?.data.ids?.[kind] ?? DEFAULT_PREFIX[kind];
  const used = usedIds(records);
  const { min, max } = DIGITS[kind];
  const shape = new RegExp(`^${escapeRegExp(prefix)}-(\\d{4})-(\\d{${min},${max}})$`);
  const match = shape.exec(newId);
  const oldYear = Number(/-(\d{4})-/.exec(oldId)?.[1] ?? today.slice(0, 4));
  if (!match) {
    const label = translate(recordMessages, lang, `kind.${kind}`);
    throw new UsageError("bad-new-id", { value: newId, kind: label, prefix, digits: `${min}–${max}`, example: nextId(prefix, oldYear, used, min === 2 ? 2 : 3) });
  }
  const newYear = match[1]!;
  const digits = min === 2 ? 2 : 3;
  const taken = records.find((r) => recordId(r) === newId || (r.kind !== "report" && idFromPath(r.kind, r.file) === newId));
  if (taken) throw new UsageError("id-exists", { id: newId, file: taken.file, free: nextId(prefix, Number(newYear), used, digits) });
  if ((kind === "decision" || kind === "meeting") && typeof fields.date === "string" && fields.date.slice(0, 4) !== newYear) {
    throw new UsageError("id-year", { id: newId, date: formatDate(fields.date, lang), example: nextId(prefix, Number(fields.date.slice(0, 4)), used, digits) });
  }

  const renames = new Map<string, string>([[target.file, newPath(target, kind, oldId, newId, newYear, fields)]]);
  if (kind === "project") {
    for (const r of records) if (r.kind === "report" && r.file.startsWith(`reports/${oldId}/`)) renames.set(r.file, `reports/${newId}/${r.file.slice(`reports/${oldId}/`.length)}`);
  }
  const existing = new Set(data.loaded.records.map((r) => r.file));
  for (const to of renames.values()) if (existing.has(to)) throw new UsageError("id-exists", { id: newId, file: to, free: nextId(prefix, Number(newYear), used, digits) });

  const writes: FileChange[] = [];
  const deletes: FileChange[] = [];
  const result: RenumberResult = { kind, oldId, newId, renamed: [], updated: [] };
  const mention = new RegExp(`(?<![A-Za-z0-9_-])${escapeRegExp(oldId)}(?![A-Za-z0-9_])`, "g");
  for (const r of records) {
    if (r.text === undefined || !isObject(r.data)) continue;
    const edits: YamlEdit[] = referenceEdits(r.data, oldId, newId, kind === "project");
    if (r === target) edits.unshift({ op: "set", path: ["id"], value: newId });
    const original = `${r.text.bom ? "\uFEFF" : ""}${r.text.text}`;
    const edited = edits.length > 0 ? editRecordFile(r.file, Buffer.from(original, "utf8"), edits) : original;
    const content = replaceInBody(r.file, edited, mention, newId);
    const to = renames.get(r.file);
    if (to !== undefined) {
      writes.push({ file: to, content });
      deletes.push({ file: r.file, content: null });
      result.renamed.push({ from: r.file, to });
    } else if (content !== original) {
      writes.push({ file: r.file, content });
      result.updated.push(r.file);
    }
  }
  return { changes: [...writes, ...deletes], result };
}

/**
 * With --base: a record that existed when the branch left the target is final for others (decisions,
 * minutes and reports point at it), so only a record new on this branch is renumbered; and the new ID must be
 * free on the target too, or the renumbering only moves the collision. The fork point and the target are
 * the working tree's records plus the files Git names as changed (readBaseDelta).
 */
function refuseAgainstBase(data: RegisterData, delta: BaseDelta, oldId: string, newId: string): void {
  const { fork, base: target } = baseRecords(data.loaded.records, delta);
  const carries = (id: string) => (r: LoadedRecord) => r.kind !== "report" && r.kind !== "config" && (recordId(r) === id || idFromPath(r.kind, r.file) === id);
  const before = fork.find(carries(oldId));
  if (before) throw new RefusedError("renumber-on-base", { id: oldId, base: delta.label, file: before.file });
  // A malformed new ID is refused by planRenumber, with its own example.
  const year = /-(\d{4})-/.exec(newId)?.[1];
  const taken = year === undefined ? undefined : target.find(carries(newId));
  if (taken) {
    const records = data.loaded.records.filter((r) => r.kind !== "config");
    const kind = taken.kind as NumberedKind;
    const prefix = data.model.config?.data.ids?.[kind] ?? DEFAULT_PREFIX[kind];
    const free = nextId(prefix, Number(year), usedIds([...records, ...target]), DIGITS[kind].min === 2 ? 2 : 3);
    throw new UsageError("id-on-base", { id: newId, base: delta.label, file: taken.file, free });
  }
}

/** What Git says changed since the fork point and on the target; Git is loaded only with --base. */
async function readBase(root: string, ref: string): Promise<BaseDelta> {
  const { findBase, readBaseDelta } = await import("../history/base-delta.js");
  return readBaseDelta(await findBase(root, ref));
}

/** The one record that carries the old ID; reports and unknown or doubled IDs are refused. */
function findTarget(records: readonly LoadedRecord[], oldId: string): LoadedRecord {
  const found = records.filter((r) => r.kind !== "report" && recordId(r) === oldId);
  if (found.length > 1) throw new UsageError("ambiguous-id", { id: oldId, files: found.map((r) => r.file).join(", ") });
  if (found.length === 1) return found[0]!;
  const report = records.find((r) => r.kind === "report" && idFromPath("report", r.file) === oldId);
  if (report) throw new UsageError("renumber-report", { value: oldId, project: oldId.split("/")[0] ?? "" });
  const known = records.filter((r) => r.kind !== "report").map(recordId).filter((id): id is string => id !== undefined);
  throw new UsageError("unknown-record", { value: oldId, hint: suggest(oldId, known) ?? "" });
}

/** The new file of the renamed record: same slug for projects and lessons; the new ID's year folder for decisions and meetings. */
function newPath(target: LoadedRecord, kind: NumberedKind, oldId: string, newId: string, newYear: string, fields: Record<string, unknown>): string {
  const parts = target.file.split("/");
  if (kind === "decision" || kind === "meeting") return `${parts[0]}/${newYear}/${newId}.md`;
  const base = parts[parts.length - 1] ?? "";
  const fromFile = idFromPath(kind, target.file);
  const rest = fromFile !== undefined && base.startsWith(fromFile) ? base.slice(fromFile.length) : `-${slugify(typeof fields.title === "string" ? fields.title : oldId)}.md`;
  return `${parts[0]}/${newId}${rest}`;
}

/** Edits for front-matter values that name the old ID (or, for a project, a report ID under it); a record's own `id` is left alone. */
function referenceEdits(data: Record<string, unknown>, oldId: string, newId: string, project: boolean): YamlEdit[] {
  const edits: YamlEdit[] = [];
  const walk = (value: unknown, path: PathSegment[]) => {
    if (typeof value === "string") {
      if (value === oldId || (project && value.startsWith(`${oldId}/`))) edits.push({ op: "set", path, value: newId + value.slice(oldId.length) });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...path, i]));
    } else if (isObject(value)) {
      for (const [key, item] of Object.entries(value)) if (!(path.length === 0 && key === "id")) walk(item, [...path, key]);
    }
  };
  walk(data, []);
  return edits;
}

/** Replaces whole-word mentions of the old ID in the Markdown body only; front matter, BOM and line endings stay. */
function replaceInBody(file: string, content: string, mention: RegExp, newId: string): string {
  const bom = content.startsWith("\uFEFF") ? "\uFEFF" : "";
  const text = content.slice(bom.length);
  const split = splitFrontMatter(file, text);
  if ("code" in split) return content;
  const head = text.slice(0, text.length - split.body.length);
  return bom + head + split.body.replace(mention, newId);
}

function recordId(r: LoadedRecord): string | undefined {
  if (!isObject(r.data)) return undefined;
  if (r.kind === "report") return typeof r.data.project === "string" && typeof r.data.period === "string" ? `${r.data.project}/${r.data.period}` : undefined;
  return typeof r.data.id === "string" ? r.data.id : undefined;
}

/** Every ID in use, from data and from file names (a broken record still holds its number). */
function usedIds(records: readonly LoadedRecord[]): string[] {
  const ids: string[] = [];
  for (const r of records) {
    if (r.kind === "report") continue;
    const fromData = recordId(r);
    const fromFile = idFromPath(r.kind, r.file);
    if (fromData !== undefined) ids.push(fromData);
    if (fromFile !== undefined) ids.push(fromFile);
  }
  return ids;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** `ikz renumber <old-id> <new-id>` from the command line. */
export const runRenumber: CommandRunner = async (inv, ctx) => {
  const [oldId = "", newId = ""] = inv.args;
  const outcome = await renumber({ ...writeOptions(inv, ctx), oldId, newId, base: inv.options.base as string | undefined }, ctx.deps);
  const { deps } = ctx;
  if (ctx.globals.json) {
    printOutcome(ctx, outcome, newId);
    return 0;
  }
  if (deps.quiet) return 0;
  const t = (key: string, params: Record<string, string | number>) => translate(recordMessages, deps.lang, key, params);
  for (const r of outcome.result.renamed) deps.out.write(`${t("renumber.renamed", r)}\n`);
  for (const file of outcome.result.updated) deps.out.write(`${t("renumber.updated", { file })}\n`);
  const done = outcome.commit ? translate(cliMessages, deps.lang, "write.committed", { id: newId, commit: outcome.commit.slice(0, 10) }) : translate(cliMessages, deps.lang, "write.staged", { id: newId });
  deps.out.write(`${done}\n`);
  return 0;
};
