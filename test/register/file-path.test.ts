import { describe, expect, it } from "vitest";
import { posix, win32 } from "node:path";
import { registerFilePaths } from "../../src/register/file-path.js";

const files = ["ikz.yaml", "projects/IKZ-2025-001-kasse.md", "decisions/2025/B-2025-014.md"];

describe("registerFilePaths", () => {
  it("gives the path path.join gives, for every kind of root (POSIX)", () => {
    for (const root of ["/srv/register", "/srv/register/", "register", "./register", "reg/./x/../register", "/", ".", ""]) {
      const pathOf = registerFilePaths(root, posix);
      for (const file of files) expect(pathOf(file), `${root} + ${file}`).toBe(posix.join(root, ...file.split("/")));
    }
  });

  it("gives the path path.join gives, with backslashes (Windows)", () => {
    for (const root of ["C:\\Register", "C:\\Register\\", "C:\\", "\\\\server\\share\\register", "register", ".\\register"]) {
      const pathOf = registerFilePaths(root, win32);
      for (const file of files) expect(pathOf(file), `${root} + ${file}`).toBe(win32.join(root, ...file.split("/")));
    }
  });
});
