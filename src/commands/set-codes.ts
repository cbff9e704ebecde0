import { suggest } from "../domain/suggest.js";
import type { IkzConfig } from "../domain/types.generated.js";
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

/** The ikz.yaml codes a value's schema references name (`…/$defs/field_id` → the fields' IDs), or undefined for other values. */
export function codesFor(refs: readonly string[], config: IkzConfig): readonly string[] | undefined {
  for (const ref of refs) {
    const name = /\/\$defs\/(\w+)$/.exec(ref)?.[1];
    if (name !== undefined && Object.hasOwn(CODE_LISTS, name)) return CODE_LISTS[name]!(config);
  }
  return undefined;
}

/**
 * A code (or each code of a list) must be one of ikz.yaml: an unknown one is a usage error (exit 2) with "did you
 * mean", as for `--field` or `--lead`, not a refused change.
 */
export function requireKnownCodes(value: unknown, known: readonly string[] | undefined, key: string): void {
  if (known === undefined) return;
  for (const item of Array.isArray(value) ? value : [value]) if (typeof item === "string") requireKnown(item, known, key, suggest);
}
