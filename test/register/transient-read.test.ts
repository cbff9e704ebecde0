import { afterAll, describe, expect, it } from "vitest";
import { mkdirSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { makeTempDir, removeTempDirs } from "../helpers/cli.js";
import { readFileTransient } from "../../src/register/transient-read.js";
import { MAX_FILE_BYTES } from "../../src/register/text-file.js";

afterAll(removeTempDirs);

/** A file of `size` bytes whose content tells its offsets apart, so that a shifted or cut read shows. */
function fileOf(dir: string, name: string, size: number): string {
  const path = join(dir, name);
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++) bytes[i] = 32 + ((i * 7 + name.length) % 90);
  writeFileSync(path, bytes);
  return path;
}

describe("readFileTransient gives the bytes readFileSync gives", () => {
  it("for small, empty and limit-sized files, one after another in the same buffer", () => {
    const dir = makeTempDir();
    const files = [fileOf(dir, "a.md", 2_804), fileOf(dir, "leer.md", 0), fileOf(dir, "b.md", 1), fileOf(dir, "grenze.md", MAX_FILE_BYTES), fileOf(dir, "c.md", 17)];
    for (const file of files) {
      const { bytes, size } = readFileTransient(file);
      expect(Buffer.from(bytes).equals(readFileSync(file))).toBe(true);
      expect(size).toBe(bytes.length);
    }
  });

  it("only the beginning of a file over the limit, with its real size (a file of gigabytes is not read)", () => {
    const dir = makeTempDir();
    const big = fileOf(dir, "gross.md", MAX_FILE_BYTES + 10);
    const { bytes, size } = readFileTransient(big);
    expect(size).toBe(MAX_FILE_BYTES + 10);
    expect(bytes.length).toBe(MAX_FILE_BYTES + 1);
    expect(Buffer.from(bytes).equals(readFileSync(big).subarray(0, MAX_FILE_BYTES + 1))).toBe(true);
    const huge = join(dir, "riesig.md");
    writeFileSync(huge, "");
    truncateSync(huge, 3 * 1024 ** 3);
    expect(readFileTransient(huge).size).toBe(3 * 1024 ** 3);
  });

  it("into a buffer the next read overwrites (callers decode at once)", () => {
    const dir = makeTempDir();
    const first = join(dir, "eins.md");
    writeFileSync(first, "eins");
    const view = readFileTransient(first).bytes;
    expect(Buffer.from(view).toString()).toBe("eins");
    const second = join(dir, "zwei.md");
    writeFileSync(second, "ZWEI");
    readFileTransient(second);
    expect(Buffer.from(view).toString()).toBe("ZWEI");
  });

  it("with the same errors as readFileSync for a missing file and a folder", () => {
    const dir = makeTempDir();
    mkdirSync(join(dir, "ordner.md"));
    for (const path of [join(dir, "fehlt.md"), join(dir, "ordner.md")]) {
      const expected = catchError(() => readFileSync(path));
      const actual = catchError(() => readFileTransient(path));
      expect(actual.code).toBe(expected.code);
      expect(actual.code).toMatch(/^E[A-Z]+$/);
      expect(actual.path ?? path).toBe(path);
    }
  });
});

function catchError(read: () => unknown): NodeJS.ErrnoException {
  try {
    read();
  } catch (error) {
    return error as NodeJS.ErrnoException;
  }
  throw new Error("no error");
}
