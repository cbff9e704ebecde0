// The lifecycle in ikz.yaml: one definition for validate and decide. Here a register lets only the mayors'
// assembly take the direction decision.
import { appendFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { git, removeTempDirs } from "../helpers/cli.js";
import { ikz } from "../write/register-repo.js";
import { MEETING, sampleRepo } from "./decide-helpers.js";

afterAll(removeTempDirs, 60_000);

const OVERRIDE = "\n# Richtungsentscheidungen trifft nur die Bürgermeister-Dienstversammlung.\nlifecycle:\n  direction:\n    bodies: [mayors_assembly]\n";
const DIRECTION = ["decide", "IKZ-2024-004", "--type", "direction", "--outcome", "approved"];

describe("lifecycle override in ikz.yaml", () => {
  it("validate reports a steering-group direction recorded before the override (IKZ-LC-003)", async () => {
    const reg = sampleRepo();
    const decided = await ikz(reg, [...DIRECTION, "--meeting", MEETING, "--votes", "6:0:0"]);
    expect(decided.code, decided.stderr).toBe(0);
    appendFileSync(join(reg.dir, "ikz.yaml"), OVERRIDE);
    git(reg.dir, "commit", "-qam", "lifecycle override");
    const run = await ikz(reg, ["validate"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/decisions\/2026\/B-2026-015\.md:\d+:\d+: Fehler IKZ-LC-003 body: Gremium „steering_group“ darf „Richtungsentscheidung“ nicht beschließen/);
  });

  it("decide refuses a steering-group direction and takes the mayors' assembly's", async () => {
    const reg = sampleRepo((dir) => appendFileSync(join(dir, "ikz.yaml"), OVERRIDE));
    expect((await ikz(reg, ["validate"])).code).toBe(0);
    const head = git(reg.dir, "rev-parse", "HEAD");
    const refused = await ikz(reg, [...DIRECTION, "--meeting", MEETING, "--votes", "6:0:0"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("die Lenkungsgruppe darf „Richtungsentscheidung“ nicht beschließen – zuständig in der Phase „Entscheidungsvorlage“: Bürgermeister-Dienstversammlung (--body)");
    expect(git(reg.dir, "rev-parse", "HEAD")).toBe(head);
    const taken = await ikz(reg, [...DIRECTION, "--body", "mayors_assembly", "--date", "2026-11-27", "--votes", "12:0:2"]);
    expect(taken.code, taken.stderr).toBe(0);
    expect((await ikz(reg, ["validate"])).code).toBe(0);
  });

  it("an override naming an unknown body or phase is a schema finding", async () => {
    const reg = sampleRepo((dir) => appendFileSync(join(dir, "ikz.yaml"), "\nlifecycle:\n  direction:\n    bodies: [council]\n  close:\n    from: [done]\n"));
    const run = await ikz(reg, ["validate"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("lifecycle.direction.bodies[0]");
    expect(run.stdout).toContain("lifecycle.close.from[0]");
  });
});
