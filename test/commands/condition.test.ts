// `ikz condition done <decision> <n>`: appends to the project's conditions_done; the decision file stays untouched.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { git, removeTempDirs } from "../helpers/cli.js";
import { ikz, makeRegister, projectFile, readRecord, status } from "../write/register-repo.js";

afterAll(removeTempDirs);

// B-2025-008 (IKZ-2023-003) has two conditions; the sample already marks condition 1 done on 2025-09-05.
const DECISION = "B-2025-008";
const PROJECT = "IKZ-2023-003";

describe("ikz condition done", () => {
  it("marks condition 2 done in the project, one commit, decision file unchanged; validate stays clean", async () => {
    const reg = makeRegister("sample");
    const decisionBefore = readFileSync(join(reg.dir, "decisions/2025/B-2025-008.md"), "utf8");
    const run = await ikz(reg, ["condition", "done", DECISION, "2", "--date", "2026-11-02"]);
    expect(run.code, run.stderr).toBe(0);
    expect(readRecord(reg, projectFile(reg, PROJECT)).conditions_done).toEqual([
      { decision: DECISION, index: 1, date: "2025-09-05" },
      { decision: DECISION, index: 2, date: "2026-11-02" },
    ]);
    expect(readFileSync(join(reg.dir, "decisions/2025/B-2025-008.md"), "utf8")).toBe(decisionBefore);
    expect(git(reg.dir, "log", "-1", "--format=%s%n%b")).toContain(`Ikz-Record: ${PROJECT}`);
    expect(git(reg.dir, "show", "--name-only", "--format=", "HEAD")).toBe(projectFile(reg, PROJECT));
    expect((await ikz(reg, ["validate"])).code).toBe(0);
  });

  it("refuses an already fulfilled condition, a number out of range and a decision without conditions (exit 1); an unknown decision is a usage error", async () => {
    const reg = makeRegister("sample");
    const head = git(reg.dir, "rev-parse", "HEAD");
    const again = await ikz(reg, ["condition", "done", DECISION, "1"]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("Auflage 1 aus B-2025-008 ist seit 05.09.2025 als erfüllt vermerkt");
    const range = await ikz(reg, ["condition", "done", DECISION, "3"]);
    expect(range.code).toBe(1);
    expect(range.stderr).toContain("keine Auflage 3 – Auflagen 1 bis 2");
    const none = await ikz(reg, ["condition", "done", "B-2025-001", "1"]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("B-2025-001 hat keine Auflagen");
    const unknown = await ikz(reg, ["condition", "done", "B-2025-0088", "1"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("meinten Sie");
    const notANumber = await ikz(reg, ["condition", "done", DECISION, "zwei"]);
    expect(notANumber.code).toBe(2);
    expect(git(reg.dir, "rev-parse", "HEAD")).toBe(head);
    expect(status(reg)).toBe("");
  });
});
