import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { crc32 } from "node:zlib";
import type { RecordKind } from "../register/layout.js";

/** The schema file of each record kind. */
export const SCHEMA_FILES: Record<RecordKind, string> = {
  config: "config.schema.json",
  project: "project.schema.json",
  decision: "decision.schema.json",
  meeting: "meeting.schema.json",
  report: "report.schema.json",
  lesson: "lesson.schema.json",
};

/** ajv options for ikz's validators, at run time and for the validators generated at build time alike. */
export const ajvOptions = { allErrors: true, strict: true, messages: true, verbose: true } as const;

/** Every schema of a folder, parsed, by file name (sorted). */
export function readSchemas(dir: string): Array<[string, object]> {
  return schemaNames(dir).map((name) => [name, JSON.parse(readFileSync(`${dir}/${name}`, "utf8")) as object]);
}

/**
 * What the generated validators depend on, in one line: the ajv version, the options, and per schema file its
 * name, size and CRC-32 – so that stale generated code is never used. It detects a changed schema, which is all
 * it is for; CRC-32 is native (zlib): about 2 ms a run with reading the files and loading zlib, where hashing
 * the texts in JavaScript cost 8 ms and node:crypto would cost every run about 2 MB for OpenSSL.
 */
export function schemaFingerprint(dir: string): string {
  const ajvPackage = createRequire(import.meta.url).resolve("ajv/package.json");
  const parts = [`ajv ${(JSON.parse(readFileSync(ajvPackage, "utf8")) as { version: string }).version}`, JSON.stringify(ajvOptions)];
  for (const name of schemaNames(dir)) {
    const bytes = readFileSync(`${dir}/${name}`);
    parts.push(`${name} ${bytes.length} ${crc32(bytes).toString(16).padStart(8, "0")}`);
  }
  return parts.join("; ");
}

function schemaNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".schema.json"))
    .sort();
}
