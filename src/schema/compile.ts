import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { ValidateFunction } from "ajv";
import type { RecordKind } from "../register/layout.js";
import { ajvOptions, readSchemas, SCHEMA_FILES, schemaFingerprint } from "./schema-source.js";

/** The folder of JSON Schemas shipped with ikz (next to dist/ and src/). */
export const SCHEMA_DIR = fileURLToPath(new URL("../../schemas/", import.meta.url));

/** Validators generated at build time (scripts/gen-validators.mjs); next to this module in dist/, also when it runs from src/. */
const GENERATED = fileURLToPath(new URL("../../dist/generated/validators.cjs", import.meta.url));

/** One compiled validator per record kind, plus the raw schemas for messages ("did you mean"). */
export interface CompiledSchemas {
  validators: Record<RecordKind, ValidateFunction>;
  /** Where the validators come from: generated at build time, or compiled at run time. */
  origin?: "generated" | "compiled";
}

/**
 * The validators of every record kind: the ones generated at build time when they were generated from exactly
 * these schemas, else compiled now (strict mode, every error collected; lengths are bounded in the schemas).
 * `IKZ_COMPILE_SCHEMAS=1` forces compiling, for tests that compare both.
 */
export function compileSchemas(dir: string = SCHEMA_DIR): CompiledSchemas {
  if (process.env.IKZ_COMPILE_SCHEMAS !== "1") {
    const generated = loadGenerated(schemaFingerprint(dir));
    if (generated) return generated;
  }
  return compileNow(readSchemas(dir));
}

function loadGenerated(fingerprint: string): CompiledSchemas | undefined {
  let module: Record<string, unknown>;
  try {
    module = createRequire(import.meta.url)(GENERATED) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (module.schemaFingerprint !== fingerprint) return undefined;
  const validators = {} as Record<RecordKind, ValidateFunction>;
  for (const kind of Object.keys(SCHEMA_FILES) as RecordKind[]) {
    const validate = module[kind];
    if (typeof validate !== "function") return undefined;
    validators[kind] = validate as ValidateFunction;
  }
  return { validators, origin: "generated" };
}

type FormatsPlugin = (ajv: unknown) => unknown;

function compileNow(schemas: ReadonlyArray<[string, object]>): CompiledSchemas {
  // Loaded only here: with generated validators ikz never needs ajv's compiler.
  const require = createRequire(import.meta.url);
  const { Ajv2020 } = require("ajv/dist/2020.js") as typeof import("ajv/dist/2020.js");
  const formatsModule = require("ajv-formats") as FormatsPlugin | { default: FormatsPlugin };
  const ajv = new Ajv2020(ajvOptions);
  (typeof formatsModule === "function" ? formatsModule : formatsModule.default)(ajv);
  for (const [name, schema] of schemas) ajv.addSchema(schema, name);
  const validators = {} as Record<RecordKind, ValidateFunction>;
  for (const [kind, name] of Object.entries(SCHEMA_FILES) as Array<[RecordKind, string]>) {
    const validate = ajv.getSchema(name);
    if (!validate) throw new Error(`schema missing: ${name}`);
    validators[kind] = validate;
  }
  return { validators, origin: "compiled" };
}
