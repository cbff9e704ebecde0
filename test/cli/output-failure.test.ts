// Output that cannot be written (a full disk) is an environment error, not a silent exit 0 with a truncated file.
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { copyFixture, IKZ_BIN, makeGitRepo, makeTempDir, removeTempDirs } from "../helpers/cli.js";

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

describe.skipIf(process.platform === "win32")("stdout redirected into a file that cannot grow", () => {
  const dir = copyFixture("minimal-register");
  makeGitRepo(dir);

  // A file size limit of 512 bytes (ulimit -f 1, with SIGXFSZ ignored) makes the write short and the next one
  // fail with EFBIG, as a full disk or an exhausted quota does with ENOSPC/EDQUOT. Node writes a file with one
  // writeSync per chunk and ignores a short write: the export ended with exit 0 and a cut-off file.
  it.each([[["export", "register", "--format", "csv"]], [["list", "projects"]]])("ikz %j exits 3 and says the output is incomplete", (args) => {
    const out = join(makeTempDir(), "out.txt");
    const command = [process.execPath, IKZ_BIN, "--register", dir, ...args].map((word) => `'${word}'`).join(" ");
    const run = spawnSync("sh", ["-c", `trap '' XFSZ; ulimit -f 1; exec ${command} > '${out}'`], { env: { ...process.env, NO_COLOR: "1", IKZ_LANG: "de" }, encoding: "utf8", timeout: 20_000 });
    expect(run.status, run.stderr).toBe(3);
    expect(run.stderr).toContain("die Ausgabe ließ sich nicht schreiben (EFBIG) und ist unvollständig");
    expect(statSync(out).size).toBe(512);
  });
});
