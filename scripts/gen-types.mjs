#!/usr/bin/env node
// Generates src/domain/types.generated.ts from schemas/*.schema.json.
// Usage: node scripts/gen-types.mjs [--check]   (--check: exit 1 when the file on disk is out of date)
//
// The schemas are prepared before compiling, so the types get English names and stay readable:
// - refs into common.schema.json are inlined (they are scalars and code lists, not named types);
// - local refs ("#/$defs/participant") stay refs, so each $defs entry becomes a named interface;
// - the German `title`s are dropped (json-schema-to-typescript would turn them into type names),
//   the root gets the interface name; German `description`s stay as doc comments;
// - conditional requirements (allOf/if/then/else) and the `x-` patternProperties are dropped: the types
//   describe every key a record may have, the schemas decide which are required when.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { compile } from "json-schema-to-typescript";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SCHEMA_DIR = `${ROOT}schemas/`;
const OUTPUT = "src/domain/types.generated.ts";
const COMMON_REF = "common.schema.json#/$defs/";

/** Record kinds in output order: schema file stem and interface name. */
const RECORDS = [
  ["config", "IkzConfig"],
  ["project", "Project"],
  ["decision", "Decision"],
  ["meeting", "Meeting"],
  ["report", "Report"],
  ["lesson", "Lesson"],
];

const HEADER = "// Generated from schemas/*.schema.json by `npm run gen:types` — do not edit.\n";

/** Keywords dropped from every schema node before compiling. */
const DROPPED = new Set(["$schema", "$id", "$comment", "title", "allOf", "if", "then", "else", "not", "patternProperties"]);
/** Keywords whose value is a map of name → schema. */
const SCHEMA_MAPS = new Set(["properties", "$defs", "dependentSchemas"]);
/** Keywords whose value is one schema. */
const SCHEMA_VALUES = new Set(["items", "additionalProperties", "propertyNames", "contains", "unevaluatedProperties", "unevaluatedItems"]);
/** Keywords whose value is a list of schemas. */
const SCHEMA_LISTS = new Set(["anyOf", "oneOf", "prefixItems"]);

function readSchema(stem) {
  return JSON.parse(readFileSync(`${SCHEMA_DIR}${stem}.schema.json`, "utf8"));
}

/** Returns a copy of a schema node ready for json-schema-to-typescript. */
function prepare(node, common, where) {
  if (typeof node === "boolean") return node;
  if (typeof node.$ref === "string") {
    if (node.$ref.startsWith(COMMON_REF)) {
      const name = node.$ref.slice(COMMON_REF.length);
      const def = common.$defs?.[name];
      if (def === undefined) throw new Error(`${where}: unknown reference ${node.$ref}`);
      const inlined = prepare(def, common, `${where} → ${node.$ref}`);
      // The property's own description says more than the generic one of the definition.
      return node.description === undefined ? inlined : { ...inlined, description: node.description };
    }
    if (node.$ref.startsWith("#/")) return { $ref: node.$ref };
    throw new Error(`${where}: unsupported reference ${node.$ref}`);
  }
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (DROPPED.has(key)) continue;
    if (SCHEMA_MAPS.has(key)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, prepare(v, common, `${where}/${key}/${k}`)]));
    } else if (SCHEMA_VALUES.has(key)) {
      out[key] = prepare(value, common, `${where}/${key}`);
    } else if (SCHEMA_LISTS.has(key)) {
      out[key] = value.map((v, i) => prepare(v, common, `${where}/${key}/${i}`));
    } else {
      out[key] = value;
    }
  }
  return out;
}

/** Builds the whole file, deterministically. */
async function generate() {
  const common = readSchema("common");
  const parts = [];
  const declared = new Map();
  for (const [stem, name] of RECORDS) {
    const schema = { title: name, ...prepare(readSchema(stem), common, `${stem}.schema.json#`) };
    const code = await compile(schema, name, {
      bannerComment: "",
      additionalProperties: false,
      declareExternallyReferenced: true,
      ignoreMinAndMaxItems: true,
      unknownAny: true,
      strictIndexSignatures: false,
      format: true,
      style: { printWidth: 120, singleQuote: false, semi: true, tabWidth: 2, trailingComma: "all" },
    });
    for (const match of code.matchAll(/^export (?:interface|type) (\w+)/gm)) {
      const other = declared.get(match[1]);
      if (other !== undefined) throw new Error(`type ${match[1]} is declared by ${other} and ${stem}: rename a $defs entry`);
      declared.set(match[1], stem);
    }
    parts.push(code.trim());
  }
  return `${HEADER}\n${parts.join("\n\n")}\n`;
}

async function main() {
  const check = process.argv.includes("--check");
  const code = await generate();
  const target = `${ROOT}${OUTPUT}`;
  if (check) {
    let current = "";
    try {
      current = readFileSync(target, "utf8");
    } catch (error) {
      if (error?.code !== "ENOENT") throw error;
    }
    if (current.replace(/\r\n/g, "\n") !== code) {
      process.stderr.write(`${OUTPUT} is out of date with schemas/*.schema.json: run \`npm run gen:types\` and commit the result.\n`);
      process.exitCode = 1;
      return;
    }
    process.stdout.write(`${OUTPUT} is up to date.\n`);
    return;
  }
  writeFileSync(target, code);
  process.stdout.write(`wrote ${OUTPUT}\n`);
}

main().catch((error) => {
  process.stderr.write(`gen-types: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
