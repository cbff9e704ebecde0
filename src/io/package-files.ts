import { readFileSync } from "node:fs";

/**
 * The installed package's root, located from this module: two levels below it in dist/ (dist/io/) and in the
 * bundle (dist/bundle/) alike, and in src/ when tests run the sources. Modules that find shipped files
 * (package.json, generated help, schemas, templates) sit at that same depth, so that bundling moves none of them.
 */
export const PACKAGE_ROOT = new URL("../../", import.meta.url);

/** Files generated at build time (help texts, schema validators). */
export const GENERATED_DIR = new URL("dist/generated/", PACKAGE_ROOT);

/** The installed package's version, from its package.json. */
export function readVersion(): string {
  return (JSON.parse(readFileSync(new URL("package.json", PACKAGE_ROOT), "utf8")) as { version: string }).version;
}
