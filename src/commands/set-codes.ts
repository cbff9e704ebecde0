import { suggest } from "../domain/suggest.js";
import type { IkzConfig } from "../domain/types.generated.js";
import { requireMunicipality } from "./find-record.js";
import { requireKnown } from "./flag-values.js";

/** The codes from ikz.yaml that a schema definition ($defs name in common.schema.json) stands for. */
const CODE_LISTS: Record<string, (config: IkzConfig) => readonly string[]> = {
  municipality_id: (c) => c.municipalities.map((m) => m.id),
  field_id: (c) => c.fields.map((f) => f.id),
  member_id: (c) => c.steering_group.members.map((m) => m.id),
  program_id: (c) => (c.funding_programs ?? []).map((p) => p.id),
  criterion_id: (c) => (c.priority_criteria ?? []).map((p) => p.id),
  region_id: (c) => (c.regions ?? []).map((r) => r.id),
};

/** The name of the ikz.yaml code list a value's schema references name (`…/$defs/field_id` → field_id), or undefined for other values. */
function codeListOf(refs: readonly string[]): string | undefined {
  for (const ref of refs) {
    const name = /\/\$defs\/(\w+)$/.exec(ref)?.[1];
    if (name !== undefined && Object.hasOwn(CODE_LISTS, name)) return name;
  }
  return undefined;
}

/** The ikz.yaml codes a value's schema references name (`…/$defs/field_id` → the fields' IDs), or undefined for other values. */
export function codesFor(refs: readonly string[], config: IkzConfig): readonly string[] | undefined {
  const list = codeListOf(refs);
  return list === undefined ? undefined : CODE_LISTS[list]!(config);
}

/**
 * A code (or each code of a list) must be one of ikz.yaml: an unknown one is a usage error (exit 2) with "did you
 * mean", as for `--field` or `--lead`, not a refused change.
 */
export function requireKnownCodes(value: unknown, known: readonly string[] | undefined, key: string): void {
  if (known === undefined) return;
  for (const item of Array.isArray(value) ? value : [value]) if (typeof item === "string") requireKnown(item, known, key, suggest);
}

/** A schema node with the `$ref`s that led to it. */
export interface SchemaNode {
  node: Record<string, unknown>;
  refs: readonly string[];
}

/** One scalar of a value typed for `ikz set`, with its schema, its key for messages and its field names from the record's top (no indexes). */
export interface SchemaLeaf<S extends SchemaNode> {
  value: unknown;
  at: S;
  key: string;
  names: readonly string[];
}

/**
 * The value with `fn` applied to every scalar in it, at any depth of a list or section the schema describes.
 * `child` resolves a sub-schema (following its `$ref`s) for the items of a list and the keys of a section; keys the
 * schema does not describe (own fields) are kept as they are.
 */
export function mapSchemaLeaves<S extends SchemaNode>(leaf: SchemaLeaf<S>, child: (parent: S, node: Record<string, unknown>) => S, fn: (leaf: SchemaLeaf<S>) => unknown): unknown {
  const { value, at, key, names } = leaf;
  if (Array.isArray(value)) {
    const items = at.node.items;
    return items !== null && typeof items === "object" ? value.map((item, i) => mapSchemaLeaves({ value: item, at: child(at, items as Record<string, unknown>), key: `${key}.${i}`, names }, child, fn)) : value;
  }
  if (value !== null && typeof value === "object") {
    const props = (at.node.properties ?? {}) as Record<string, Record<string, unknown>>;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, Object.hasOwn(props, k) ? mapSchemaLeaves({ value: v, at: child(at, props[k]!), key: `${key}.${k}`, names: [...names, k] }, child, fn) : v]));
  }
  return fn(leaf);
}

/**
 * A code checked against ikz.yaml: a municipality may be given by name as everywhere else in ikz ("Büttelborn", also
 * with a decomposed ü, any case) and is stored as its ID; any other unknown code is a usage error with "did you mean".
 * Other values are returned as they are.
 */
export function resolveCode(value: unknown, refs: readonly string[], config: IkzConfig, key: string): unknown {
  const list = codeListOf(refs);
  if (typeof value !== "string" || list === undefined) return value;
  if (list === "municipality_id") return requireMunicipality(config, value, key);
  return requireKnown(value, CODE_LISTS[list]!(config), key, suggest);
}
