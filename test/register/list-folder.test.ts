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
    expect(listed.files.length).toBeGreaterThan(100);
    expect(listed.links).toEqual([]);
    const source = folderSource(root);
    expect(listed.files).toEqual(await source.list());
    expect(await source.links!()).toEqual([]);
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
    symlinkSync("nirgends.md", join(root, "decisions", "2025", "B-2025-003.md"));
    symlinkSync(join(root, "decisions", "2025"), join(root, "lessons", "ordner"));
    const listed = listFolderSync(root);
    expect(listed.files).toEqual(["decisions/2025/B-2025-001.md", "decisions/2025/tief/B-2025-002.md", "decisions/notes.txt"]);
    // Links, to a file, to nothing or to a folder, are listed as links and never followed.
    expect(listed.links).toEqual(["decisions/2025/B-2025-003.md", "lessons/link.md", "lessons/ordner"]);
    const source = folderSource(root);
    expect(listed.files).toEqual(await source.list());
    expect(listed.links).toEqual(await source.links!());
  });

  it("a record folder or ikz.yaml that is itself a link is listed as a link, not walked", async () => {
    const outside = makeTempDir();
    mkdirSync(join(outside, "projects"));
    writeFileSync(join(outside, "projects", "IKZ-2025-001-x.md"), "x");
    writeFileSync(join(outside, "ikz.yaml"), "name: x\n");
    const root = makeTempDir();
    symlinkSync(join(outside, "projects"), join(root, "projects"));
    symlinkSync(join(outside, "ikz.yaml"), join(root, "ikz.yaml"));
    mkdirSync(join(root, "lessons"));
    writeFileSync(join(root, "lessons", "LL-2025-001-y.md"), "x");
    const listed = listFolderSync(root);
    expect(listed).toEqual({ files: ["lessons/LL-2025-001-y.md"], links: ["ikz.yaml", "projects"] });
    const source = folderSource(root);
    expect(await source.list()).toEqual(listed.files);
    expect(await source.links!()).toEqual(listed.links);
  });

  it("on a folder that does not exist", async () => {
    const root = join(makeTempDir(), "fehlt");
    expect(listFolderSync(root)).toEqual({ files: [], links: [] });
    expect(await folderSource(root).list()).toEqual([]);
  });
});
