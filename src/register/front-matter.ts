import type { Document, LineCounter, Node } from "yaml";
import type { Issue, PathSegment } from "../domain/finding.js";
import { onFirstUse } from "../io/on-first-use.js";
import { moneyPath, THOUSANDS_DOTS, withoutDots } from "./money-notation.js";

/**
 * yaml, loaded on first use: the fast path (fast-yaml.ts) rarely needs it, and loading its ~30 modules is a
 * good part of the start-up of `ikz validate` and of every worker. Under Node `import` and `require` of
 * yaml resolve to the same CommonJS module, so yaml-edit.ts and this file share one instance.
 */
const lib = onFirstUse<typeof import("yaml")>("yaml");

/** Deepest nesting a record may have; real records need about five levels. */
export const MAX_DEPTH = 32;

/** Tags of the YAML 1.2 core schema; anything else is refused (no code, no custom types). */
const CORE_TAGS = new Set(["tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"]);

const PARSE_OPTIONS = {
  version: "1.2",
  schema: "core",
  uniqueKeys: true,
  strict: true,
  prettyErrors: false,
  logLevel: "silent",
  stringKeys: true,
} as const;

/** The YAML part of a record, parsed: the plain data plus a way back to source positions. */
export interface ParsedYaml {
  data: unknown;
  /** The Document, for position lookups and faithful edits; absent when the YAML could not be parsed. */
  doc?: Document;
  lineCounter: LineCounter;
  /** Line in the file where the YAML text starts (1 for ikz.yaml, 2 after an opening `---`). */
  firstLine: number;
}

/** A Markdown record split into front matter and body. */
export interface SplitRecord {
  yaml: string;
  /** Line where the YAML starts (1-based). */
  yamlLine: number;
  body: string;
}

/** Splits `---` front matter from the Markdown body; anything but a bare `---` opener is refused. */
export function splitFrontMatter(file: string, text: string): SplitRecord | Issue {
  const firstEnd = text.indexOf("\n");
  const opener = (firstEnd < 0 ? text : text.slice(0, firstEnd)).replace(/\r$/, "");
  if (opener.trimEnd() !== "---") {
    const lang = /^---\s*(\S+)/.exec(opener)?.[1];
    if (lang !== undefined) {
      return { code: "IKZ-YAML-008", severity: "error", file, path: [], line: 1, column: 4, params: { lang: lang.slice(0, 40) } };
    }
    return { code: "IKZ-YAML-001", severity: "error", file, path: [], line: 1, column: 1 };
  }
  const closer = /^---[ \t]*\r?$/m;
  const rest = text.slice(firstEnd + 1);
  const match = closer.exec(rest);
  if (!match) {
    return { code: "IKZ-YAML-002", severity: "error", file, path: [], line: 1, column: 1 };
  }
  const yaml = rest.slice(0, match.index);
  let bodyStart = match.index + match[0].length;
  if (rest[bodyStart] === "\n") bodyStart += 1;
  return { yaml, yamlLine: 2, body: rest.slice(bodyStart) };
}

/** Parses YAML safely: 1.2 core schema, no aliases, no custom tags, unique keys, bounded depth, no thousands dots in amounts. */
export function parseYaml(file: string, yaml: string, firstLine: number): { parsed: ParsedYaml; issues: Issue[] } {
  const { LineCounter, parseAllDocuments, isAlias, isScalar, isMap, isSeq, isPair, visit } = lib();
  const lineCounter = new LineCounter();
  const issues: Issue[] = [];
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + firstLine - 1, column: pos.col };
  };
  const deepAt = flowDepthExceeded(yaml);
  if (deepAt !== undefined) {
    // The parser itself recurses per flow level; refuse hostile nesting before it runs.
    lineCounter.addNewLine(0);
    for (let i = yaml.indexOf("\n"); i >= 0; i = yaml.indexOf("\n", i + 1)) lineCounter.addNewLine(i + 1);
    issues.push({ code: "IKZ-YAML-007", severity: "error", file, path: [], ...at(deepAt) });
    return { parsed: { data: null, lineCounter, firstLine }, issues };
  }
  const docs = parseAllDocuments(yaml, { ...PARSE_OPTIONS, lineCounter });
  const all = Array.isArray(docs) ? docs : [];
  const doc = all[0];
  if (all.length > 1) {
    const second = all[1]!;
    issues.push({ code: "IKZ-YAML-009", severity: "error", file, path: [], ...at(second.range[0]) });
  }
  if (!doc) return { parsed: { data: null, lineCounter, firstLine }, issues };
  const seen = new Set<string>();
  for (const error of doc.errors) {
    const code = error.code === "DUPLICATE_KEY" ? "IKZ-YAML-004" : error.code === "TAB_AS_INDENT" ? "IKZ-YAML-010" : error.code === "RESOURCE_EXHAUSTION" ? "IKZ-YAML-007" : "IKZ-YAML-003";
    // A resource-exhaustion error repeats once per nesting level; one finding is enough. Of the syntax errors on
    // one line only the first is reported: the parser's later ones there follow from it (`title: - Bauhof` is an
    // unexpected "-" and then a key "Bauhof" without a value).
    const key = code === "IKZ-YAML-007" ? code : code === "IKZ-YAML-003" ? `${code}:${lineCounter.linePos(error.pos[0]).line}` : `${error.code}:${error.pos[0]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // The parser's code (for a German wording) and, for a duplicate, the key as written.
    const params: Record<string, string> = { detail: firstSentence(error.message), reason: keyOnNextLine(yaml, error) ? "KEY_ON_NEXT_LINE" : error.code };
    if (code === "IKZ-YAML-004") params.key = (/^[^:\n]*/.exec(yaml.slice(error.pos[0]))?.[0] ?? "").trim().slice(0, 80);
    issues.push({ code, severity: "error", file, path: [], params, ...at(syntaxErrorStart(doc, error)) });
  }
  // Duplicate keys leave a readable document (the later value wins): it is looked at for its other findings.
  if (issues.length > 0 && !issues.every((i) => i.code === "IKZ-YAML-004")) return { parsed: { data: null, lineCounter, firstLine }, issues };
  // One anchor/alias finding per line, and a bounded number per file.
  const aliasLines = new Set<number>();
  const aliasFinding = (offset: number) => {
    const pos = at(offset);
    if (aliasLines.has(pos.line) || aliasLines.size >= MAX_FINDINGS_PER_KIND) return;
    aliasLines.add(pos.line);
    issues.push({ code: "IKZ-YAML-005", severity: "error", file, path: [], ...pos });
  };
  let deep = false;
  let moneyFound = 0;
  visit(doc, (_key, node, path) => {
    if (isAlias(node)) {
      aliasFinding(node.range?.[0] ?? 0);
      return visit.SKIP;
    }
    const n = node as Node;
    if (!(isScalar(n) || isMap(n) || isSeq(n))) return undefined;
    if (isScalar(n) && n.type === "PLAIN" && n.source !== undefined && THOUSANDS_DOTS.test(n.source) && moneyFound < MAX_FINDINGS_PER_KIND) {
      const keyPath = moneyPath(path, n, { isPair, isSeq, isScalar });
      if (keyPath !== undefined) {
        moneyFound++;
        issues.push({ code: "IKZ-YAML-012", severity: "error", file, path: keyPath, params: { value: n.source, plain: withoutDots(n.source) }, ...at(n.range?.[0] ?? 0) });
      }
    }
    const start = propsStart(yaml, n.range?.[0] ?? 0);
    if (n.anchor) aliasFinding(start);
    if (n.tag && !CORE_TAGS.has(n.tag)) {
      issues.push({ code: "IKZ-YAML-006", severity: "error", file, path: [], params: { tag: shortTag(n.tag) }, ...at(start) });
    }
    if (!deep && (isMap(n) || isSeq(n)) && path.filter((p) => isMap(p) || isSeq(p)).length >= MAX_DEPTH) {
      deep = true;
      issues.push({ code: "IKZ-YAML-007", severity: "error", file, path: [], ...at(n.range?.[0] ?? 0) });
      return visit.BREAK;
    }
    return undefined;
  });
  for (const warning of doc.warnings) {
    if (warning.code === "TAG_RESOLVE_FAILED" && issues.some((i) => i.code === "IKZ-YAML-006")) continue;
    issues.push({ code: "IKZ-YAML-006", severity: "error", file, path: [], params: { tag: firstSentence(warning.message) }, ...at(warning.pos[0]) });
  }
  if (issues.length > 0) return { parsed: { data: readableData(doc, issues), doc, lineCounter, firstLine }, issues };
  const data = doc.toJS({ maxAliasCount: 0 }) as unknown;
  return { parsed: { data, doc, lineCounter, firstLine }, issues };
}

/**
 * Findings that leave the data readable: a duplicate key (the later value wins), an anchor without alias, a
 * foreign tag (its value is read as text) or an amount with thousands dots (a text). The record is still
 * refused (load.ts keeps its data apart), but the data is checked against the schema as well, so that one
 * such finding does not hide the file's other mistakes.
 */
const READABLE = new Set(["IKZ-YAML-004", "IKZ-YAML-005", "IKZ-YAML-006", "IKZ-YAML-012"]);

/** The data of a document whose findings are all READABLE ones, else null; an alias (never expanded) makes it null. */
function readableData(doc: Document, issues: readonly Issue[]): unknown {
  if (!issues.every((i) => READABLE.has(i.code))) return null;
  try {
    return doc.toJS({ maxAliasCount: 0 }) as unknown;
  } catch {
    return null;
  }
}

/** Where a key path points in the source: the value (or, for a missing key, its nearest parent). */
export function locatePath(parsed: ParsedYaml, path: readonly PathSegment[], keyOnly = false): { line: number; column: number } {
  const { isMap, isPair, isScalar, isSeq } = lib();
  const fallback = { line: parsed.firstLine, column: 1 };
  if (!parsed.doc) return fallback;
  let node: unknown = parsed.doc.contents;
  let best: number | undefined = (node as Node | null)?.range?.[0];
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      const keyStart = (pair.key as Node).range?.[0];
      if (last && keyOnly) { best = keyStart; break; }
      node = pair.value;
      best = (pair.value as Node | null)?.range?.[0] ?? keyStart;
    } else if (isSeq(node) && typeof seg === "number") {
      const item = node.items[seg] as Node | undefined;
      if (!item) break;
      node = item;
      best = item.range?.[0] ?? best;
    } else break;
  }
  if (best === undefined) return fallback;
  const pos = parsed.lineCounter.linePos(best);
  return { line: pos.line + parsed.firstLine - 1, column: pos.col };
}

/**
 * Where a syntax error is best shown. The parser places an unclosed quote at the end of its text, which is the
 * end of the front matter (the whole rest was read as the quoted value); the author has to look where it opens.
 */
function syntaxErrorStart(doc: Document, error: { code: string; message: string; pos: [number, number] }): number {
  if (error.code !== "MISSING_CHAR" || !/^Missing closing ["']quote/.test(error.message)) return error.pos[0];
  const { isScalar, visit } = lib();
  let start = error.pos[0];
  visit(doc, (_key, node) => {
    if (!isScalar(node) || (node.type !== "QUOTE_DOUBLE" && node.type !== "QUOTE_SINGLE") || node.range?.[1] !== error.pos[0]) return undefined;
    start = node.range[0];
    return visit.BREAK;
  });
  return start;
}

/**
 * Whether a "nested mapping" error comes from an over-indented next line rather than a second ": " on the key's
 * own line (`title: a` then ` field: b`): the two need different advice, and the parser words them alike.
 */
function keyOnNextLine(yaml: string, error: { code: string; message: string; pos: [number, number] }): boolean {
  if (error.code !== "BLOCK_AS_IMPLICIT_KEY" || !error.message.startsWith("Nested mappings")) return false;
  const end = yaml.indexOf("\n", error.pos[0]);
  return !/:(?:[ \t]|\r?$)/.test(yaml.slice(error.pos[0], end < 0 ? yaml.length : end));
}

function firstSentence(message: string): string {
  return message.split("\n")[0]!.slice(0, 200);
}

/** Findings of one kind reported per file: a hostile file must not turn into megabytes of report. */
const MAX_FINDINGS_PER_KIND = 100;

/** Where a node's properties (`!tag`, `&anchor`) begin: yaml's range starts after them. */
function propsStart(text: string, valueStart: number): number {
  let start = valueStart;
  let i = valueStart;
  for (;;) {
    while (i > 0 && (text[i - 1] === " " || text[i - 1] === "\t")) i--;
    let j = i;
    while (j > 0 && !/\s/.test(text[j - 1]!)) j--;
    if (j < i && (text[j] === "!" || text[j] === "&")) {
      start = j;
      i = j;
    } else return start;
  }
}

/** A tag as the author wrote it: `!!js/function` rather than `tag:yaml.org,2002:js/function`. */
function shortTag(tag: string): string {
  return (tag.startsWith("tag:yaml.org,2002:") ? `!!${tag.slice(18)}` : tag).slice(0, 60);
}

/** Offset of the first flow bracket nested deeper than MAX_DEPTH, ignoring quoted text and comments. */
function flowDepthExceeded(text: string): number | undefined {
  // A record is a map: flow collections start one level below it.
  let depth = 1;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote !== undefined) {
      if (c === "\\" && quote === '"') i++;
      else if (c === quote) quote = undefined;
      else if (c === "\n" && quote === "'") quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") {
      if (i === 0 || /[\s:,[{]/.test(text[i - 1]!)) quote = c;
    } else if (c === "#" && (i === 0 || /\s/.test(text[i - 1]!))) {
      const nl = text.indexOf("\n", i);
      i = nl < 0 ? text.length : nl;
    } else if (c === "[" || c === "{") {
      if (++depth > MAX_DEPTH) return i;
    } else if ((c === "]" || c === "}") && depth > 1) depth--;
  }
  return undefined;
}
