import { afterAll, describe, expect, it } from "vitest";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { makeTempDir, removeTempDirs } from "../helpers/cli.js";
import { folderSource } from "../../src/io/fs-source.js";
import { listFolderSync } from "../../src/register/list-folder.js";

const repo = fileURLToPath(new URL("../../", import.meta.url));

afterAll(removeTempDirs);

describe("listFolderSync lists exactly what folderSource lists", () => {
  it("on the sample register", async () => {
    const root = join(repo, "register");
    const listed = listFolderSync(root);
    expect(listed.length).toBeGreaterThan(100);
    expect(listed).toEqual(await folderSource(root).list());
  });

  it("with odd entries: deep folders, other files, a symlink, a record folder that is a file, no ikz.yaml", async () => {
    const root = makeTempDir();
    mkdirSync(join(root, "decisions", "2025", "tief"), { recursive: true });
    writeFileSync(join(root, "decisions", "2025", "B-2025-001.md"), "x");
    writeFileSync(join(root, "decisions", "2025", "tief", "B-2025-002.md"), "x");
    writeFileSync(join(root, "decisions", "notes.txt"), "x");
    writeFileSync(join(root, "projects"), "a file, not a folder");
    mkdirSync(join(root, "lessons"));
    symlinkSync(join(root, "decisions", "2025", "B-2025-001.md"), join(root, "lessons", "link.md"));
    writeFileSync(join(root, "README.md"), "x");
    mkdirSync(join(root, "ikz.yaml"));
    const listed = listFolderSync(root);
    expect(listed).toEqual(["decisions/2025/B-2025-001.md", "decisions/2025/tief/B-2025-002.md", "decisions/notes.txt"]);
    expect(listed).toEqual(await folderSource(root).list());
  });

  it("on a folder that does not exist", async () => {
    const root = join(makeTempDir(), "fehlt");
    expect(listFolderSync(root)).toEqual([]);
    expect(await folderSource(root).list()).toEqual([]);
  });
});
