import { describe, expect, it } from "vitest";
import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { writeFileAtomic } from "../../src/io/atomic-fs.js";

describe("writeFileAtomic", () => {
  it("replaces the content, keeps the old file's permissions and leaves no temp file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ikz-atomic-"));
    try {
      const file = join(dir, "a.md");
      writeFileSync(file, "alt\n");
      chmodSync(file, 0o640);
      await writeFileAtomic(file, "neu\n");
      expect(readFileSync(file, "utf8")).toBe("neu\n");
      expect(statSync(file).mode & 0o777).toBe(0o640);
      expect(readdirSync(dir)).toEqual(["a.md"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("creates a missing file and its folders", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ikz-atomic-"));
    try {
      const file = join(dir, "x", "y", "b.md");
      await writeFileAtomic(file, "b\n");
      expect(readFileSync(file, "utf8")).toBe("b\n");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
