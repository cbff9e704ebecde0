import { readFileSync, readdirSync } from "node:fs";
import type { ErrorObject } from "ajv";
import { IkzError, RefusedError, UsageError } from "../domain/errors.js";
import { formatKeyPath, type PathSegment } from "../domain/finding.js";
import { takesEffect } from "../domain/lifecycle.js";
import { suggest } from "../domain/suggest.js";
import { idFromPath, type RecordKind } from "../register/layout.js";
import { parseRecord, type LoadedRecord } from "../register/load.js";
import type { RegisterData } from "../register/register-data.js";
import { describeIssue } from "../register/to-findings.js";
import { runWrite, type WriteOptions, type WriteOutcome } from "../register/write-transaction.js";
import type { YamlEdit } from "../register/yaml-edit.js";
import { compileSchemas, SCHEMA_DIR, type CompiledSchemas } from "../schema/compile.js";
import { schemaIssues } from "../schema/schema-issues.js";
import type { Lang } from "../i18n/index.js";
import type { CommandRunner } from "./context.js";
import type { Deps } from "./deps.js";
import { BREAKS_LINE, parseDateFlag, parseEuroFlag, parseListFlag } from "./flag-values.js";
import { codesFor, mapSchemaLeaves, requireKnownCodes, resolveCode } from "./set-codes.js";
import { checkFieldDate } from "./date-horizon.js";
import { parseFlowLiteral, parseOwnFieldValue } from "./set-literals.js";
import { editRecord, printWrite, projectText, registerConfig } from "./find-record.js";
import { writeOptions } from "./write-common.js";

export interface SetOptions {
  write: WriteOptions;
  /** Project, lesson or meeting ID, or a report's `<project>/<period>`. */
  id: string;
  /** `key.path=value`; an empty value or `null` removes the key. */
  assignments: string[];
}

export interface SetResult {
  id: string;
  file: string;
  keys: string[];
}

interface Assignment {
  key: string;
  path: PathSegment[];
  raw: string;
}

type Schema = Record<string, unknown>;
interface Located {
  file: string;
  node: Schema;
  refs: string[];
}
/** A key of the path that is itself a code (`scores.<criterion>`), with the references of its schema. */
interface KeyCode {
  seg: string;
  refs: string[];
}

const SCHEMA_FILE: Record<Exclude<RecordKind, "config">, string> = { project: "project.schema.json", decision: "decision.schema.json", meeting: "meeting.schema.json", report: "report.schema.json", lesson: "lesson.schema.json" };

/** Sets fields of any record by ID, each value typed from the schema at its path; `id`, `phase` and append-only records are refused. */
export async function setFields(options: SetOptions, deps: Deps): Promise<WriteOutcome<SetResult>> {
  const assignments = options.assignments.map(parseAssignment);
  // runWrite may hand over the schemas it compiled; until then compile them here.
  return runWrite(options.write, (data: RegisterData, compiled?: CompiledSchemas) => {
    // Without a valid ikz.yaml the register rules (references to municipalities, fields, members) cannot check the change.
    const config = registerConfig(data);
    const { id, record } = findAnyRecord(data, options.id);
    const kind = record.kind as Exclude<RecordKind, "config">;
    refuseProtected(data, id, record, assignments);
    const docs = loadSchemaDocs();
    const edits: YamlEdit[] = assignments.map((a) => {
      requireExistingItems(record.data, a);
      const leaf = schemaAt(docs, SCHEMA_FILE[kind], a);
      const typed = typeValue(a, leaf, docs);
      // Removing is always allowed: a score for a criterion ikz.yaml no longer has must be deletable (IKZ-REF-008).
      if (typed !== undefined) for (const { seg, refs } of leaf.keyCodes) requireKnownCodes(seg, codesFor(refs, config), a.key);
      // A title or name is one line (short_string), as new-project and the other commands keep it.
      if (typeof typed === "string" && leaf.refs.some((r) => r.endsWith("/short_string")) && BREAKS_LINE.test(typed)) throw new UsageError("one-line-only", { flag: a.key });
      // At every depth: a date of what has happened not after today, a planned one within its horizon (9999 is a
      // typo); a code known to ikz.yaml, a municipality's name turned into its ID (lead=Büttelborn, as --lead takes it).
      const names = a.path.filter((seg): seg is string => typeof seg === "string");
      const value = mapSchemaLeaves<Located>({ value: typed, at: leaf, key: a.key, names }, (parent, node) => deref(docs, { file: parent.file, node, refs: [] }), (x) => {
        if (typeof x.value === "string" && x.at.node.format === "date") checkFieldDate(x.value, x.key, kind, x.names, deps);
        return resolveCode(x.value, x.at.refs, config, x.key);
      });
      return value === undefined ? { op: "delete", path: a.path } : { op: "set", path: a.path, value };
    });
    const change = editAll(record, id, edits, assignments);
    refuseSchemaBreaks(record, change.content ?? "", assignments, compiled ?? compileSchemas(), deps.lang);
    const keys = assignments.map((a) => a.key);
    // "tags entfernt" rather than "tags geändert" when the value was emptied: the commit says what happened.
    const removed = assignments.filter((_, i) => edits[i]!.op === "delete").map((a) => a.key);
    const changed = keys.filter((k) => !removed.includes(k));
    const summary = [
      ...(changed.length > 0 ? [projectText(deps.lang, "summary.set", { id, keys: changed.join(", ") })] : []),
      ...(removed.length > 0 ? [projectText(deps.lang, changed.length > 0 ? "summary.setRemovedToo" : "summary.setRemoved", { id, keys: removed.join(", ") })] : []),
    ].join("; ");
    return { summary, recordId: id, changes: [change], result: { id, file: record.file, keys } };
  });
}

/** `key.path=value` → a key path (`a.b[0].c` or `a.b.0.c`) and the raw value. */
export function parseAssignment(text: string): Assignment {
  const eq = text.indexOf("=");
  if (eq <= 0) throw new UsageError("set-bad-assignment", { value: text });
  const key = text.slice(0, eq).trim();
  const path: PathSegment[] = [];
  for (const part of key.replace(/\[(\d+)\]/g, ".$1").split(".")) {
    if (/^(0|[1-9]\d{0,3})$/.test(part)) path.push(Number(part));
    else if (/^[A-Za-z_][A-Za-z0-9_-]{0,79}$/.test(part) && !["__proto__", "constructor", "prototype"].includes(part)) path.push(part);
    else throw new UsageError("set-bad-path", { key });
  }
  if (typeof path[0] !== "string") throw new UsageError("set-bad-path", { key });
  return { key, path, raw: text.slice(eq + 1) };
}

function recordKey(r: LoadedRecord): string | undefined {
  const d = (r.data ?? {}) as { id?: unknown; project?: unknown; period?: unknown };
  if (r.kind === "report") return typeof d.project === "string" && typeof d.period === "string" ? `${d.project}/${d.period}` : idFromPath("report", r.file);
  return typeof d.id === "string" ? d.id : idFromPath(r.kind, r.file);
}

function findAnyRecord(data: RegisterData, wanted: string): { id: string; record: LoadedRecord } {
  const norm = wanted.trim().toUpperCase();
  const keyed = data.loaded.records.filter((r) => r.kind !== "config").map((r) => ({ id: recordKey(r), record: r }));
  const hit = keyed.find((k) => k.id?.toUpperCase() === norm || (k.record.kind !== "report" && idFromPath(k.record.kind, k.record.file)?.toUpperCase() === norm));
  if (!hit || hit.id === undefined) {
    const known = keyed.flatMap((k) => (k.id === undefined ? [] : [k.id]));
    throw new UsageError("unknown-code", { flag: "<id>", value: wanted, hint: suggest(wanted, known) ?? "", known: known.filter((k) => !k.includes("/")).slice(-20).join(", ") });
  }
  if (hit.record.data === null || typeof hit.record.data !== "object") throw new RefusedError("record-unreadable", { file: hit.record.file });
  return { id: hit.id, record: hit.record };
}

/** Identity, phase and append-only records are not `ikz set`'s to change (exit 1). */
function refuseProtected(data: RegisterData, id: string, record: LoadedRecord, assignments: readonly Assignment[]): void {
  const d = record.data as { status?: unknown };
  if (record.kind === "decision") throw new RefusedError("set-decision", { id });
  if (record.kind === "meeting" && d.status === "closed") throw new RefusedError("set-closed-meeting", { id });
  if (record.kind === "report") {
    const acceptance = data.model.decisions.find((x) => x.data.type === "accept_report" && x.data.report === id && takesEffect(x.data.outcome));
    if (acceptance) throw new RefusedError("set-accepted-report", { id, decision: acceptance.data.id });
  }
  for (const a of assignments) {
    const top = a.path[0];
    if (top === "id") throw new RefusedError("set-id", { id });
    if (top === "phase" && record.kind === "project") throw new RefusedError("set-phase", {});
    if (record.kind === "report" && (top === "project" || top === "period")) throw new RefusedError("set-identity", { key: a.key, id });
  }
}

/** The edits applied; a path that does not fit the file's structure (a text where a section is expected) is a usage error. */
function editAll(record: LoadedRecord, id: string, edits: readonly YamlEdit[], assignments: readonly Assignment[]): ReturnType<typeof editRecord> {
  try {
    return editRecord(record, id, edits);
  } catch (error) {
    if (error instanceof IkzError) throw error;
    const keys = assignments.map((a) => a.key).join(", ");
    throw new UsageError("set-bad-structure", { key: keys, file: record.file, detail: error instanceof Error ? error.message : String(error) });
  }
}

/** A list index in the path must name an existing item (`participants[1]`); ikz set does not grow lists. */
function requireExistingItems(data: unknown, a: Assignment): void {
  let at: unknown = data;
  for (const seg of a.path) {
    if (typeof seg === "number" && !(Array.isArray(at) && seg < at.length)) throw new UsageError("set-bad-index", { key: a.key, count: Array.isArray(at) ? at.length : 0 });
    at = at !== null && typeof at === "object" ? (at as Record<string | number, unknown>)[seg] : undefined;
  }
}

function loadSchemaDocs(): Map<string, Schema> {
  const docs = new Map<string, Schema>();
  for (const name of readdirSync(SCHEMA_DIR).filter((f) => f.endsWith(".schema.json"))) docs.set(name, JSON.parse(readFileSync(`${SCHEMA_DIR}/${name}`, "utf8")) as Schema);
  return docs;
}

/** Follows `$ref`s (to `#/$defs/x` or `other.schema.json#/$defs/x`), remembering them (money is a `$ref`). */
function deref(docs: Map<string, Schema>, at: Located): Located {
  let { file, node } = at;
  const refs = [...at.refs];
  for (let hops = 0; typeof node.$ref === "string" && hops < 20; hops++) {
    const [target = "", pointer = ""] = (node.$ref as string).split("#");
    file = target === "" ? file : target;
    refs.push(node.$ref as string);
    let next: unknown = docs.get(file);
    for (const seg of pointer.split("/").filter(Boolean)) next = (next as Schema | undefined)?.[seg];
    node = (next ?? {}) as Schema;
  }
  return { file, node, refs };
}

/** The schema of the value at an assignment's path; an unknown key is a usage error with "did you mean". */
function schemaAt(docs: Map<string, Schema>, file: string, a: Assignment): Located & { keyCodes: KeyCode[] } {
  let at = deref(docs, { file, node: docs.get(file) ?? {}, refs: [] });
  const keyCodes: KeyCode[] = [];
  for (const [depth, seg] of a.path.entries()) {
    let next: Schema | undefined;
    if (typeof seg === "number") next = at.node.items as Schema | undefined;
    else {
      const props = (at.node.properties ?? {}) as Record<string, Schema>;
      const patterns = Object.entries((at.node.patternProperties ?? {}) as Record<string, Schema>);
      next = props[seg] ?? patterns.find(([re]) => new RegExp(re).test(seg))?.[1] ?? (typeof at.node.additionalProperties === "object" ? (at.node.additionalProperties as Schema) : undefined);
      const names = at.node.propertyNames as Schema | undefined;
      if (next !== undefined && !(seg in props) && names !== undefined) keyCodes.push({ seg, refs: deref(docs, { ...at, node: names, refs: [] }).refs });
      if (next === undefined) {
        // An unknown key is an unknown field, named by its whole path; "known" lists what may go there.
        const parent = formatKeyPath(a.path.slice(0, depth));
        const prefix = parent === "" ? "" : `${parent}.`;
        // A text, a number, a list or an own field (x-…) has no keys inside: say so, not "known:" and nothing.
        if (Object.keys(props).length === 0 && patterns.length === 0) throw new UsageError(at.node.type === "array" ? "set-list-no-keys" : "set-no-subfields", { key: a.key, parent });
        const settable = Object.keys(props).filter((k) => a.path.length > 1 || !["id", "phase"].includes(k));
        const hint = suggest(seg, settable);
        throw new UsageError("set-unknown-field", { key: a.key, hint: hint === undefined ? "" : prefix + hint, known: settable.join(", ") });
      }
    }
    if (next === undefined) throw new UsageError("set-bad-path", { key: a.key });
    at = deref(docs, { ...at, node: next });
  }
  return { ...at, keyCodes };
}

/** The raw text typed by the schema: dates checked, euros in German notation, numbers, booleans, lists; "" or null removes. */
function typeValue(a: Assignment, at: Located, docs: Map<string, Schema>): unknown {
  // Composed umlauts (NFC), like every text ikz writes: Excel's search misses a decomposed ü.
  const raw = a.raw.normalize("NFC").trim();
  if (raw === "" || raw === "null" || raw === "~") return undefined;
  const type = at.node.type;
  if (type === "string") return at.node.format === "date" ? parseDateFlag(raw, a.key) : raw;
  if (type === "integer") {
    if (at.refs.some((r) => r.endsWith("/money"))) return parseEuroFlag(raw, a.key);
    return /^[+-]?\d{1,15}$/.test(raw) ? Number(raw) : raw;
  }
  if (type === "number") {
    const n = Number(raw.replace(",", "."));
    return Number.isFinite(n) ? n : raw;
  }
  if (type === "boolean") return ({ true: true, ja: true, yes: true, false: false, nein: false, no: false } as Record<string, boolean>)[raw.toLowerCase()] ?? raw;
  if (type === "array") {
    if (raw.startsWith("[")) return parseFlowLiteral(raw) ?? failList(a, raw);
    const items = deref(docs, { ...at, node: (at.node.items ?? {}) as Schema });
    return parseListFlag(raw).map((item) => typeValue({ ...a, raw: item }, items, docs));
  }
  if (type === "object") {
    const literal = raw.startsWith("{") ? parseFlowLiteral(raw) : undefined;
    if (literal !== undefined && !Array.isArray(literal)) return literal;
    const first = Object.keys((at.node.properties ?? {}) as object)[0] ?? "key";
    throw new UsageError("set-object", { key: a.key, example: `${a.key}.${first}=…` });
  }
  // Only own fields (x-…) have no type in the schema: their text is kept as typed, never read as YAML.
  return parseOwnFieldValue(raw);
}

function failList(a: Assignment, raw: string): never {
  throw new UsageError("set-bad-list", { key: a.key, value: raw, example: `${a.key}=a,b` });
}

/** A value the schema refuses is a usage error (exit 2); other new errors (a removed required key) the pipeline refuses. */
function refuseSchemaBreaks(record: LoadedRecord, content: string, assignments: readonly Assignment[], schemas: CompiledSchemas, lang: Lang): void {
  const after = parseRecord(record.file, record.kind, Buffer.from(content, "utf8")).record.data;
  if (after === null) return;
  const validate = schemas.validators[record.kind];
  const errorsOf = (value: unknown): ErrorObject[] => (validate(value) ? [] : [...(validate.errors ?? [])]);
  const keyOf = (e: ErrorObject) => `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
  const before = new Set(errorsOf(record.data).map(keyOf));
  const pointers = assignments.map((a) => ({ a, pointer: `/${a.path.map((s) => String(s).replace(/~/g, "~0").replace(/\//g, "~1")).join("/")}` }));
  for (const error of errorsOf(after)) {
    if (before.has(keyOf(error))) continue;
    const hit = pointers.find(({ pointer }) => error.instancePath === pointer || error.instancePath.startsWith(`${pointer}/`));
    if (!hit) continue;
    const issue = schemaIssues(record.file, [error])[0];
    if (issue) throw new UsageError("set-bad-value", { key: hit.a.key, value: hit.a.raw, detail: describeIssue(issue, lang) });
  }
}

/** `ikz set <id> key.path=value …`. */
export const runSet: CommandRunner = async (inv, ctx) => {
  const [id = "", ...assignments] = inv.args;
  return printWrite(ctx, () => setFields({ write: writeOptions(inv, ctx), id, assignments }, ctx.deps));
};
