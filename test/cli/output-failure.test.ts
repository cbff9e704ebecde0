// Output that cannot be written (a full disk) is an environment error, not a silent exit 0 with a truncated file.
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { copyFixture, IKZ_BIN, makeGitRepo, removeTempDirs } from "../helpers/cli.js";

afterAll(removeTempDirs);

/** Runs ikz with stdout on /dev/full (every write fails with ENOSPC), stdin closed. */
function runToFullDisk(args: string[], env: Record<string, string> = {}): { code: number | null; stderr: string } {
  const fd = openSync("/dev/full", "w");
  try {
    const run = spawnSync(process.execPath, [IKZ_BIN, ...args], { stdio: ["ignore", fd, "pipe"], env: { ...process.env, NO_COLOR: "1", IKZ_LANG: "de", ...env }, encoding: "utf8", timeout: 20_000 });
    return { code: run.status, stderr: run.stderr };
  } finally {
    closeSync(fd);
  }
}

describe.skipIf(!existsSync("/dev/full"))("stdout on a full disk", () => {
  const dir = copyFixture("minimal-register");
  makeGitRepo(dir);

  it.each([
    [["export", "register", "--format", "csv"]],
    [["list", "projects"]],
    [["validate", "--format", "json"]],
    [["--version"]],
  ])("ikz %j exits 3 and says the output is incomplete", (args) => {
    const run = runToFullDisk(["--register", dir, ...args]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain("die Ausgabe ließ sich nicht schreiben (ENOSPC) und ist unvollständig");
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it("speaks English with --lang=en", () => {
    const run = runToFullDisk(["--register", dir, "--lang=en", "list"]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain("the output could not be written (ENOSPC)");
  });
});
