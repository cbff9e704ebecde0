// Records of past facts refuse dates to come, and council resolutions must fit the project (participant, not twice).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordCouncil } from "../../src/commands/council.js";
import { recordInterest } from "../../src/commands/interest.js";
import { lessonNew } from "../../src/commands/lesson-new.js";
import { newProject } from "../../src/commands/new-project.js";
import { setMilestone } from "../../src/commands/milestone.js";
import { git, makeTempDir, removeTempDirs } from "../helpers/cli.js";
import { ikz, makeRegister, projectFile, readRecord, refusal, status, testDeps, useIdentityInProcess, writeOpts, type TestRegister, MINIMAL_P2, registerWithParticipants } from "../write/register-repo.js";

afterAll(removeTempDirs);
beforeAll(() => useIdentityInProcess(makeTempDir()));

/** Runs ikz, expects the exit code, an unchanged register and no new commit; returns stderr. */
async function expectNothing(reg: TestRegister, args: string[], code: number): Promise<string> {
  const head = git(reg.dir, "rev-parse", "HEAD");
  const run = await ikz(reg, args);
  expect(run.code, run.stderr).toBe(code);
  expect(status(reg)).toBe("");
  expect(git(reg.dir, "rev-parse", "HEAD")).toBe(head);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  return run.stderr;
}

describe("a date after today is refused (exit 1) for records of what has happened", () => {
  it("interest, council, new-project, lesson new, milestone --done and report new, with dates as people read them", async () => {
    const reg = makeRegister("sample");
    const cases: Array<[string[], string]> = [
      [["interest", "IKZ-2026-001", "raunheim", "--level", "interested", "--date", "2099-01-01"], "--date 01.01.2099 liegt nach dem heutigen Tag"],
      [["council", "IKZ-2024-003", "trebur", "--result", "approved", "--date", "2099-01-01"], "--date 01.01.2099 liegt nach dem heutigen Tag"],
      [["new-project", "--title", "Zukunft", "--field", "bauhof", "--date", "2099-06-01"], "--date 01.06.2099 liegt nach dem heutigen Tag"],
      [["lesson", "new", "--title", "Später", "--kind", "note", "--category", "legal", "--date", "2099-01-05"], "--date 05.01.2099 liegt nach dem heutigen Tag"],
      [["milestone", "set", "IKZ-2025-004", "M1", "--done", "2099-12-15"], "--done 15.12.2099 liegt nach dem heutigen Tag"],
      [["report", "new", "IKZ-2023-002", "--period", "2025-Q3", "--overall", "green", "--date", "2099-02-01"], "--date 01.02.2099 liegt nach dem heutigen Tag"],
    ];
    for (const [args, message] of cases) {
      const stderr = await expectNothing(reg, args, 1);
      expect(stderr, args.join(" ")).toContain(message);
      expect(stderr, args.join(" ")).toContain("(nichts geändert)");
      expect(stderr, args.join(" ")).not.toMatch(/2099-\d\d-\d\d/);
    }
    const en = await expectNothing(reg, ["--lang", "en", "milestone", "set", "IKZ-2025-004", "M1", "--done", "2099-12-15"], 1);
    expect(en).toContain("--done 15 Dec 2099 is after today");
  });

  it("ikz set refuses the same dates after today, for each field that records what has happened", async () => {
    const reg = makeRegister("sample");
    const cases: Array<[string[], string]> = [
      [["set", "IKZ-2023-002", "created=2099-01-01"], "created 01.01.2099 liegt nach dem heutigen Tag"],
      [["set", "IKZ-2023-002", "interest.0.date=2099-01-01"], "interest.0.date 01.01.2099 liegt nach dem heutigen Tag"],
      [["set", "IKZ-2023-002", "council_resolutions.0.date=2099-01-01"], "ein Ratsbeschluss wird erfasst, wenn er gefasst ist"],
      [["set", "IKZ-2023-002", "milestones.0.done=2099-01-01"], "ein künftiges Datum ist eine Prognose"],
      [["set", "IKZ-2023-002", "agreement.signed=2099-01-01"], "agreement.signed 01.01.2099 liegt nach dem heutigen Tag"],
      [["set", "IKZ-2023-003", "conditions_done.0.date=2099-01-01"], "eine Auflage wird als erfüllt vermerkt, wenn sie erfüllt ist"],
      [["set", "IKZ-2023-002/2026-Q3", "submitted=2099-01-01"], "submitted 01.01.2099 liegt nach dem heutigen Tag"],
      [["set", "LL-2026-003", "date=2099-01-01"], "eine Erfahrung wird erfasst, wenn sie gemacht ist"],
    ];
    for (const [args, message] of cases) {
      const stderr = await expectNothing(reg, args, 1);
      expect(stderr, args.join(" ")).toContain(message);
      expect(stderr, args.join(" ")).toContain("(nichts geändert)");
    }
    // A planned date of the same record stays a plan: the agreement may take effect next year.
    const year = Number(new Date().toISOString().slice(0, 4));
    const effective = await ikz(reg, ["set", "IKZ-2024-004", `agreement.effective=${year + 1}-01-01`]);
    expect(effective.code, effective.stderr).toBe(0);
  });

  it("today is still allowed; the day after is refused before anything is asked or written", async () => {
    const reg = makeRegister();
    const { deps } = testDeps(undefined, "2026-05-04");
    const write = writeOpts(reg.dir);
    expect((await recordInterest({ write, project: "IKZ-2025-001", municipality: "nauheim", level: "observer", date: "2026-05-04" }, deps)).result.id).toBe("IKZ-2025-001");
    expect(await refusal(recordInterest({ write, project: "IKZ-2025-001", municipality: "trebur", level: "observer", date: "2026-05-05" }, deps))).toEqual(["date-in-future.interest", 1]);
    expect(await refusal(recordCouncil({ write, project: "IKZ-2025-001", municipality: "trebur", result: "approved", date: "2026-05-05" }, deps))).toEqual(["date-in-future.council", 1]);
    expect(await refusal(newProject({ write, title: "Morgen", field: "finanzen", date: "2026-05-05", yes: true }, deps))).toEqual(["date-in-future.project", 1]);
    expect(await refusal(lessonNew({ ...write, title: "Morgen", kind: "note", category: "legal", date: "2026-05-05" }, deps))).toEqual(["date-in-future.lesson", 1]);
    expect(await refusal(setMilestone({ write, project: "IKZ-2025-001", milestone: "M1", done: "2026-05-05" }, deps))).toEqual(["date-in-future.milestone", 1]);
    expect(status(reg)).toBe("");
  });
});

const P2 = MINIMAL_P2;


describe("ikz council checks that the resolution fits the project", () => {
  it("refuses a municipality that does not take part (exit 1) and says to add it first", async () => {
    const reg = makeRegister("sample");
    const stderr = await expectNothing(reg, ["council", "IKZ-2024-003", "raunheim", "--result", "approved", "--date", "2026-11-26"], 1);
    expect(stderr).toContain("raunheim ist an IKZ-2024-003 nicht beteiligt");
    expect(stderr).toContain("ikz participant add IKZ-2024-003 raunheim");
    expect(stderr).toContain("beteiligt: trebur, nauheim");
    const en = await expectNothing(reg, ["--lang", "en", "council", "IKZ-2024-003", "raunheim", "--result", "deferred", "--date", "2026-11-26"], 1);
    expect(en).toContain("raunheim does not take part in IKZ-2024-003");
  });

  it("the same resolution again is 'nothing to change' (exit 0), as a repeated participant add is", async () => {
    const reg = makeRegister("sample");
    const file = projectFile(reg, "IKZ-2024-003");
    const before = readRecord(reg, file).council_resolutions;
    const head = git(reg.dir, "rev-parse", "HEAD");
    const run = await ikz(reg, ["council", "IKZ-2024-003", "trebur", "--result", "approved", "--date", "2026-06-25"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("IKZ-2024-003: nichts zu ändern");
    expect(readRecord(reg, file).council_resolutions).toEqual(before);
    expect(git(reg.dir, "rev-parse", "HEAD")).toBe(head);
    const again = await ikz(reg, ["council", "IKZ-2024-003", "trebur", "--result", "approved", "--date", "2026-06-25", "--reference", "Vorlage GV/2026/058"]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain("nichts zu ändern");
  });

  it("the same resolution with another reference is refused with the ikz set that corrects it", async () => {
    const reg = makeRegister("sample");
    const stderr = await expectNothing(reg, ["council", "IKZ-2024-003", "trebur", "--result", "approved", "--date", "2026-06-25", "--reference", "GV/2026/999"], 1);
    expect(stderr).toContain("der Beschluss von trebur vom 25.06.2026 (zugestimmt) ist zu IKZ-2024-003 schon erfasst");
    expect(stderr).toContain("ikz set IKZ-2024-003 council_resolutions[0].reference=…");
  });

  it("a former participant's rejection on record stays valid; its council may reconsider, then it is added again", async () => {
    const reg = registerWithParticipants();
    expect((await ikz(reg, ["council", "IKZ-2025-002", "trebur", "--result", "rejected", "--date", "2025-06-26"])).code).toBe(0);
    // trebur's resolution is on record although trebur no longer takes part: other resolutions are still recorded.
    const lead = await ikz(reg, ["council", "IKZ-2025-002", "raunheim", "--result", "approved", "--date", "2025-06-27"]);
    expect(lead.code, lead.stderr).toBe(0);
    const repeat = await ikz(reg, ["council", "IKZ-2025-002", "trebur", "--result", "rejected", "--date", "2025-06-26"]);
    expect(repeat.code, repeat.stderr).toBe(0);
    expect(repeat.stdout).toContain("nichts zu ändern");
    // Re-adding first is refused by validation (the rejection is trebur's latest word), so the new resolution comes first.
    const reconsidered = await ikz(reg, ["council", "IKZ-2025-002", "trebur", "--result", "approved", "--date", "2025-09-01"]);
    expect(reconsidered.code, reconsidered.stderr).toBe(0);
    expect((await ikz(reg, ["participant", "add", "IKZ-2025-002", "trebur"])).code).toBe(0);
    expect((readRecord(reg, P2).council_resolutions as unknown[]).length).toBe(3);
    expect((await ikz(reg, ["validate"])).code).toBe(0);
  });

  it("a municipality taken out without a rejection (participant remove) must be added again first", async () => {
    const reg = registerWithParticipants();
    expect((await ikz(reg, ["council", "IKZ-2025-002", "trebur", "--result", "approved", "--date", "2025-06-26"])).code).toBe(0);
    expect((await ikz(reg, ["participant", "remove", "IKZ-2025-002", "trebur"])).code).toBe(0);
    const stderr = await expectNothing(reg, ["council", "IKZ-2025-002", "trebur", "--result", "approved", "--date", "2025-09-01"], 1);
    expect(stderr).toContain("ikz participant add IKZ-2025-002 trebur");
  });
});
