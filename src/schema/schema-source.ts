import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
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

/**
 * Every schema of a folder, parsed and by file name, plus a hash of their bytes, the ajv version and the
 * options – everything the generated code depends on, so that stale generated code is never used.
 */
export function readSchemas(dir: string): { schemas: Array<[string, object]>; hash: string } {
  const hash = new Fingerprint();
  const ajvPackage = createRequire(import.meta.url).resolve("ajv/package.json");
  hash.update((JSON.parse(readFileSync(ajvPackage, "utf8")) as { version: string }).version).update(JSON.stringify(ajvOptions)).update("\0");
  const schemas: Array<[string, object]> = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".schema.json")).sort()) {
    const text = readFileSync(`${dir}/${name}`, "utf8");
    hash.update(name).update("\0").update(text).update("\0");
    schemas.push([name, JSON.parse(text) as object]);
  }
  return { schemas, hash: hash.digest() };
}

/**
 * FNV-1a over the UTF-16 code units, in two 32-bit lanes with different offsets (64 bits in all). It detects
 * changed schemas, which is all the hash is for; node:crypto would cost every run (and every worker) about
 * 2 MB for OpenSSL.
 */
class Fingerprint {
  #a = 0x811c9dc5;
  #b = 0x050c5d1f;

  update(text: string): this {
    let a = this.#a;
    let b = this.#b;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
    }
    this.#a = a;
    this.#b = b;
    return this;
  }

  digest(): string {
    return (this.#a >>> 0).toString(16).padStart(8, "0") + (this.#b >>> 0).toString(16).padStart(8, "0");
  }
}
