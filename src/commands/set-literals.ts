import { parseDocument, visit } from "yaml";

/**
 * The value of an own field (`x-…`, which the schema leaves open) from the command line: text exactly as typed.
 * Only what reads back identically becomes a number or boolean ("12", "-3", "1.5", "true", "false"); "007",
 * "12.000", "0x1F", "1e3", "Raum #3", "Termin: 15.3.", "[Entwurf]", "&anker" or "*wichtig*" stay text, because
 * YAML would cut them off, turn them into lists, maps or other numbers, or refuse them with its own messages.
 */
export function parseOwnFieldValue(raw: string): string | number | boolean {
  if (raw === "true") return true;
  if (raw === "false") return false;
  // No leading zero, no "+", no exponent, no trailing decimal zeros; String() round-trip rules out lost digits.
  if (/^-?(0|[1-9]\d*)(\.\d*[1-9])?$/.test(raw)) {
    const n = Number(raw);
    if (Number.isFinite(n) && String(n) === raw) return n;
  }
  return raw;
}

/**
 * A list or section typed in YAML flow style (`tags=[a, b]`, `agreement={signed: 2026-03-01}`): the parsed value,
 * or undefined when it is not a plain list or map. Parser errors and warnings (unknown tags, anchors, aliases)
 * never reach the user in yaml's English; the caller explains what to type instead.
 */
export function parseFlowLiteral(raw: string): unknown[] | Record<string, unknown> | undefined {
  // Anchors, aliases and tags are not allowed in records (spec/register.md: no anchors or aliases, no custom tags).
  const doc = parseDocument(raw, { version: "1.2", schema: "core", uniqueKeys: true, logLevel: "silent" });
  if (doc.errors.length > 0 || doc.warnings.length > 0) return undefined;
  // An anchor without an alias is no error for yaml, and toJS drops it: "[&x a]" would become [a] unnoticed.
  let anchored = false;
  visit(doc, {
    Node(_key, node) {
      if (node.anchor === undefined) return undefined;
      anchored = true;
      return visit.BREAK;
    },
  });
  if (anchored) return undefined;
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 0 });
  } catch (error) {
    // An alias resolution error: reported by the caller as a value it cannot read.
    if (error instanceof Error) return undefined;
    throw error;
  }
  if (Array.isArray(value)) return value;
  if (value !== null && typeof value === "object") return value as Record<string, unknown>;
  return undefined;
}

