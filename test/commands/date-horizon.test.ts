// Dates people type for what lies ahead have a plausibility bound per kind: a meeting within 2 years, a deadline
// within 10, a milestone or other plan within 15; beyond is a usage error (exit 2) naming the bound.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fieldHorizon, latestDate, requireWithinHorizon } from "../../src/commands/date-horizon.js";
import { meetingNew } from "../../src/commands/meeting-new.js";
import { addMilestone, setMilestone } from "../../src/commands/milestone.js";
import { makeTempDir, removeTempDirs } from "../helpers/cli.js";
import { ikz, makeRegister, projectFile, readRecord, refusal, status, testDeps, useIdentityInProcess, writeOpts } from "../write/register-repo.js";
import { expectNothing } from "./decide-helpers.js";

afterAll(removeTempDirs);
beforeAll(() => useIdentityInProcess(makeTempDir()));

describe("the horizon of a planned date", () => {
  it("ends on the same day N years on (29 February on 28 February), inclusive", () => {
    expect(latestDate("2026-05-04", 2)).toBe("2028-05-04");
    expect(latestDate("2028-02-29", 1)).toBe("2029-02-28");
    expect(latestDate("2028-02-29", 4)).toBe("2032-02-29");
    const deps = { today: () => "2026-05-04", lang: "de" as const };
    expect(requireWithinHorizon("2028-05-04", "--date", "meeting", deps)).toBe("2028-05-04");
    expect(() => requireWithinHorizon("2028-05-05", "--date", "meeting", deps)).toThrow(expect.objectContaining({ key: "date-too-far.meeting", params: { flag: "--date", date: "05.05.2028", years: 2, latest: "04.05.2028" } }));
    // A condition may be due at the end of five years of operation that begin a few years ahead (2032 from 2026).
    expect(requireWithinHorizon("2036-05-04", "--condition", "deadline", deps)).toBe("2036-05-04");
    expect(() => requireWithinHorizon("2036-05-05", "--resubmission", "deadline", deps)).toThrow(expect.objectContaining({ key: "date-too-far.deadline", params: expect.objectContaining({ years: 10 }) }));
    expect(requireWithinHorizon("2041-05-04", "--due", "plan", deps)).toBe("2041-05-04");
  });

  it("ikz set bounds meeting dates and deadlines like their commands, every other date as a plan", () => {
    expect(fieldHorizon("meeting", ["date"])).toBe("meeting");
    expect(fieldHorizon("meeting", ["actions", "due"])).toBe("deadline");
    expect(fieldHorizon("project", ["hold_until"])).toBe("deadline");
    expect(fieldHorizon("project", ["milestones", "due"])).toBe("plan");
    expect(fieldHorizon("project", ["agreement", "effective"])).toBe("plan");
  });

  it("meeting new and milestone take the last day of their horizon and refuse the next (in process, fixed today)", async () => {
    const reg = makeRegister();
    const { deps } = testDeps(undefined, "2026-05-04");
    const write = writeOpts(reg.dir);
    expect(await refusal(meetingNew({ write, date: "2028-05-05", kind: "regular" }, deps))).toEqual(["date-too-far.meeting", 2]);
    expect((await meetingNew({ write, date: "2028-05-04", kind: "regular" }, deps)).result.id).toBe("LG-2028-01");
    expect(await refusal(addMilestone({ write, project: "IKZ-2025-001", title: "Evaluation", due: "2041-05-05", gate: false }, deps))).toEqual(["date-too-far.plan", 2]);
    // Legitimate long-range planning: an evaluation fifteen years on.
    expect((await addMilestone({ write, project: "IKZ-2025-001", title: "Evaluation", due: "2041-05-04", gate: false }, deps)).result.milestone).toBe("M1");
    expect(await refusal(setMilestone({ write, project: "IKZ-2025-001", milestone: "M1", forecast: "9999-12-31" }, deps))).toEqual(["date-too-far.plan", 2]);
    expect(status(reg)).toBe("");
  });
});

describe("a date far ahead is a usage error (exit 2) that names the bound, nothing written", () => {
  it("meeting new, meeting close, milestone add/set, decide --resubmission and --condition", async () => {
    const reg = makeRegister("sample");
    const cases: Array<[string[], RegExp]> = [
      [["meeting", "new", "--date", "9999-12-31"], /ikz: Fehler: --date 31\.12\.9999 liegt mehr als 2 Jahre in der Zukunft – eine Sitzung lässt sich bis zum \d\d\.\d\d\.\d{4} planen; Jahreszahl prüfen \(nichts geändert\)/],
      [["meeting", "close", "LG-2026-05", "--next-meeting", "9999-01-01"], /--next-meeting 01\.01\.9999 liegt mehr als 2 Jahre/],
      [["meeting", "close", "LG-2026-05", "--action", "Entwurf versenden;Geschäftsstelle IKZ;9999-01-01"], /--action 01\.01\.9999 liegt mehr als 10 Jahre in der Zukunft – eine Frist oder Wiedervorlage/],
      [["milestone", "add", "IKZ-2025-001", "--title", "Evaluation", "--due", "9999-01-01"], /--due 01\.01\.9999 liegt mehr als 15 Jahre in der Zukunft/],
      [["milestone", "set", "IKZ-2025-002", "M2", "--forecast", "2207-06-30"], /--forecast 30\.06\.2207 liegt mehr als 15 Jahre/],
      [["decide", "IKZ-2024-004", "--type", "hold", "--outcome", "approved", "--circulation", "--date", "2026-11-02", "--present", "goetz,schell,will,sittmann", "--consensus", "--reason", "Haushalt", "--resubmission", "9999-01-01"], /--resubmission 01\.01\.9999 liegt mehr als 10 Jahre/],
      [["decide", "IKZ-2024-004", "--type", "acknowledge", "--outcome", "approved_with_conditions", "--body", "mayors_assembly", "--date", "2026-11-02", "--consensus", "--condition", "Kostenschlüssel vorlegen;9999-01-01;raunheim"], /--condition 01\.01\.9999 liegt mehr als 10 Jahre/],
      [["set", "IKZ-2025-002", "hold_until=9999-01-01"], /hold_until 01\.01\.9999 liegt mehr als 10 Jahre/],
      [["set", "IKZ-2025-002", "milestones.1.due=9999-01-01"], /milestones\.1\.due 01\.01\.9999 liegt mehr als 15 Jahre/],
      [["set", "LG-2026-05", "date=9999-01-01"], /date 01\.01\.9999 liegt mehr als 2 Jahre/],
    ];
    for (const [args, message] of cases) {
      const stderr = await expectNothing(reg, args, 2);
      expect(stderr, args.join(" ")).toMatch(message);
      expect(stderr, args.join(" ")).not.toMatch(/\n\s+at /);
    }
    expect(await expectNothing(reg, ["--lang", "en", "meeting", "new", "--date", "9999-12-31"], 2)).toMatch(/ikz: error: --date 31 Dec 9999 is more than 2 years ahead – a meeting can be planned up to \d\d? \w{3} \d{4}; check the year/);
  });

  it("a date in German notation typed in braces is 'not a date' (exit 2), not 'after today' or 'too far'; list entries are named with their index", async () => {
    const reg = makeRegister("sample");
    const cases: Array<[string, RegExp]> = [
      ["interest.0={municipality: bischofsheim, level: interested, date: 31.12.2025}", /„31\.12\.2025“ ist kein gültiges Datum – Format JJJJ-MM-TT/],
      ["milestones.0={id: M1, title: Start, due: 31.12.2027}", /„31\.12\.2027“ ist kein gültiges Datum – Format JJJJ-MM-TT/],
    ];
    for (const [assignment, message] of cases) {
      const stderr = await expectNothing(reg, ["set", "IKZ-2025-002", assignment], 2);
      expect(stderr, assignment).toMatch(message);
      expect(stderr, assignment).not.toMatch(/nach dem heutigen Tag|in der Zukunft/);
    }
    const stderr = await expectNothing(reg, ["set", "IKZ-2025-002", "milestones=[{id: M1, title: Start, due: 2099-01-01}]"], 2);
    expect(stderr).toMatch(/milestones\.0\.due 01\.01\.2099 liegt mehr als 15 Jahre/);
  });

  it("dates within their horizon are still taken: a milestone ten years ahead, a resubmission in two, a condition six years ahead", async () => {
    const reg = makeRegister("sample");
    const year = Number(new Date().toISOString().slice(0, 4));
    const due = `${year + 10}-06-30`;
    const run = await ikz(reg, ["milestone", "add", "IKZ-2025-001", "--title", "Evaluation nach zehn Jahren", "--due", due]);
    expect(run.code, run.stderr).toBe(0);
    expect(await ikz(reg, ["set", "IKZ-2025-002", `hold_until=${year + 2}-03-31`])).toMatchObject({ code: 0 });
    expect(readRecord(reg, projectFile(reg, "IKZ-2025-002")).hold_until).toBe(`${year + 2}-03-31`);
    const condition = await ikz(reg, ["decide", "IKZ-2024-004", "--type", "acknowledge", "--outcome", "approved_with_conditions", "--body", "mayors_assembly", "--date", "2026-11-02", "--consensus", "--condition", `Einsparnachweis nach fünf Jahren Regelbetrieb vorlegen;${year + 6}-06-30;raunheim`]);
    expect(condition.code, condition.stderr).toBe(0);
  });
});
