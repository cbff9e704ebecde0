import { RULE_FIELDS } from "../domain/rules/fields.js";
import type { RecordKind } from "./layout.js";

/** A field spec as keepFields walks it (RULE_FIELDS without its types). */
type Spec = { readonly [key: string]: true | Spec };

/**
 * A schema-valid record's data with only the fields the register rules read (RULE_FIELDS), as new objects
 * with the keys in their order in the file. Other kinds (the configuration) come back as they are.
 */
export function keepRuleFields(kind: RecordKind, data: unknown): unknown {
  const spec = (RULE_FIELDS as Partial<Record<RecordKind, Spec>>)[kind];
  return spec === undefined ? data : keep(data, spec);
}

function keep(value: unknown, spec: Spec): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item) => keep(item, spec));
  const kept: Record<string, unknown> = {};
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const inner = Object.hasOwn(spec, key) ? spec[key] : undefined;
    if (inner === true) kept[key] = record[key];
    else if (inner !== undefined) kept[key] = keep(record[key], inner);
  }
  return kept;
}
