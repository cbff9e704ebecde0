import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { git, makeTempDir, removeTempDirs, runIkz } from "../helpers/cli.js";
import { registerRepo } from "../helpers/records.js";

afterAll(removeTempDirs);

const ikz = (dir: string, ...args: string[]) => runIkz(["--register", dir, ...args], { cwd: dir, env: { HOME: makeTempDir() } });

/** The sample register with a committed ikz.yaml that breaks its schema (timezone: 5 on line 6). */
function brokenConfig(): string {
  const dir = registerRepo();
  const file = join(dir, "ikz.yaml");
  writeFileSync(file, readFileSync(file, "utf8").replace(/^timezone: .*$/m, "timezone: 5"));
  git(dir, "commit", "-qam", "broken");
  return dir;
}

describe("an invalid ikz.yaml", () => {
  it("stops set before it writes: the reference rules need the configuration", async () => {
    const dir = brokenConfig();
    const head = git(dir, "rev-parse", "HEAD");
    const run = await ikz(dir, "set", "IKZ-2025-004", "field=gibtsnicht");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("ikz.yaml ist ungültig");
    expect(git(dir, "rev-parse", "HEAD")).toBe(head);
    expect(git(dir, "status", "--porcelain")).toBe("");
  });

  it("reading commands name the place of a schema error, not undefined", async () => {
    const dir = brokenConfig();
    const line = readFileSync(join(dir, "ikz.yaml"), "utf8").split("\n").findIndex((l) => l.startsWith("timezone:")) + 1;
    for (const command of [["status"], ["list", "projects"]]) {
      const run = await ikz(dir, ...command);
      expect(run.code, command.join(" ")).toBe(1);
      expect(run.stderr).toContain(`ikz.yaml ist ungültig (ikz.yaml:${line}:11)`);
      expect(run.stderr).not.toContain("undefined");
    }
  });
});
