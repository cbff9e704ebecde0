import { describe, expect, it } from "vitest";
import { describeIssue } from "../../../src/register/to-findings.js";
import { attendance, brief, only, roster, rules, single } from "../../helpers/model.js";

const DATE = "2025-03-17";
const NOW = roster(DATE); // goetz, ockel, sittmann, schell, becker

describe("roster (IKZ-DEC-001)", () => {
  it("the base roster: kaus left on 2024-06-30, schell joined on 2024-07-01", () => {
    expect(NOW).toEqual(["goetz", "ockel", "sittmann", "schell", "becker"]);
    expect(roster("2024-06-30")).toContain("kaus");
    expect(roster("2024-06-30")).not.toContain("schell");
  });

  it("everyone on the roster present: no findings", () => {
    expect(brief(rules(single().model))).toEqual([]);
  });

  it("a member who left is present → IKZ-DEC-001 on the decision and the meeting", () => {
    const s = single({ present: [...NOW, "kaus"] }, { attendance: [...attendance(DATE), { member: "kaus", present: true }] });
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`error IKZ-DEC-001 ${s.decision.file} present[5]`, `error IKZ-DEC-001 ${s.meeting!.file} attendance[5].member`]);
    const issue = issues.find((i) => i.file === s.decision.file)!;
    expect(issue.params).toMatchObject({ value: "kaus", date: DATE });
    expect(describeIssue(issue, "de")).toBe("„kaus“ gehörte am 17.03.2025 nicht der Lenkungsgruppe an – Besetzung in ikz.yaml (from/until) prüfen");
  });

  it("a member who left, in a circulation decision → IKZ-DEC-001", () => {
    const s = single({ mode: "circulation", present: [...NOW, "kaus"] });
    expect(brief(rules(s.model))).toEqual([`error IKZ-DEC-001 ${s.decision.file} present[5]`]);
  });

  it("the last day of a membership counts", () => {
    const date = "2024-06-30";
    const s = single({ date, present: roster(date) });
    expect(roster(date)).toContain("kaus");
    expect(brief(rules(s.model))).toEqual([]);
  });

  it("the successor before joining → IKZ-DEC-001", () => {
    const date = "2024-06-14";
    const present = [...roster(date).filter((m) => m !== "kaus"), "schell"];
    const s = single({ date, present }, { attendance: [...roster(date).filter((m) => m !== "kaus").map((member) => ({ member, present: true })), { member: "schell", present: true }] });
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([
      `error IKZ-DEC-001 ${s.decision.file} present[4]`,
      `error IKZ-DEC-001 ${s.meeting!.file} attendance[4].member`,
      `warning IKZ-MTG-003 ${s.meeting!.file} attendance`,
    ]);
    expect(only(issues, "IKZ-MTG-003").params).toEqual({ missing: "kaus" });
  });

  it("the successor on the first day of membership", () => {
    const date = "2024-07-01";
    const s = single({ date, present: roster(date) });
    expect(roster(date)).toContain("schell");
    expect(brief(rules(s.model))).toEqual([]);
  });

  it("an excluded member not on the roster → IKZ-DEC-001 (and IKZ-DEC-012)", () => {
    const s = single({ excluded: ["kaus"], votes: { for: 4, against: 0, abstain: 0 } });
    expect(brief(rules(s.model))).toEqual([`error IKZ-DEC-001 ${s.decision.file} excluded[0]`, `error IKZ-DEC-012 ${s.decision.file} excluded[0]`]);
  });

  it("an unknown member → IKZ-REF-006 with a suggestion", () => {
    const s = single({ mode: "circulation", present: ["goez", "ockel", "sittmann", "schell", "becker"] });
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`error IKZ-REF-006 ${s.decision.file} present[0]`]);
    expect(issues[0]!.params).toMatchObject({ value: "goez", hint: "goetz" });
    expect(describeIssue(issues[0]!, "de")).toContain("meinten Sie „goetz“?");
    expect(describeIssue(issues[0]!, "en")).toContain("did you mean 'goetz'?");
  });

  it("an unknown member far from every id has no suggestion", () => {
    const s = single({ mode: "circulation", present: ["xyz", "ockel", "sittmann", "schell", "becker"] });
    const issue = only(rules(s.model), "IKZ-REF-006");
    expect(issue.params).toMatchObject({ value: "xyz", hint: "" });
    expect(describeIssue(issue, "de")).not.toContain("meinten");
  });

  it("a member listed twice in present → IKZ-DEC-015", () => {
    const s = single({ mode: "circulation", present: ["goetz", "ockel", "ockel", "sittmann", "schell"], votes: { for: 4, against: 0, abstain: 0 } });
    expect(brief(rules(s.model))).toEqual([`error IKZ-DEC-015 ${s.decision.file} present[2]`]);
  });
});

describe("quorum (IKZ-DEC-002)", () => {
  it("exactly at quorum (4 of 5) passes", () => {
    const present = NOW.filter((m) => m !== "becker");
    const s = single({ present, votes: { for: 4, against: 0, abstain: 0 } }, { attendance: attendance(DATE, ["becker"]) });
    expect(brief(rules(s.model))).toEqual([]);
  });

  it("one below quorum → IKZ-DEC-002", () => {
    const present = NOW.filter((m) => m !== "becker" && m !== "schell");
    const s = single({ present, votes: { for: 3, against: 0, abstain: 0 } }, { attendance: attendance(DATE, ["becker", "schell"]) });
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`error IKZ-DEC-002 ${s.decision.file} present`]);
    expect(issues[0]!.params).toEqual({ present: 3, quorum: 4 });
  });

  it("substitutes in the meeting's attendance count as present", () => {
    const s = single({ present: NOW }, { attendance: attendance(DATE, [], ["becker", "schell"]) });
    expect(brief(rules(s.model))).toEqual([]);
  });

  it("a substituted member left out of present → IKZ-DEC-009", () => {
    const present = NOW.filter((m) => m !== "becker");
    const s = single({ present, votes: { for: 4, against: 0, abstain: 0 } }, { attendance: attendance(DATE, [], ["becker"]) });
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`error IKZ-DEC-009 ${s.decision.file} present`]);
    expect(issues[0]!.params).toMatchObject({ missing: "becker", extra: "—" });
  });

  it("the quorum applies to the members who replied in a circulation", () => {
    const s = single({ mode: "circulation", present: ["goetz", "ockel", "sittmann"], votes: { for: 3, against: 0, abstain: 0 } });
    expect(brief(rules(s.model))).toEqual([`error IKZ-DEC-002 ${s.decision.file} present`]);
  });

  it("someone present who is not a member on the date does not count towards the quorum", () => {
    const s = single({ mode: "circulation", present: ["goetz", "ockel", "sittmann", "kaus"], votes: { for: 3, against: 0, abstain: 0 } });
    expect(brief(rules(s.model))).toEqual([`error IKZ-DEC-001 ${s.decision.file} present[3]`, `error IKZ-DEC-002 ${s.decision.file} present`]);
  });

  it("a member listed twice does not count twice", () => {
    const s = single({ mode: "circulation", present: ["goetz", "goetz", "ockel", "sittmann"], votes: { for: 3, against: 0, abstain: 0 } });
    expect(brief(rules(s.model))).toEqual([`error IKZ-DEC-002 ${s.decision.file} present`, `error IKZ-DEC-015 ${s.decision.file} present[1]`]);
  });

  it("a mayors' assembly decision is not checked against the steering group's roster or quorum", () => {
    const s = single({ body: "mayors_assembly", present: ["kaus", "niemand"], votes: { for: 4, against: 0, abstain: 0 } });
    expect(s.meeting).toBeUndefined();
    expect(brief(rules(s.model))).toEqual([]);
  });
});

describe("nobody left to decide (IKZ-DEC-022)", () => {
  it("every member present excluded for a conflict of interest → IKZ-DEC-022 on excluded, whatever the mode", () => {
    for (const extra of [{ mode: "consensus" as const, votes: undefined }, { votes: { for: 0, against: 0, abstain: 0 } }]) {
      const s = single({ present: NOW, excluded: NOW, ...extra });
      const issues = rules(s.model).filter((i) => i.code !== "IKZ-DEC-004");
      expect(brief(issues)).toEqual([`error IKZ-DEC-022 ${s.decision.file} excluded`]);
      expect(only(issues, "IKZ-DEC-022").params).toEqual({ present: 5 });
      expect(describeIssue(only(issues, "IKZ-DEC-022"), "de")).toContain("niemand stimmberechtigt: alle 5 Anwesenden sind befangen");
    }
  });

  it("excluded members still count for the quorum (spec: present members); one member left to decide is enough", () => {
    const s = single({ present: NOW, excluded: NOW.slice(1), mode: "consensus", votes: undefined });
    expect(brief(rules(s.model))).toEqual([]);
  });

  it("also in a circulation: everyone who replied excluded → IKZ-DEC-022", () => {
    const replied = NOW.slice(0, 4);
    const s = single({ mode: "circulation", present: replied, excluded: replied, votes: undefined });
    expect(brief(rules(s.model))).toEqual([`error IKZ-DEC-022 ${s.decision.file} excluded`]);
  });
});
