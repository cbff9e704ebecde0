import { describe, expect, it } from "vitest";
import { describeIssue } from "../../../src/register/to-findings.js";
import { attendance, brief, roster, rules, single } from "../../helpers/model.js";

const DATE = "2025-03-17";
const NOW = roster(DATE);

describe("a steering-group decision agrees with its meeting", () => {
  it.each(["vote", "consensus"] as const)("mode %s without a meeting → IKZ-DEC-006", (mode) => {
    const s = single({ mode }, null);
    delete s.decision.data.meeting;
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`error IKZ-DEC-006 ${s.decision.file}`]);
    expect(issues[0]!.path).toEqual([]);
  });

  it("a date other than the meeting's → IKZ-DEC-007", () => {
    const s = single({}, { date: "2025-03-18" });
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`error IKZ-DEC-007 ${s.decision.file} date`]);
    expect(issues[0]!.params).toEqual({ date: DATE, meeting: "LG-2025-01", meetingDate: "2025-03-18" });
  });

  it("a meeting without attendance → IKZ-DEC-008", () => {
    const s = single({}, { status: "planned", attendance: undefined });
    delete s.meeting!.data.attendance;
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`error IKZ-DEC-008 ${s.decision.file} meeting`]);
    expect(describeIssue(issues[0]!, "de")).toContain("LG-2025-01");
  });

  it("a meeting with an empty attendance → IKZ-DEC-008", () => {
    const s = single({}, { status: "open", attendance: [] });
    expect(brief(rules(s.model))).toEqual([`error IKZ-DEC-008 ${s.decision.file} meeting`]);
  });

  it("a member present at the meeting but not in present → IKZ-DEC-009", () => {
    const present = NOW.filter((m) => m !== "becker");
    const s = single({ present, votes: { for: 4, against: 0, abstain: 0 } });
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`error IKZ-DEC-009 ${s.decision.file} present`]);
    expect(issues[0]!.params).toEqual({ meeting: "LG-2025-01", missing: "becker", extra: "—" });
  });

  it("a member in present who was absent from the meeting → IKZ-DEC-009", () => {
    const s = single({}, { attendance: attendance(DATE, ["becker"]) });
    expect(brief(rules(s.model))).toEqual([`error IKZ-DEC-009 ${s.decision.file} present`]);
    expect(rules(s.model)[0]!.params).toMatchObject({ missing: "—", extra: "becker" });
  });

  it("an unknown meeting is a reference finding only", () => {
    const s = single({ meeting: "LG-2025-07" }, null);
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`error IKZ-REF-004 ${s.decision.file} meeting`]);
  });

  it("two decisions in one meeting", () => {
    const s = single();
    s.model.decisions.push({ ...s.decision, file: "decisions/2025/B-2025-002.md", data: { ...s.decision.data, id: "B-2025-002", type: "support", support_kind: "mediation" } });
    expect(brief(rules(s.model))).toEqual([]);
  });
});

describe("mayors' assembly and funder decisions", () => {
  it.each(["mayors_assembly", "funder"] as const)("%s needs no meeting and no present", (body) => {
    const s = single({ body });
    expect(s.decision.data.meeting).toBeUndefined();
    expect(s.decision.data.present).toBeUndefined();
    expect(brief(rules(s.model))).toEqual([]);
  });

  it("mayors' assembly votes up to the number of municipalities pass", () => {
    expect(brief(rules(single({ body: "mayors_assembly", votes: { for: 3, against: 0, abstain: 1 } }).model))).toEqual([]);
  });

  it("mayors' assembly votes above the number of municipalities → IKZ-DEC-010", () => {
    const s = single({ body: "mayors_assembly", votes: { for: 4, against: 1, abstain: 0 } });
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`error IKZ-DEC-010 ${s.decision.file} votes`]);
    expect(issues[0]!.params).toEqual({ total: 5, max: 4 });
  });
});

describe("meeting records", () => {
  it("a member listed twice in the attendance → IKZ-MTG-002", () => {
    const s = single({}, { attendance: [...attendance(DATE), { member: "goetz", present: true }] });
    expect(brief(rules(s.model))).toEqual([`error IKZ-MTG-002 ${s.meeting!.file} attendance[5].member`]);
  });

  it("a roster member missing from the attendance → warning IKZ-MTG-003", () => {
    const s = single({ present: NOW.filter((m) => m !== "becker"), votes: { for: 4, against: 0, abstain: 0 } }, { attendance: attendance(DATE).filter((a) => a.member !== "becker") });
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`warning IKZ-MTG-003 ${s.meeting!.file} attendance`]);
    expect(issues[0]!.params).toEqual({ missing: "becker" });
  });

  it("an agenda item number used twice → IKZ-MTG-004", () => {
    const s = single(
      {},
      {
        agenda: [
          { item: 1, title: "Begrüßung", kind: "information" },
          { item: 2, title: "Projektauftrag", kind: "decision", project: "IKZ-2025-001", decision_type: "mandate" },
          { item: 2, title: "Verschiedenes", kind: "information" },
        ],
      },
    );
    expect(brief(rules(s.model))).toEqual([`error IKZ-MTG-004 ${s.meeting!.file} agenda[2].item`]);
  });

  it("an unknown member in the attendance → IKZ-REF-006 with a suggestion", () => {
    const s = single({ mode: "circulation" }, null);
    s.model.meetings.push(single({}, { attendance: [...attendance(DATE), { member: "sitmann", present: false }] }).meeting!);
    const issues = rules(s.model);
    expect(brief(issues)).toEqual(["error IKZ-REF-006 meetings/2025/LG-2025-01.md attendance[5].member"]);
    expect(issues[0]!.params).toMatchObject({ value: "sitmann", hint: "sittmann" });
  });
});
