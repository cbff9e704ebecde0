import type { Node, Pair } from "yaml";
import type { PathSegment } from "../domain/finding.js";

/**
 * An amount written with German thousands dots: `98.000`, `1.500`, `1.500.000`, also `+98.000` or `098.000`
 * (a first group of 1–3 digits that is not 0: `0.500` is a decimal to anyone; a negative amount is refused by
 * the schema anyway). YAML reads `98.000` and `1.500` as the decimal numbers 98 and 1.5 and `1.500.000` as
 * text, so in a money field (whole euros, spec: register.md) `98.000` would silently become 98 €. Such values
 * are refused with their position instead (IKZ-YAML-012), and the text says what to write. The pattern without
 * anchors, for fast-yaml.ts, which must leave every such value to the exact parser.
 */
export const THOUSANDS_DOTS_PATTERN = String.raw`\+?0*[1-9]\d{0,2}(?:\.\d{3})+`;

/** A whole plain scalar written with thousands dots (see THOUSANDS_DOTS_PATTERN). */
export const THOUSANDS_DOTS = new RegExp(`^${THOUSANDS_DOTS_PATTERN}$`);

/** Money fields end in `_eur` (spec: register.md). */
const MONEY_KEY = /_eur$/;

/** The guards of the yaml package, passed in so that this module does not load it. */
export interface YamlGuards {
  isPair(node: unknown): node is Pair;
  isSeq(node: unknown): node is { items: unknown[] };
  isScalar(node: unknown): node is { value: unknown };
}

/**
 * The key path of a value whose nearest key (list positions skipped) is a money field – `amount_eur: …`,
 * `standard_grant_eur: [ … ]` – and that lies under no key of the user's own (`x-…`); undefined otherwise.
 * `ancestors` are as yaml's `visit` hands them over, document first. Keys themselves are never money.
 */
export function moneyPath(ancestors: readonly unknown[], node: Node, guards: YamlGuards): PathSegment[] | undefined {
  const path: PathSegment[] = [];
  let nearestKey = "";
  for (let i = 0; i < ancestors.length; i++) {
    const at = ancestors[i];
    const child = i + 1 < ancestors.length ? ancestors[i + 1] : node;
    if (guards.isPair(at)) {
      if (at.value !== child) return undefined;
      nearestKey = guards.isScalar(at.key) ? String(at.key.value) : "";
      // The user's own fields (x-…) mean what their authors say; ikz neither reads nor refuses them.
      if (nearestKey.startsWith("x-")) return undefined;
      path.push(nearestKey);
    } else if (guards.isSeq(at)) {
      path.push(at.items.indexOf(child));
    }
  }
  return MONEY_KEY.test(nearestKey) ? path : undefined;
}

/** The amount as it must be written: the same digits without the dots, a sign or leading zeros. */
export function withoutDots(source: string): string {
  return source.replace(/[.+]/g, "").replace(/^0+/, "");
}
