// Correct behaviour of the write pipeline and the YAML editor where the first version got it wrong
// (reported to the owner of src/register and src/io; these tests fail until fixed there).
import { mkdirSync, utimesSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { editYaml } from "../../src/register/yaml-edit.js";
import { runWrite } from "../../src/register/write-transaction.js";
import { git, makeTempDir, removeTempDirs } from "../helpers/cli.js";
import { ikz, makeRegister, status, useIdentityInProcess, writeOpts } from "./register-repo.js";

afterAll(removeTempDirs);
beforeAll(() => useIdentityInProcess(makeTempDir()));

const P1 = "projects/IKZ-2025-001-gemeinsame-vollstreckungsstelle.md";

describe("yaml-edit keeps the text valid and its comments", () => {
  it("replaces a folded or literal block scalar without swallowing the next line", () => {
    for (const style of [">-", "|", "|-", ">"]) {
      const text = `id: X\ncancel_reason: ${style}\n  erste Zeile\n  zweite Zeile\ntags:\n  - a\n`;
      const out = editYaml(text, [{ op: "set", path: ["cancel_reason"], value: "kurz" }]);
      expect(parse(out), style).toEqual({ id: "X", cancel_reason: "kurz", tags: ["a"] });
      expect(out.endsWith("tags:\n  - a\n"), style).toBe(true);
    }
  });

  it("sets a key whose value is empty (null) as `key: value`", () => {
    const out = editYaml("id: X\nsponsor:\nlead: a\n", [{ op: "set", path: ["sponsor"], value: "goetz" }]);
    expect(out).toBe("id: X\nsponsor: goetz\nlead: a\n");
  });

  it("replaces a list item that is a section, keeping its dash (no keys merged into the item before)", () => {
    const text = "participants:\n  - municipality: a # federführend\n    role: lead\n  - municipality: b\n    role: partner\n    cost_share: 10\ntags:\n  - x\n";
    const out = editYaml(text, [{ op: "set", path: ["participants", 1], value: { municipality: "c", role: "partner" } }]);
    expect(out).toBe("participants:\n  - municipality: a # federführend\n    role: lead\n  - municipality: c\n    role: partner\ntags:\n  - x\n");
    const nested = editYaml("rows:\n- - 1\n  - 2\n- - 3\n", [{ op: "set", path: ["rows", 0], value: [4, 5, 6] }]);
    expect(parse(nested)).toEqual({ rows: [[4, 5, 6], [3]] });
    const toScalar = editYaml(text, [{ op: "set", path: ["participants", 0], value: "a" }]);
    expect(parse(toScalar)).toEqual({ participants: ["a", { municipality: "b", role: "partner", cost_share: 10 }], tags: ["x"] });
  });

  it("removing one list item keeps the other items' comments", () => {
    const text = "participants:\n  - municipality: a # federführend seit 2025\n    role: lead\n  - municipality: b\n    role: partner\n  # c kam später dazu\n  - municipality: c\n    role: partner\n";
    const out = editYaml(text, [{ op: "delete", path: ["participants", 1] }]);
    expect(out).toBe("participants:\n  - municipality: a # federführend seit 2025\n    role: lead\n  # c kam später dazu\n  - municipality: c\n    role: partner\n");
  });
});

describe("runWrite", () => {
  it("a plan without changes commits nothing (files someone staged stay staged, HEAD stays)", async () => {
    const reg = makeRegister();
    writeFileSync(join(reg.dir, "notes.txt"), "eigene Notiz\n");
    git(reg.dir, "add", "notes.txt");
    const head = git(reg.dir, "rev-parse", "HEAD");
    const outcome = await runWrite(writeOpts(reg.dir), () => ({ summary: "nichts", recordId: "IKZ-2025-001", changes: [], result: null }));
    expect(outcome.commit).toBeUndefined();
    expect(git(reg.dir, "rev-parse", "HEAD")).toBe(head);
    expect(status(reg)).toBe("A  notes.txt");
  });

  it("a failed --push after the commit keeps the commit and the files as committed (no false 'unchanged')", async () => {
    const reg = makeRegister();
    const run = await ikz(reg, ["interest", "IKZ-2025-001", "nauheim", "--level", "observer", "--date", "2025-04-01", "--push"]);
    expect(run.code).toBe(3);
    expect(git(reg.dir, "log", "-1", "--format=%s")).toBe("ikz: Interesse nauheim an IKZ-2025-001: beobachtet");
    expect(status(reg)).toBe("");
    expect(run.stderr).not.toContain("Register unverändert");
  });

  it("takes over a stale, empty lock file (a run killed between creating the lock and writing its PID)", { timeout: 30_000 }, async () => {
    const reg = makeRegister();
    const lock = join(reg.dir, ".git", "ikz", `${createHash("sha256").update("").digest("hex").slice(0, 12)}.lock`);
    mkdirSync(join(reg.dir, ".git", "ikz"), { recursive: true });
    writeFileSync(lock, "");
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(lock, hourAgo, hourAgo);
    const run = await ikz(reg, ["interest", "IKZ-2025-001", "nauheim", "--level", "observer", "--date", "2025-04-01"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(git(reg.dir, "show", "--name-only", "--format=", "HEAD")).toBe(P1);
  });
});
