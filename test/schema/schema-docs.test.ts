import { describe, expect, it } from "vitest";
import { KINDS, readSchemas } from "./fixtures.js";

type Node = Record<string, unknown>;

const schemas = readSchemas();
const common = schemas.get("common.schema.json") as { $defs: Record<string, Node> };

/** A word or mark that only German text has; every description must contain one. */
const GERMAN = /(^|[\s(])(der|die|das|den|dem|des|und|oder|ein|eine|einer|eines|mit|für|von|wie|wenn|im|in|auf|aus|nach|zu|bis|ab|je|bei|zum|zur|ist|sind|nicht|nur|z\. B\.)($|[\s,.;:)])|[äöüßÄÖÜ]/i;

interface Visit {
  file: string;
  path: string;
  node: Node;
  /** Inside if/then/else: those blocks only tighten keys defined elsewhere and carry no documentation. */
  conditional: boolean;
}

/** Every schema node of every file, with its location. */
function visitAll(): Visit[] {
  const out: Visit[] = [];
  const walk = (file: string, path: string, value: unknown, conditional: boolean): void => {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return;
    const node = value as Node;
    out.push({ file, path, node, conditional });
    for (const [key, child] of Object.entries(node)) {
      const inner = conditional || key === "if" || key === "then" || key === "else";
      if (key === "properties" || key === "$defs" || key === "patternProperties") {
        for (const [name, sub] of Object.entries(child as Node)) walk(file, `${path}/${key}/${name}`, sub, inner);
      } else if (key === "allOf" || key === "anyOf" || key === "oneOf") {
        (child as unknown[]).forEach((sub, i) => walk(file, `${path}/${key}/${i}`, sub, inner));
      } else if (["items", "additionalProperties", "propertyNames", "if", "then", "else", "not"].includes(key)) {
        walk(file, `${path}/${key}`, child, inner);
      }
    }
  };
  for (const [file, schema] of schemas) walk(file, "#", schema, false);
  return out;
}

/** The enum of a property, also when it comes from a common definition. */
function enumOf(node: Node): unknown[] | undefined {
  if (Array.isArray(node.enum)) return node.enum;
  const ref = typeof node.$ref === "string" ? node.$ref : "";
  const match = /^common\.schema\.json#\/\$defs\/(\w+)$/.exec(ref);
  const def = match ? common.$defs[match[1]!] : undefined;
  return def && Array.isArray(def.enum) ? def.enum : undefined;
}

const visits = visitAll();
const documented = visits.filter((v) => !v.conditional && /\/(properties|\$defs)\/[^/]+$/.test(v.path));

describe("schema documentation", () => {
  it("every record kind and the common definitions have a schema file with $schema, $id, title and description", () => {
    for (const kind of [...KINDS, "common"]) {
      const schema = schemas.get(`${kind}.schema.json`);
      expect(schema, kind).toBeDefined();
      expect(schema!.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(schema!.$id).toBe(`https://ikz.example/schemas/${kind}.schema.json`);
      expect(typeof schema!.title === "string" && typeof schema!.description === "string", kind).toBe(true);
    }
  });

  it("every property and definition has a German title and description", () => {
    expect(documented.length).toBeGreaterThan(150);
    const problems: string[] = [];
    for (const { file, path, node } of documented) {
      const key = path.slice(path.lastIndexOf("/") + 1);
      const { title, description } = node;
      if (typeof title !== "string" || title.trim() === "" || title === key || title.includes("_")) problems.push(`${file}${path}: title`);
      if (typeof description !== "string" || description.length < 15 || !GERMAN.test(description)) problems.push(`${file}${path}: description`);
    }
    expect(problems).toEqual([]);
  });

  it("the description of a coded property names every code", () => {
    const problems: string[] = [];
    for (const { file, path, node } of documented) {
      const codes = enumOf(node);
      const description = String(node.description ?? "");
      for (const code of codes ?? []) if (!description.includes(String(code))) problems.push(`${file}${path}: ${String(code)}`);
    }
    expect(problems).toEqual([]);
  });
});

/** Lists of the controlling summary that grow with the register (one row per project, decision, milestone …). */
const CONTROLLING_ROWS = ["portfolio/transitions", "portfolio/newProjects", "portfolio/closed", "portfolio/cancelled", "decisions/list", "milestones/list", "milestones/slipped", "reports/list", "money/rates", "money/byProject", "participation/matrix", "watch/risks", "watch/support", "watch/overdueConditions", "watch/carriedReports", "watch/carriedMilestones", "watch/lessons"];

describe("schema conventions", () => {
  it("strings are bounded and check their length before their pattern", () => {
    const problems: string[] = [];
    for (const { file, path, node, conditional } of visits) {
      if (conditional || node.type !== "string") continue;
      if (node.enum === undefined && typeof node.maxLength !== "number") problems.push(`${file}${path}: no maxLength`);
      const keys = Object.keys(node);
      if (keys.includes("pattern") && keys.indexOf("maxLength") > keys.indexOf("pattern")) problems.push(`${file}${path}: pattern before maxLength`);
    }
    expect(problems).toEqual([]);
  });

  it("lists hold at most 500 entries", () => {
    // An export's list of rows holds the whole register (2 000 projects and more), not one record's list.
    const wholeRegister = new Set(["register-export.schema.json#/properties/projects", ...CONTROLLING_ROWS.map((p) => `controlling.schema.json#/properties/${p.replace("/", "/properties/")}`)]);
    const lists = visits.filter((v) => !v.conditional && v.node.type === "array" && !wholeRegister.has(`${v.file}${v.path}`));
    expect(lists.filter((v) => v.node.maxItems !== 500).map((v) => `${v.file}${v.path}`)).toEqual([]);
  });

  it("objects are closed but allow x- keys; maps bound their keys", () => {
    const problems: string[] = [];
    for (const { file, path, node, conditional } of visits) {
      if (conditional || node.type !== "object") continue;
      if (node.properties !== undefined) {
        if (node.additionalProperties !== false) problems.push(`${file}${path}: additionalProperties`);
        if (JSON.stringify(node.patternProperties) !== JSON.stringify({ "^x-": {} })) problems.push(`${file}${path}: patternProperties`);
      } else if (typeof node.maxProperties !== "number" || node.propertyNames === undefined) {
        problems.push(`${file}${path}: unbounded map`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("no default values (strict ajv refuses them without useDefaults)", () => {
    expect(visits.filter((v) => "default" in v.node).map((v) => `${v.file}${v.path}`)).toEqual([]);
  });
});
