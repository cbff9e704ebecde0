import { cpSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { copyFixture, datedRepo, removeTempDirs, runIkz } from "../helpers/cli.js";

afterAll(removeTempDirs);

/** The minimal register, first committed on 15 January 2026. */
function registerFrom15January(): { dir: string; env: Record<string, string> } {
  const repo = datedRepo();
  cpSync(copyFixture("minimal-register"), repo.dir, { recursive: true });
  repo.git(undefined, "add", "-A");
  repo.git("2026-01-15T10:00:00+01:00", "commit", "-q", "-m", "initial register");
  return repo;
}

describe("export controlling: dates in its refusals are written as the reader reads them", () => {
  it("a quarter before the history names its end and the first commit as 31.12.2025 and 15.01.2026 (de)", async () => {
    const { dir, env } = registerFrom15January();
    const run = await runIkz(["export", "controlling", "--quarter", "2025-Q4", "--register", dir], { env });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("ikz: Fehler: Quartal 2025-Q4: zum Quartalsende (31.12.2025) gab es noch keinen Commit im Register – die Historie beginnt am 15.01.2026; ein späteres Quartal wählen\n");
  });

  it("… and as 31 Dec 2025 and 15 Jan 2026 (en)", async () => {
    const { dir, env } = registerFrom15January();
    const run = await runIkz(["export", "controlling", "--quarter", "2025-Q4", "--register", dir], { env: { ...env, IKZ_LANG: "en" } });
    expect(run.stderr).toBe("ikz: error: quarter 2025-Q4: there was no commit in the register by its end (31 Dec 2025) – the history starts on 15 Jan 2026; choose a later quarter\n");
  });

  it("a quarter to come names today as TT.MM.JJJJ, not JJJJ-MM-TT", async () => {
    const { dir, env } = registerFrom15January();
    const run = await runIkz(["export", "controlling", "--quarter", "2099-Q1", "--register", dir], { env });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^ikz: Fehler: Quartal 2099-Q1 hat noch nicht begonnen \(heute ist \d\d\.\d\d\.\d{4}\) – /);
  });
});
