import { execFileSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { makeTempDir, removeTempDirs, runIkz } from "../helpers/cli.js";
import { sampleCopy } from "../helpers/records.js";

afterAll(removeTempDirs);

describe("a register in a Git repository without any commit", () => {
  it("history commands say that the register has to be committed first, not Git's own words", async () => {
    const dir = sampleCopy();
    execFileSync("git", ["init", "-q"], { cwd: dir });
    const env = { HOME: makeTempDir() };
    for (const args of [["log", "IKZ-2025-001"], ["export", "controlling", "--quarter", "2026-Q3"]]) {
      const run = await runIkz(["--register", dir, ...args], { env });
      expect(run.code, args.join(" ")).toBe(3);
      expect(run.stderr).toContain("hat noch keinen Commit – erst das Register übernehmen: git add -A und git commit");
      expect(run.stderr).not.toMatch(/fatal:|Historie beginnt am –/);
    }
  });
});
