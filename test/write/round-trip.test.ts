// Editing keeps files byte for byte: no edit gives identical bytes; an edit changes only its own lines, CRLF and BOM stay.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { editRecordFile } from "../../src/register/record-file.js";
import { classifyPath } from "../../src/register/layout.js";
import { git, makeTempDir, removeTempDirs } from "../helpers/cli.js";
import { ikz, makeRegister, readRecord, SAMPLE_DIR, useIdentityInProcess } from "./register-repo.js";

afterAll(removeTempDirs);
beforeAll(() => useIdentityInProcess(makeTempDir()));

/** Every record file and ikz.yaml of the sample register, register-relative. */
function sampleFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const file = relative(SAMPLE_DIR, path).split("\\").join("/");
        const c = classifyPath(file);
        if (c !== null && "kind" in c) out.push(file);
      }
    }
  };
  walk(SAMPLE_DIR);
  return out.sort();
}

const toCrlfBom = (bytes: Buffer) => Buffer.from(`\uFEFF${bytes.toString("utf8").replace(/\r?\n/g, "\r\n")}`, "utf8");

/** Lines of `after` that are not in `before`, and lines of `before` gone from `after` (common prefix and suffix removed). */
function lineDiff(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split("\n");
  const b = after.split("\n");
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return { removed: a.slice(start, endA), added: b.slice(start, endB) };
}

describe("round trip without edits", () => {
  const files = sampleFiles();

  it("covers the whole sample register", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain("ikz.yaml");
  });

  it.each(files)("%s: identical bytes, also as a CRLF + BOM copy", (file) => {
    const bytes = readFileSync(join(SAMPLE_DIR, file));
    expect(Buffer.from(editRecordFile(file, bytes, []), "utf8").equals(bytes)).toBe(true);
    const crlf = toCrlfBom(bytes);
    expect(Buffer.from(editRecordFile(file, crlf, []), "utf8").equals(crlf)).toBe(true);
  });
});

describe("edits on a CRLF + BOM file", () => {
  const file = "projects/IKZ-2025-003-gemeinsame-kasse-und-zentraler-zahlungsverkehr-suedkreis.md";
  const original = toCrlfBom(readFileSync(join(SAMPLE_DIR, file)));

  it("appending keeps BOM and CRLF and only adds lines", () => {
    const out = editRecordFile(file, original, [{ op: "push", path: ["interest"], value: { municipality: "trebur", level: "observer", date: "2025-07-02" } }]);
    expect(out.startsWith("\uFEFF---\r\n")).toBe(true);
    expect(out.replace(/\r\n/g, "")).not.toContain("\n");
    const diff = lineDiff(original.toString("utf8"), out);
    expect(diff.removed).toEqual([]);
    expect(diff.added).toEqual(["  - municipality: trebur\r", "    level: observer\r", "    date: 2025-07-02\r"]);
  });

  it("changing a value changes exactly that line", () => {
    const out = editRecordFile(file, original, [{ op: "set", path: ["interest", 3, "level"], value: "observer" }]);
    expect(out.startsWith("\uFEFF")).toBe(true);
    expect(lineDiff(original.toString("utf8"), out)).toEqual({ removed: ["    level: declined\r"], added: ["    level: observer\r"] });
  });

  it("through the command line: ikz interest on a CRLF + BOM file commits only added lines", async () => {
    const reg = makeRegister("sample");
    writeFileSync(join(reg.dir, file), original);
    git(reg.dir, "commit", "-q", "-am", "Windows-Kopie");
    const run = await ikz(reg, ["interest", "IKZ-2025-003", "trebur", "--level", "observer", "--date", "2025-07-02"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const after = readFileSync(join(reg.dir, file));
    expect(after.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
    expect(lineDiff(original.toString("utf8"), after.toString("utf8")).removed).toEqual([]);
    expect(git(reg.dir, "diff", "--numstat", "HEAD~1", "HEAD")).toBe(`3\t0\t${file}`);
    expect(readRecord(reg, file).interest).toContainEqual({ municipality: "trebur", level: "observer", date: "2025-07-02" });
  });
});
