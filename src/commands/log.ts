import { EXIT, UsageError } from "../domain/errors.js";
import { suggest } from "../domain/suggest.js";
import { locateRepo } from "../history/git-register.js";
import { deletedPaths, readRecordHistory, trailerValues, type RecordVersion } from "../history/record-history.js";
import { translate, type Lang } from "../i18n/index.js";
import { fieldLabel, listMessages } from "../i18n/list-messages.js";
import { folderSource } from "../io/fs-source.js";
import { classifyPath, CONFIG_FILE, idFromPath, type RecordKind } from "../register/layout.js";
import { parseRecord, type LoadedRecord } from "../register/load.js";
import { formatDate } from "../render/format.js";
import { sanitizeCell } from "../render/table.js";
import type { CommandRunner } from "./context.js";
import type { Deps } from "./deps.js";
import { fulfilledConditionEntries, mergeEntries, projectDecisionEntries } from "./log-linked.js";
import { valueFormatter, type ValueFormatter } from "./show-render.js";

export interface LogOptions {
  root: string;
  id: string;
  format: "text" | "json";
}

/** A change to one front-matter value, a list's members, or the record as a whole. */
export interface Change {
  /** Key path as `ikz set` names it: `phase`, `participants`, `milestones[M2].done`. */
  path: string;
  kind: "created" | "deleted" | "renamed" | "set" | "list" | "text" | "unreadable" | "linked";
  before?: unknown;
  after?: unknown;
  added?: unknown[];
  removed?: unknown[];
  /** The decision the commit names (`Ikz-Record` trailer), for phase changes. */
  decision?: string;
  /** The change in words. */
  text: string;
}

/** One commit of a record's history. */
export interface LogEntry {
  commit: string;
  date: string;
  author: string;
  email: string;
  subject: string;
  file: string;
  changes: Change[];
}

/** The history of one record from Git, newest first: who changed what in its front matter, when, by which decision. */
export async function log(options: LogOptions, deps: Deps): Promise<LogEntry[]> {
  const location = await locateRepo(options.root);
  const found = await findRecordFile(options.root, location.top, location.prefix, options.id);
  const versions = await readRecordHistory(location.top, location.prefix + found.file);
  const fmt = valueFormatter(await configNames(options.root), deps.lang);
  const parsed = versions.map((v) => (v.bytes === undefined ? undefined : parseRecord(v.path.slice(location.prefix.length), found.kind, v.bytes).record));
  const own: Array<LogEntry & { at: string }> = [];
  for (let i = 0; i < versions.length; i++) {
    const v = versions[i]!;
    // Compare with the nearest older version whose front matter could be read (a broken one in between is skipped).
    const older = parsed.slice(i + 1).find((r) => r !== undefined && r.data !== null);
    const decision = trailerValues(v.message, "Ikz-Record").find((x) => x.toUpperCase() !== found.id.toUpperCase());
    const changes = describeVersion(v, parsed[i], older, i === versions.length - 1, location.prefix, decision, fmt, deps.lang);
    own.push({ commit: v.commit, date: v.date.slice(0, 10), at: v.date, author: v.author, email: v.email, subject: v.message.split("\n")[0] ?? "", file: v.path.slice(location.prefix.length), changes });
  }
  // What other records say about this one: decisions naming a project, fulfilled conditions of a decision.
  const linked =
    found.kind === "project" ? await projectDecisionEntries(options.root, location.top, location.prefix, found.id, deps.lang)
    : found.kind === "decision" ? await fulfilledConditionEntries(options.root, location.top, location.prefix, found.id, deps.lang)
    : [];
  const entries = mergeEntries(own, linked);
  if (options.format === "json") deps.out.write(`${JSON.stringify(entries, null, 2)}\n`);
  else deps.out.write(renderLog(entries, found.id, deps));
  return entries;
}

/** The file of a record in the working tree, or (for a deleted one) its last path in history. */
async function findRecordFile(root: string, top: string, prefix: string, wanted: string): Promise<{ id: string; file: string; kind: RecordKind }> {
  const key = wanted.trim().toLowerCase();
  const known: string[] = [];
  const match = (files: string[]) => {
    for (const file of files) {
      const c = classifyPath(file);
      if (c === null || "misplaced" in c || c.kind === "config") continue;
      const id = idFromPath(c.kind, file);
      if (id === undefined) continue;
      if (id.toLowerCase() === key) return { id, file, kind: c.kind };
      known.push(id);
    }
    return undefined;
  };
  const current = match(await folderSource(root).list());
  if (current) return current;
  const gone = match((await deletedPaths(top, prefix)).filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length)));
  if (gone) return gone;
  throw new UsageError("record.unknown-id", { id: wanted, hint: suggest(wanted.trim(), known) ?? "" });
}

/** Names of municipalities, fields and members from the working tree's ikz.yaml, for plain words. */
async function configNames(root: string): Promise<Parameters<typeof valueFormatter>[0]> {
  let config: { municipalities?: unknown; fields?: unknown; steering_group?: { members?: unknown } } = {};
  await folderSource(root).read([CONFIG_FILE], ({ file, bytes }) => {
    const data = parseRecord(file, "config", bytes).record.data;
    if (data !== null && typeof data === "object") config = data as typeof config;
  });
  const names = (list: unknown) => new Map((Array.isArray(list) ? list : []).filter((x): x is { id: string; name: string } => typeof x?.id === "string" && typeof x?.name === "string").map((x) => [x.id, x.name]));
  const m = names(config.municipalities);
  const f = names(config.fields);
  const s = names(config.steering_group?.members);
  return { municipalityName: (id) => m.get(id) ?? id, fieldName: (id) => f.get(id) ?? id, memberName: (id) => s.get(id) ?? id };
}

function describeVersion(v: RecordVersion, now: LoadedRecord | undefined, before: LoadedRecord | undefined, first: boolean, prefix: string, decision: string | undefined, fmt: ValueFormatter, lang: Lang): Change[] {
  const t = (key: string, params?: Record<string, string | number>) => translate(listMessages, lang, key, params);
  if (v.status === "D" || now === undefined) return [{ path: "", kind: "deleted", text: t("log.deleted") }];
  const changes: Change[] = [];
  if (v.from !== undefined && v.from !== v.path) changes.push({ path: "", kind: "renamed", before: v.from, after: v.path, text: t("log.renamed", { from: v.from.slice(prefix.length), to: v.path.slice(prefix.length) }) });
  if (first) return [{ path: "", kind: "created", text: t("log.created") }, ...changes];
  if (now.data === null) return [...changes, { path: "", kind: "unreadable", text: t("log.unreadable") }];
  changes.push(...diffData(before?.data ?? {}, now.data, [], fmt, lang));
  for (const c of changes) if (c.path === "phase" && decision !== undefined) c.text += ` (${(c.decision = decision)})`;
  if (before !== undefined && before.body.replace(/\r\n/g, "\n") !== now.body.replace(/\r\n/g, "\n")) changes.push({ path: "", kind: "text", text: t("log.textChanged") });
  return changes;
}

/** Lists whose entries have an identity: matched by it, so a change reads "Meilensteine M2 · erledigt", not "[1].done". */
const IDENTITY: Record<string, string> = {
  participants: "municipality", interest: "municipality", milestones: "id", funding: "program",
  attendance: "member", agenda: "item", guests: "name", risks: "text", actions: "text", support_needed: "kind",
};

/**
 * Lists whose entries repeat a municipality and are appended, not replaced: a council may vote twice on a project
 * (`ikz council` adds an entry each time). Matching by municipality would read a second resolution as an edit of the
 * first, so entries are matched by all their fields first; only what is left is paired, per municipality in order,
 * as an edit of an entry.
 */
const APPENDED: Record<string, string> = { council_resolutions: "municipality" };

/** Keys whose text is too long to repeat: the change is named ("Titel geändert"), not shown. */
const LONG_TEXT = new Set(["title", "reason", "cancel_reason", "text", "measure", "description"]);

/** A step of a key path: a key, or a list entry (its key for the path, its words for people). */
type Segment = { key: string } | { item: string; shown: string };

const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === "object" && !Array.isArray(x);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The plain-word changes between two versions of front matter (or of a value inside it). */
export function diffData(before: unknown, after: unknown, path: Segment[], fmt: ValueFormatter, lang: Lang): Change[] {
  const keys = path.filter((s): s is { key: string } => "key" in s).map((s) => s.key);
  const lastKey = keys[keys.length - 1] ?? "";
  const parent = keys[keys.length - 2];
  const keyPath = path.map((s) => ("key" in s ? `.${s.key}` : `[${s.item}]`)).join("").replace(/^\./, "");
  const words = path.map((s, i) => ("item" in s ? ` ${s.shown}` : `${i === 0 ? "" : " · "}${fieldLabel(s.key, lang)}`)).join("");
  if (isObject(before) || isObject(after)) {
    if (!(isObject(before) || before === undefined) || !(isObject(after) || after === undefined)) return setChange(before, after, keyPath, words, lastKey, parent, fmt, lang);
    const b = before ?? {};
    const a = after ?? {};
    return [...Object.keys(a), ...Object.keys(b).filter((k) => !(k in a))].flatMap((k) => diffData(b[k], a[k], [...path, { key: k }], fmt, lang));
  }
  if (Array.isArray(before) || Array.isArray(after)) {
    const b = Array.isArray(before) ? before : before === undefined ? [] : [before];
    const a = Array.isArray(after) ? after : after === undefined ? [] : [after];
    if (b.length + a.length > 0 && [...b, ...a].every(isObject)) return diffEntries(b as Record<string, unknown>[], a as Record<string, unknown>[], path, keyPath, words, lastKey, fmt, lang);
    const added = a.filter((x) => !b.some((y) => same(x, y)));
    const removed = b.filter((x) => !a.some((y) => same(x, y)));
    if (added.length === 0 && removed.length === 0) return [];
    const parts = [...added.map((x) => `+ ${fmt(lastKey, x, parent)}`), ...removed.map((x) => `− ${fmt(lastKey, x, parent)}`)];
    return [{ path: keyPath, kind: "list", added, removed, text: `${words}: ${parts.join(", ")}` }];
  }
  return setChange(before, after, keyPath, words, lastKey, parent, fmt, lang);
}

/** Entries of a list of maps: added and removed ones by identity, then what changed inside the others. */
function diffEntries(before: Record<string, unknown>[], after: Record<string, unknown>[], path: Segment[], keyPath: string, words: string, list: string, fmt: ValueFormatter, lang: Lang): Change[] {
  return APPENDED[list] !== undefined ? diffAppended(before, after, path, keyPath, words, list, APPENDED[list]!, fmt, lang) : diffByIdentity(before, after, path, keyPath, words, list, fmt, lang);
}

/** Entries of an appended list (see APPENDED): equal entries match, leftovers pair per owner in order, the rest are added or removed. */
function diffAppended(before: Record<string, unknown>[], after: Record<string, unknown>[], path: Segment[], keyPath: string, words: string, list: string, owner: string, fmt: ValueFormatter, lang: Lang): Change[] {
  const oldLeft = before.map((_, i) => i);
  const pairs: Array<[number, number]> = [];
  const unmatched: number[] = [];
  after.forEach((x, j) => {
    const k = oldLeft.findIndex((i) => same(before[i], x));
    if (k >= 0) pairs.push([oldLeft.splice(k, 1)[0]!, j]);
    else unmatched.push(j);
  });
  const added: number[] = [];
  for (const j of unmatched) {
    const k = oldLeft.findIndex((i) => before[i]![owner] === after[j]![owner]);
    if (k >= 0) pairs.push([oldLeft.splice(k, 1)[0]!, j]);
    else added.push(j);
  }
  const changes: Change[] = [];
  if (added.length > 0 || oldLeft.length > 0) {
    const parts = [...added.map((j) => `+ ${entryWords(list, after[j]!, owner, fmt, lang)}`), ...oldLeft.map((i) => `− ${entryWords(list, before[i]!, owner, fmt, lang)}`)];
    changes.push({ path: keyPath, kind: "list", added: added.map((j) => after[j]), removed: oldLeft.map((i) => before[i]), text: `${words}: ${parts.join(", ")}` });
  }
  // An edited entry is named by its owner ("Gremienbeschlüsse Bischofsheim · Drucksache"); the key path keeps its index.
  for (const [i, j] of pairs.sort((a, b) => a[1] - b[1])) changes.push(...diffData(before[i], after[j], [...path, { item: String(j), shown: fmt(owner, after[j]![owner]) }], fmt, lang));
  return changes;
}

/** A whole entry of an appended list in words: "Bischofsheim: zugestimmt am 01.11.2026 (DS 12/2026)". */
function entryWords(list: string, x: Record<string, unknown>, owner: string, fmt: ValueFormatter, lang: Lang): string {
  const who = fmt(owner, x[owner]);
  if (list !== "council_resolutions") return who;
  const reference = typeof x.reference === "string" && x.reference !== "" ? ` (${fmt("reference", x.reference)})` : "";
  return translate(listMessages, lang, "log.councilEntry", { municipality: who, result: fmt("result", x.result, list), date: fmt("date", x.date), reference });
}

/** Entries matched by their identity key (IDENTITY), or by position without one. */
function diffByIdentity(before: Record<string, unknown>[], after: Record<string, unknown>[], path: Segment[], keyPath: string, words: string, list: string, fmt: ValueFormatter, lang: Lang): Change[] {
  const idKey = IDENTITY[list];
  // Without an identity, entries are numbered as in the minutes (Auflage 1, 2, …); the key path keeps indexes from 0.
  const id = (x: Record<string, unknown>, i: number) => (idKey !== undefined && x[idKey] !== undefined ? String(x[idKey]) : list === "conditions_done" ? `${String(x.decision)}#${String(x.index)}` : String(i));
  const shown = (k: string, x: Record<string, unknown>) => {
    if (list === "agenda") return `TOP ${k}`;
    if (list === "conditions_done") return `${String(x.decision)} Nr. ${String(x.index)}`;
    if (idKey === undefined) return `Nr. ${Number(k) + 1}`;
    const text = fmt(idKey, x[idKey]);
    return text.length > 40 ? `${text.slice(0, 39)}…` : text;
  };
  const olds = new Map(before.map((x, i) => [id(x, i), x]));
  const news = new Map(after.map((x, i) => [id(x, i), x]));
  const added = [...news].filter(([k]) => !olds.has(k));
  const removed = [...olds].filter(([k]) => !news.has(k));
  const changes: Change[] = [];
  if (added.length > 0 || removed.length > 0) {
    const parts = [...added.map(([k, x]) => `+ ${shown(k, x)}`), ...removed.map(([k, x]) => `− ${shown(k, x)}`)];
    changes.push({ path: keyPath, kind: "list", added: added.map(([, x]) => x), removed: removed.map(([, x]) => x), text: `${words}: ${parts.join(", ")}` });
  }
  for (const [k, x] of news) {
    const old = olds.get(k);
    if (old !== undefined) changes.push(...diffData(old, x, [...path, { item: k, shown: shown(k, x) }], fmt, lang));
  }
  return changes;
}

function setChange(before: unknown, after: unknown, keyPath: string, words: string, key: string, parent: string | undefined, fmt: ValueFormatter, lang: Lang): Change[] {
  if (same(before, after)) return [];
  const long = (x: unknown) => typeof x === "string" && x.length > 60;
  if (LONG_TEXT.has(key) || long(before) || long(after)) return [{ path: keyPath, kind: "set", before: before ?? null, after: after ?? null, text: translate(listMessages, lang, "log.changed", { label: words }) }];
  const show = (x: unknown) => (x === undefined ? "—" : typeof x === "object" && x !== null ? JSON.stringify(x) : fmt(key, x, parent));
  return [{ path: keyPath, kind: "set", before: before ?? null, after: after ?? null, text: `${words}: ${show(before)} → ${show(after)}` }];
}

function renderLog(entries: LogEntry[], id: string, deps: Deps): string {
  if (entries.length === 0) return `${translate(listMessages, deps.lang, "log.none", { id })}\n`;
  const s = deps.styler;
  const out: string[] = [];
  for (const e of entries) {
    out.push(`${s.bold(formatDate(e.date, deps.lang))}  ${sanitizeCell(e.author)}  ${s.dim(e.commit.slice(0, 10))}`);
    const lines = e.changes.length > 0 ? e.changes.map((c) => c.text) : [translate(listMessages, deps.lang, "log.noChange")];
    for (const line of lines) out.push(`  ${sanitizeCell(line)}`);
    out.push("");
  }
  return out.join("\n");
}

/** `ikz log` from the command line. */
export const runLog: CommandRunner = async (inv, ctx) => {
  const o = inv.options as { format: LogOptions["format"] };
  await log({ root: ctx.root, id: inv.args[0] ?? "", format: ctx.globals.json ? "json" : o.format }, ctx.deps);
  return EXIT.ok;
};
