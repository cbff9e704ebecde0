import jsYaml from "js-yaml";
import { MAX_DEPTH } from "./front-matter.js";
import { THOUSANDS_DOTS_PATTERN } from "./money-notation.js";

/**
 * Text the fast loader leaves to the exact parser: anchors, aliases and tags (refused with positions there),
 * tabs, directives and document markers, merge keys, YAML 1.1 binary numbers (js-yaml reads `0b101`
 * as 5, YAML 1.2 core as a string) signed hex/octal or `+.5`, explicit `?` keys and `~` as a key (the two
 * parsers read them differently), and any plain value that looks like an amount with thousands dots (`98.000`:
 * the exact parser refuses it in a money field, money-notation.ts). Anything that might parse differently or
 * be refused takes the exact path.
 */
export const NEEDS_EXACT = new RegExp(
  String.raw`(?:^|[\s[{,])[&*!][^\s,\]}]|\t|^%|^(?:---|\.\.\.)|<<|\b0b[01]|[-+](?:0[xXoO]|\.\d)|^[ \t-]*\?(?:\s|$)|(?:^|[\s{,])~[ \t]*:` +
    String.raw`|(?:^|[\s[{,:])${THOUSANDS_DOTS_PATTERN}[ \t\r]*(?:$|[#,\]}:])`,
  "m",
);

/**
 * What every match of NEEDS_EXACT contains, alternative by alternative: one of `& * ! \t % < ? ~`, `---`, a dot
 * before a dot or a digit (`...`, `1.000`), `0b`/`0x`/`0o` or a sign before a dot. Much cheaper to scan for (one
 * character class, no line anchors; every alternative starts with a fixed character – `\d\.\d` instead of
 * `\.\d` cost 1 % more instructions at 200 projects), and almost no record contains any of it, so that
 * NEEDS_EXACT runs on few texts (half the scanning time).
 */
export const MAY_NEED_EXACT = /[&*!\t%<?~]|---|\.[.\d]|0[bxXoO]|[-+]\./;

/** Whether a text must take the exact parser (NEEDS_EXACT), with the cheap pre-check first. */
export function needsExact(text: string): boolean {
  return MAY_NEED_EXACT.test(text) && NEEDS_EXACT.test(text);
}

/**
 * Plain data of a YAML text the quick way (js-yaml, YAML 1.2 core schema), or undefined when the text must
 * go through the exact parser: anything unusual, any error, hostile nesting. The exact parser then finds
 * the same data or the precise finding, so the fast path never changes an answer.
 */
export function fastLoad(text: string): Record<string, unknown> | undefined {
  if (needsExact(text)) return undefined;
  let data: unknown;
  try {
    data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) return undefined;
  return withinDepth(data) ? (data as Record<string, unknown>) : undefined;
}

/** Whether no collection in `value` lies deeper than MAX_DEPTH (the top level counts as 1); stops at the first. */
function withinDepth(value: unknown, depth = 1): boolean {
  if (value === null || typeof value !== "object") return true;
  if (depth > MAX_DEPTH) return false;
  // Recursion stops at MAX_DEPTH + 1 levels; for…in allocates nothing per file (this runs for every record).
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const child = record[key];
    if (child !== null && typeof child === "object" && !withinDepth(child, depth + 1)) return false;
  }
  return true;
}
