import { parseDocument, stringify, isMap, isSeq, isScalar, isPair, Scalar, type Node, type Pair } from "yaml";
import type { PathSegment } from "../domain/finding.js";

/** One change to a YAML text: set a value, append to a list, or remove a key. */
export type YamlEdit =
  | { op: "set"; path: PathSegment[]; value: unknown }
  | { op: "push"; path: PathSegment[]; value: unknown }
  | { op: "delete"; path: PathSegment[] };

const PARSE = { version: "1.2", schema: "core", uniqueKeys: true, stringKeys: true } as const;
const EMIT = { lineWidth: 0, flowCollectionPadding: false, indent: 2, indentSeq: true } as const;

/**
 * Applies edits to YAML text by splicing only the changed places, so comments, key order, quoting,
 * blank lines and everything else not edited stay byte for byte (yaml's own toString would re-format).
 * The text uses "\n"; the caller restores CRLF and BOM.
 */
export function editYaml(text: string, edits: readonly YamlEdit[]): string {
  let out = text.endsWith("\n") || text === "" ? text : `${text}\n`;
  for (const edit of edits) out = applyEdit(out, edit);
  return out;
}

function applyEdit(text: string, edit: YamlEdit): string {
  const doc = parseDocument(text, PARSE);
  if (doc.errors.length > 0) throw new Error(`cannot edit invalid YAML: ${doc.errors[0]!.message}`);
  const parentPath = edit.path.slice(0, -1);
  const key = edit.path[edit.path.length - 1]!;
  const target = doc.getIn(edit.path, true) as Node | undefined;
  if (edit.op === "delete") {
    if (target === undefined) return text;
    return removeEntry(text, doc.getIn(parentPath, true) as Node | undefined ?? (doc.contents as Node), key);
  }
  if (edit.op === "push") {
    if (target === undefined) return applyEdit(text, { op: "set", path: edit.path, value: [edit.value] });
    if (!isSeq(target)) throw new Error(`not a list: ${edit.path.join(".")}`);
    if (target.flow || target.items.length === 0) {
      const items = [...(target.toJSON() as unknown[]), edit.value];
      return replaceValue(text, target, items);
    }
    const indent = columnOf(text, target.range![0]);
    return insertAt(text, target.range![1], indentBlock(stringify([edit.value], EMIT), indent));
  }
  if (target !== undefined) return replaceValue(text, target, edit.value);
  const parent = (parentPath.length === 0 ? doc.contents : doc.getIn(parentPath, true)) as Node | undefined | null;
  if (parent === undefined || parent === null) {
    return applyEdit(text, { op: "set", path: parentPath, value: nest(key, edit.value) });
  }
  if (!isMap(parent)) throw new Error(`not a map: ${parentPath.join(".")}`);
  if (parent.flow || parent.items.length === 0) {
    return replaceValue(text, parent, { ...(parent.toJSON() as object), [key]: edit.value });
  }
  const indent = columnOf(text, parent.range![0]);
  return insertAt(text, parent.range![1], indentBlock(stringify({ [key]: edit.value }, EMIT), indent));
}

/** Replaces a value in place: a scalar by a scalar keeps the line; anything else becomes a block under its key. */
function replaceValue(text: string, node: Node, value: unknown): string {
  const [start, end] = [node.range![0], node.range![1]];
  const isBlockValue = value !== null && typeof value === "object" && !(Array.isArray(value) && value.length === 0);
  if (!isBlockValue) {
    const emitted = emitScalarLike(node, value);
    // `key:` with an empty value has no space after the colon yet.
    const gap = text[start - 1] === ":" ? " " : "";
    // A block scalar (| or >) and a block collection end after their last newline; keep one newline.
    const blockEnd = isBlockScalar(node) || !(isScalar(node) || isFlow(node));
    return text.slice(0, start) + gap + emitted + text.slice(blockEnd ? trimBlockEnd(text, end) : end);
  }
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  if (!isFlow(node) && !isScalar(node) && text.slice(lineStart, start).trim() !== "") {
    // A block collection that starts on its parent's line, after a list dash (`- municipality: a`): the dash
    // stays, the new block's first line follows it and the others align under that first line.
    const column = columnOf(text, start);
    return text.slice(0, start) + indentBlock(stringify(value, EMIT), column).slice(column) + text.slice(end);
  }
  // A block value starts on the next line, indented under its key.
  const keyIndent = isFlow(node) || isScalar(node) ? indentOfLine(text, lineStart) : columnOf(text, start) - 2;
  const block = indentBlock(stringify(value, EMIT), Math.max(0, keyIndent) + 2);
  const from = isFlow(node) || isScalar(node) ? start : lineStart;
  const to = isFlow(node) || isScalar(node) ? lineEnd(text, end) : end;
  const prefix = isFlow(node) || isScalar(node) ? text.slice(0, from).replace(/[ \t]*$/, "") + "\n" : text.slice(0, from);
  return prefix + block + text.slice(to);
}

/** A new scalar in the old one's quoting style when both are strings (a quoted ID stays quoted). */
function emitScalarLike(node: Node, value: unknown): string {
  const plain = stringify(value, EMIT).trimEnd();
  if (!isScalar(node) || typeof node.value !== "string" || typeof value !== "string") return plain;
  const single = new Scalar(value);
  single.type = node.type === "QUOTE_SINGLE" || node.type === "QUOTE_DOUBLE" ? node.type : undefined;
  if (single.type === undefined) return plain;
  return stringify(single, EMIT).trimEnd();
}

function isBlockScalar(node: Node): boolean {
  return isScalar(node) && (node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED");
}

function removeEntry(text: string, parent: Node, key: PathSegment): string {
  if (isSeq(parent) && !parent.flow && typeof key === "number") {
    // Remove just the item's lines, so comments and formatting of the other items stay.
    const item = parent.items[key] as Node | undefined;
    if (!item?.range) return text;
    const from = text.lastIndexOf("\n", item.range[0] - 1) + 1;
    const to = isScalar(item) && !isBlockScalar(item) ? lineEnd(text, item.range[1]) : item.range[1];
    return text.slice(0, from) + text.slice(to);
  }
  if (isMap(parent) && !parent.flow) {
    const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key)) as Pair<Node, Node> | undefined;
    if (!pair) return text;
    const from = text.lastIndexOf("\n", pair.key!.range![0] - 1) + 1;
    const valueEnd = pair.value?.range?.[1] ?? pair.key!.range![1];
    const to = isScalar(pair.value) || isFlow(pair.value) || !pair.value ? lineEnd(text, valueEnd) : valueEnd;
    return text.slice(0, from) + text.slice(to);
  }
  const json = parent.toJSON() as Record<string, unknown> | unknown[];
  if (Array.isArray(json) && typeof key === "number") json.splice(key, 1);
  else delete (json as Record<string, unknown>)[String(key)];
  return replaceValue(text, parent, json);
}

function isFlow(node: unknown): boolean {
  return (isMap(node) || isSeq(node)) && node.flow === true;
}

function nest(key: PathSegment, value: unknown): unknown {
  return typeof key === "number" ? [value] : { [key]: value };
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf("\n", offset - 1) + 1);
}

function indentOfLine(text: string, lineStart: number): number {
  let i = lineStart;
  while (text[i] === " ") i++;
  return i - lineStart;
}

/** Offset just after the newline that ends the line containing `offset`. */
function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf("\n", offset);
  return nl < 0 ? text.length : nl + 1;
}

function trimBlockEnd(text: string, end: number): number {
  return end > 0 && text[end - 1] === "\n" ? end - 1 : end;
}

function insertAt(text: string, offset: number, insertion: string): string {
  const before = text.slice(0, offset);
  return (before === "" || before.endsWith("\n") ? before : `${before}\n`) + insertion + text.slice(offset);
}

function indentBlock(block: string, indent: number): string {
  const pad = " ".repeat(indent);
  return block
    .split("\n")
    .map((line) => (line === "" ? line : pad + line))
    .join("\n");
}
