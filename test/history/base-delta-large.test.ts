import { afterAll, describe, expect, it } from "vitest";
import { git, makeTempDir, removeTempDirs } from "../helpers/cli.js";
import { agreed, appendLine, committedSyntheticRegister, edit } from "../helpers/base-compare.js";
import { parseRawDiff } from "../../src/history/git-diff.js";
import { readBlobs } from "../../src/history/git-blobs.js";
import { EnvError } from "../../src/domain/errors.js";

afterAll(removeTempDirs);

describe("validate --base on a large register (read with workers, records keep only the rules' fields)", () => {
  it("gives the answers of three whole registers", async () => {
    const { dir, files, picks } = await committedSyntheticRegister(380, 5);
    expect(files).toBeGreaterThanOrEqual(5000);
    git(dir, "checkout", "-q", "-b", "feature");
    edit(dir, picks.closedMeeting, (t) => t.replace(/^location: .*$/m, "location: Rathaus Nauheim"));
    edit(dir, picks.decisions[0]!, appendLine("Nachtrag"));
    edit(dir, picks.openMeeting, appendLine("Tagesordnung ergänzt"));
    expect((await agreed(dir)).found).toEqual([`IKZ-BASE-001 ${picks.decisions[0]}`, `IKZ-BASE-001 ${picks.closedMeeting}`]);
  }, 120_000);
});

describe("reading what Git says", () => {
  it("parseRawDiff: the blobs on either side, none for added, deleted or submodule entries, nothing outside the register", () => {
    const a = "a".repeat(40);
    const b = "b".repeat(40);
    const zero = "0".repeat(40);
    const raw = [
      `:100644 100644 ${a} ${zero} M`, "reg/decisions/2025/B-2025-001.md",
      `:000000 100644 ${zero} ${b} A`, "reg/projects/IKZ-2026-001-x.md",
      `:100644 000000 ${a} ${zero} D`, "reg/lessons/L-2025-001-y.md",
      `:160000 160000 ${a} ${b} M`, "reg/projects/sub",
      `:100644 100644 ${a} ${b} M`, "other/file.md",
      "",
    ].join("\0");
    expect(parseRawDiff(raw, "reg/")).toEqual([
      { file: "decisions/2025/B-2025-001.md", status: "M", oldBlob: a },
      { file: "projects/IKZ-2026-001-x.md", status: "A", newBlob: b },
      { file: "lessons/L-2025-001-y.md", status: "D", oldBlob: a },
      { file: "projects/sub", status: "M" },
    ]);
  });

  it("readBlobs: a blob Git does not have is an error, not a misread of every file after it", async () => {
    const dir = makeTempDir();
    git(dir, "init", "-q");
    const oid = git(dir, "hash-object", "-w", "--stdin");
    const read: string[] = [];
    await readBlobs(dir, [{ file: "a.md", oid }], ({ file, bytes }) => read.push(`${file}:${bytes.length}`));
    expect(read).toEqual(["a.md:0"]);
    const missing = readBlobs(dir, [{ file: "b.md", oid: "c".repeat(40) }, { file: "a.md", oid }], () => undefined);
    await expect(missing).rejects.toBeInstanceOf(EnvError);
    await expect(missing).rejects.toMatchObject({ key: "git-failed" });
  });
});
