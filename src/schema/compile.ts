import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import * as formatsModule from "ajv-formats";
import type { RecordKind } from "../register/layout.js";

type FormatsPlugin = (ajv: Ajv2020) => Ajv2020;

/** The folder of JSON Schemas shipped with ikz (next to dist/ and src/). */
export const SCHEMA_DIR = fileURLToPath(new URL("../../schemas/", import.meta.url));

const SCHEMA_FILE: Record<RecordKind, string> = {
  config: "config.schema.json",
  project: "project.schema.json",
  decision: "decision.schema.json",
  meeting: "meeting.schema.json",
  report: "report.schema.json",
  lesson: "lesson.schema.json",
};

/** One compiled validator per record kind, plus the raw schemas for messages ("did you mean"). */
export interface CompiledSchemas {
  validators: Record<RecordKind, ValidateFunction>;
}

/** Compiles all schemas once; strict mode, every error collected (lengths are bounded in the schemas). */
export function compileSchemas(dir: string = SCHEMA_DIR): CompiledSchemas {
  const ajv = new Ajv2020({ allErrors: true, strict: true, messages: true, verbose: true });
  const plugin = ((formatsModule as unknown as { default: FormatsPlugin | { default: FormatsPlugin } }).default);
  const addFormats = typeof plugin === "function" ? plugin : plugin.default;
  addFormats(ajv);
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".schema.json")).sort()) {
    ajv.addSchema(JSON.parse(readFileSync(`${dir}/${name}`, "utf8")) as object, name);
  }
  const validators = {} as Record<RecordKind, ValidateFunction>;
  for (const [kind, name] of Object.entries(SCHEMA_FILE) as Array<[RecordKind, string]>) {
    const validate = ajv.getSchema(name);
    if (!validate) throw new Error(`schema missing: ${name}`);
    validators[kind] = validate;
  }
  return { validators };
}
