import type { ErrorObject } from "ajv";
import type { Issue, PathSegment } from "../domain/finding.js";
import { suggest } from "../domain/suggest.js";
import { classifyPath, idFromPath } from "../register/layout.js";

/** Turns a JSON pointer into key path segments (numbers for list indexes). */
export function pointerToPath(pointer: string): PathSegment[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

/** Keywords that only wrap other errors; the wrapped error is the one worth reporting. */
const WRAPPERS = new Set(["if", "allOf", "anyOf", "oneOf", "then", "else", "not"]);

/** Converts ajv errors of one record into issues with stable codes; the caller adds positions and words. */
export function schemaIssues(file: string, errors: readonly ErrorObject[]): Issue[] {
  const out: Issue[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (WRAPPERS.has(error.keyword)) continue;
    const issue = toIssue(file, error);
    // pattern and format often fail together on one value; one finding per value and code is enough. Missing
    // fields all sit at their object's path: each is its own finding.
    const key = `${issue.code}|${issue.path.join("/")}|${issue.code === "IKZ-SCHEMA-001" ? String(issue.params?.key) : ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(issue);
  }
  return out;
}

function toIssue(file: string, error: ErrorObject): Issue {
  const path = pointerToPath(error.instancePath);
  const params = error.params as Record<string, unknown>;
  const base = { severity: "error" as const, file };
  switch (error.keyword) {
    case "required":
      return { ...base, code: "IKZ-SCHEMA-001", path, params: { key: String(params.missingProperty) } };
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const known = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
      return { ...base, code: "IKZ-SCHEMA-002", path: [...path, key], params: { key: key.slice(0, 80), hint: suggest(key, known) ?? "" } };
    }
    case "enum": {
      // An empty value in a code field: one finding that it is empty (the type check says the same at this path).
      if (error.data === null) return { ...base, code: "IKZ-SCHEMA-004", path, params: { expected: "string", value: "", empty: "yes" } };
      const allowed = (params.allowedValues as unknown[]).map(String);
      const value = String(error.data).slice(0, 80);
      return { ...base, code: "IKZ-SCHEMA-003", path, params: { value, allowed: allowed.join(", "), hint: suggest(value, allowed) ?? "" } };
    }
    case "type": {
      // A date is a text to JSON Schema; the reader should hear "a date" (format date, pattern or type alike).
      const expected = isDateSchema(error) ? "date" : String(params.type);
      // `created:` and `created: ~` are YAML's null: the value is empty, nobody wrote "null" (JSON's word for it).
      if (error.data === null) return { ...base, code: "IKZ-SCHEMA-004", path, params: { expected, value: "", empty: "yes" } };
      return { ...base, code: "IKZ-SCHEMA-004", path, params: { expected, value: preview(error.data) } };
    }
    case "format":
      if (params.format === "date") return { ...base, code: "IKZ-SCHEMA-006", path, params: { value: preview(error.data) } };
      return { ...base, code: "IKZ-SCHEMA-005", path, params: { value: preview(error.data), format: String(params.format) } };
    case "pattern": {
      if (isDateSchema(error)) return { ...base, code: "IKZ-SCHEMA-006", path, params: { value: preview(error.data) } };
      // The schema definition names what the value is (one ID pattern serves several kinds of record).
      const form = /\/\$defs\/(\w+)\/pattern$/.exec(error.schemaPath)?.[1];
      const named = path.length === 1 && path[0] === "id" ? idOfFile(file, String(params.pattern)) : undefined;
      return { ...base, code: "IKZ-SCHEMA-005", path, params: { value: preview(error.data), format: String(params.pattern), ...(form ? { form } : {}), ...(named ? { named } : {}) } };
    }
    case "maxLength":
    case "minLength":
      // The length as written, so the message can say how much to cut (characters, not UTF-16 units).
      return { ...base, code: `IKZ-SCHEMA-007`, path, params: { limit: Number(params.limit), rule: error.keyword, actual: typeof error.data === "string" ? [...error.data].length : 0 } };
    case "maxItems":
    case "minItems":
    case "maxProperties":
    case "minProperties":
      return { ...base, code: `IKZ-SCHEMA-007`, path, params: { limit: Number(params.limit), rule: error.keyword } };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return { ...base, code: "IKZ-SCHEMA-008", path, params: { value: preview(error.data), limit: Number(params.limit), rule: error.keyword } };
    case "uniqueItems": {
      // The finding stands at the later copy, the one to remove. ajv's i and j come in either order: scalar items
      // (tags) give the later one as j, items by $ref (present, applies_to) as i.
      const later = Math.max(Number(params.i), Number(params.j));
      const first = Math.min(Number(params.i), Number(params.j));
      const item = Array.isArray(error.data) ? (error.data as unknown[])[later] : undefined;
      return { ...base, code: "IKZ-SCHEMA-009", path: [...path, later], params: { rule: "uniqueItems", value: preview(item), first, detail: error.message ?? error.keyword } };
    }
    case "propertyNames":
      return { ...base, code: "IKZ-SCHEMA-002", path: [...path, String(params.propertyName)], params: { key: String(params.propertyName).slice(0, 80), hint: "" } };
    default:
      return { ...base, code: "IKZ-SCHEMA-009", path, params: { detail: error.message ?? error.keyword } };
  }
}

/** The ID a record's file name gives, when it has the form the schema asks for: what its `id` should say. */
function idOfFile(file: string, pattern: string): string | undefined {
  const c = classifyPath(file);
  const id = c !== null && "kind" in c ? idFromPath(c.kind, file) : undefined;
  return id !== undefined && new RegExp(pattern, "u").test(id) ? id : undefined;
}

function isDateSchema(error: ErrorObject): boolean {
  return (error.parentSchema as { format?: string } | undefined)?.format === "date";
}

function preview(value: unknown): string {
  const text = typeof value === "string" ? value : typeof value === "number" && !Number.isFinite(value) ? yamlSpecialNumber(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** YAML's own words for the numbers JSON cannot write (JSON would show "null", which nobody wrote). */
function yamlSpecialNumber(value: number): string {
  return Number.isNaN(value) ? ".nan" : value > 0 ? ".inf" : "-.inf";
}
