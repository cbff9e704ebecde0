import jsYaml from "js-yaml";
import { MAX_DEPTH } from "./front-matter.js";

/**
 * Text the fast loader leaves to the exact parser: anchors, aliases and tags (refused with positions there),
 * tabs, directives and document markers, merge keys, YAML 1.1 binary numbers (js-yaml reads `0b101`
 * as 5, YAML 1.2 core as a string) signed hex/octal or `+.5`, explicit `?` keys and `~` as a key (the two parsers read them differently). Anything that might parse differently takes the exact path.
 */
const NEEDS_EXACT = /(?:^|[\s[{,])[&*!][^\s,\]}]|\t|^%|^(?:---|\.\.\.)|<<|\b0b[01]|[-+](?:0[xXoO]|\.\d)|^[ \t-]*\?(?:\s|$)|(?:^|[\s{,])~[ \t]*:/m;

/**
 * Plain data of a YAML text the quick way (js-yaml, YAML 1.2 core schema), or undefined when the text must
 * go through the exact parser: anything unusual, any error, hostile nesting. The exact parser then finds
 * the same data or the precise finding, so the fast path never changes an answer.
 */
export function fastLoad(text: string): Record<string, unknown> | undefined {
  if (NEEDS_EXACT.test(text)) return undefined;
  let data: unknown;
  try {
    data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) return undefined;
  return withinDepth(data) ? (data as Record<string, unknown>) : undefined;
}

function withinDepth(value: unknown): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== "object") continue;
    if (d > MAX_DEPTH) return false;
    for (const child of Object.values(v as object)) if (child !== null && typeof child === "object") stack.push([child, d + 1]);
  }
  return true;
}
