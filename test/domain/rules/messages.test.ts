import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findingMessages as ruleMessages } from "../../../src/i18n/finding-messages.js";
import { checkMessages } from "../../../src/i18n/check-messages.js";

// Findings of validate and of the date checks share one code space and are put into words the same way.
const findingMessages = { ...ruleMessages, ...checkMessages };

const SRC = fileURLToPath(new URL("../../../src/", import.meta.url));
/** Folders whose code emits finding codes (replay.ts in src/domain emits lifecycle codes too). */
const FOLDERS = ["domain/rules", "domain", "register", "schema"];
const CODE = /["'`](IKZ-[A-Z]+-\d{3})["'`]/g;

/** Every finding code literal in the scanned source files, with the files it occurs in. */
function codesInSource(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const folder of FOLDERS) {
    for (const name of readdirSync(`${SRC}${folder}`).filter((f) => f.endsWith(".ts"))) {
      const text = readFileSync(`${SRC}${folder}/${name}`, "utf8");
      for (const match of text.matchAll(CODE)) {
        const files = found.get(match[1]!) ?? [];
        if (!files.includes(`${folder}/${name}`)) files.push(`${folder}/${name}`);
        found.set(match[1]!, files);
      }
    }
  }
  return found;
}

const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();

describe("finding message catalogue", () => {
  const used = codesInSource();

  it("the scan finds the codes of every rule area", () => {
    const areas = new Set([...used.keys()].map((c) => c.split("-")[1]));
    for (const area of ["ID", "REF", "CFG", "PRJ", "LC", "DEC", "MTG", "FUND", "BASE", "SCHEMA", "YAML", "FILE"]) expect(areas, area).toContain(area);
    expect(used.get("IKZ-SCHEMA-007"), "template literals count too").toBeDefined();
  });

  it("every code used in the source has a message in both languages", () => {
    const missing = [...used].filter(([code]) => {
      const m = findingMessages[code];
      return !m || m.de.trim() === "" || m.en.trim() === "";
    });
    expect(missing.map(([code, files]) => `${code} (${files.join(", ")})`)).toEqual([]);
  });

  it("every catalogue entry has the same placeholders in de and en", () => {
    const differing = Object.entries(findingMessages)
      .filter(([, m]) => placeholders(m.de).join() !== placeholders(m.en).join())
      .map(([code, m]) => `${code}: de {${placeholders(m.de).join(", ")}} en {${placeholders(m.en).join(", ")}}`);
    expect(differing).toEqual([]);
  });

  it("catalogue keys are well-formed finding codes", () => {
    for (const code of Object.keys(findingMessages)) expect(code).toMatch(/^IKZ-[A-Z]+-\d{3}$/);
  });

  it("the German texts use German quotation marks, the English ones none of them", () => {
    for (const [code, m] of Object.entries(findingMessages)) expect(m.en, code).not.toMatch(/[„“]/);
  });
});
