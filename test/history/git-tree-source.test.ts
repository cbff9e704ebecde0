// The register as committed: a committed symbolic link is listed as a link (a finding), never read as a record.
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { gitTreeSource } from "../../src/history/git-tree-source.js";
import { loadRegister } from "../../src/register/load.js";
import { git, makeGitRepo, makeTempDir, removeTempDirs } from "../helpers/cli.js";

afterAll(removeTempDirs);

describe("gitTreeSource", () => {
  it("lists committed symbolic links apart from the files, and loading the commit makes each an IKZ-FILE-005", async () => {
    const dir = makeTempDir();
    makeGitRepo(dir);
    mkdirSync(join(dir, "projects"));
    writeFileSync(join(dir, "ikz.yaml"), "name: Test\n");
    writeFileSync(join(dir, "projects", "IKZ-2025-001-echt.md"), "---\nid: IKZ-2025-001\n---\n");
    symlinkSync("IKZ-2025-001-echt.md", join(dir, "projects", "IKZ-2025-002-link.md"));
    symlinkSync("/etc", join(dir, "lessons"));
    git(dir, "add", "-A");
    git(dir, "commit", "-q", "-m", "register with links");
    const source = gitTreeSource(dir, git(dir, "rev-parse", "HEAD"), "", "HEAD");
    expect(await source.list()).toEqual(["ikz.yaml", "projects/IKZ-2025-001-echt.md"]);
    expect(await source.links!()).toEqual(["lessons", "projects/IKZ-2025-002-link.md"]);
    const loaded = await loadRegister(source);
    expect(loaded.records.map((r) => r.file)).toEqual(["ikz.yaml", "projects/IKZ-2025-001-echt.md"]);
    expect(loaded.issues.map((i) => [i.code, i.file])).toEqual([
      ["IKZ-FILE-005", "lessons"],
      ["IKZ-FILE-005", "projects/IKZ-2025-002-link.md"],
    ]);
  });
});
