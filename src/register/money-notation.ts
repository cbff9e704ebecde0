import type { Node, Pair } from "yaml";
import type { PathSegment } from "../domain/finding.js";

/**
 * A plain YAML scalar written with German thousands dots: `98.000`, `1.500`, `1.500.000`. YAML reads the first
 * two as the decimal numbers 98 and 1.5 and the third as text, so in a money field (whole euros, spec:
 * register.md) `98.000` would silently become 98 €. Such values are refused with their position instead
 * (IKZ-YAML-012), and the text says how to write them.
 */
export const THOUSANDS_DOTS = /^[-+]?\d{1,3}(?:\.\d{3})+$/;

/** Money fields end in `_eur` (spec: register.md), also lists of amounts such as `standard_grant_eur`. */
const MONEY_KEY = /_eur$/;

/** The guards of the yaml package, passed in so that this module does not load it. */
export interface YamlGuards {
  isPair(node: unknown): node is Pair;
  isSeq(node: unknown): node is { items: unknown[] };
  isScalar(node: unknown): node is { value: unknown };
}

/**
 * The key path of a value whose ancestors (as yaml's `visit` hands them over, document first) include a money
 * key and no key of the user's own (`x-…`), or undefined otherwise. Keys themselves are never money.
 */
export function moneyPath(ancestors: readonly unknown[], node: Node, guards: YamlGuards): PathSegment[] | undefined {
  const path: PathSegment[] = [];
  let money = false;
  for (let i = 0; i < ancestors.length; i++) {
    const at = ancestors[i];
    const child = i + 1 < ancestors.length ? ancestors[i + 1] : node;
    if (guards.isPair(at)) {
      if (at.value !== child) return undefined;
      const key = guards.isScalar(at.key) ? String(at.key.value) : "";
      // The user's own fields (x-…) mean what their authors say; ikz neither reads nor refuses them.
      if (key.startsWith("x-")) return undefined;
      path.push(key);
      money ||= MONEY_KEY.test(key);
    } else if (guards.isSeq(at)) {
      path.push(at.items.indexOf(child));
    }
  }
  return money ? path : undefined;
}

/** The amount as it must be written: the same digits without the dots. */
export function withoutDots(source: string): string {
  return source.replace(/\./g, "");
}
