import { describe, expect, it } from "vitest";
import type { IkzConfig } from "../../../src/domain/types.generated.js";
import { describeIssue } from "../../../src/register/to-findings.js";
import { baseConfig, brief, only, rules, single } from "../../helpers/model.js";

const votes = (f: number, against: number, abstain: number) => ({ votes: { for: f, against, abstain } });
const withMajority = (majority: IkzConfig["steering_group"]["majority"]): IkzConfig => {
  const config = baseConfig();
  config.steering_group.majority = majority;
  return config;
};

describe("number of votes (IKZ-DEC-003)", () => {
  it("more votes than members present and not excluded → IKZ-DEC-003", () => {
    const s = single({ excluded: ["sittmann"], ...votes(5, 0, 0) });
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`error IKZ-DEC-003 ${s.decision.file} votes`]);
    expect(issues[0]!.params).toEqual({ total: 5, voters: 4 });
  });

  it("abstentions count towards the total", () => {
    const s = single(votes(3, 1, 2));
    expect(only(rules(s.model), "IKZ-DEC-003").params).toEqual({ total: 6, voters: 5 });
  });

  it("an excluded member reduces the voters; fewer votes than voters is fine", () => {
    expect(brief(rules(single({ excluded: ["sittmann"], ...votes(4, 0, 0) }).model))).toEqual([]);
    expect(brief(rules(single({ excluded: ["sittmann"], ...votes(2, 1, 1) }).model))).toEqual([]);
    expect(brief(rules(single(votes(3, 0, 0)).model))).toEqual([]);
  });

  it("an excluded member who is not present → IKZ-DEC-012", () => {
    const present = ["goetz", "ockel", "sittmann", "schell"];
    const s = single({ present, excluded: ["becker"], ...votes(3, 0, 0) }, { attendance: present.map((member) => ({ member, present: true })).concat({ member: "becker", present: false }) });
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`error IKZ-DEC-012 ${s.decision.file} excluded[0]`]);
    expect(describeIssue(issues[0]!, "de")).toBe("„becker“ ist nicht anwesend; befangen sein kann nur, wer anwesend ist (present)");
  });
});

describe("majority (IKZ-DEC-004)", () => {
  it("simple: a tie cannot be approved → IKZ-DEC-004", () => {
    const s = single(votes(2, 2, 1));
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`error IKZ-DEC-004 ${s.decision.file} outcome`]);
    expect(issues[0]!.params).toEqual({ for: 2, against: 2, abstain: 1, majority: "simple" });
  });

  it.each(["approved", "approved_with_conditions"] as const)("simple: a tie with outcome %s → IKZ-DEC-004", (outcome) => {
    const s = single({ outcome, conditions: [{ text: "Bericht nachreichen" }], ...votes(2, 2, 1) });
    expect(brief(rules(s.model))).toEqual([`error IKZ-DEC-004 ${s.decision.file} outcome`]);
  });

  it("simple: a tie with outcome rejected is fine", () => {
    const s = single({ outcome: "rejected", reason: "keine Mehrheit", ...votes(2, 2, 1) });
    expect(brief(rules(s.model))).toEqual([]);
  });

  it.each(["deferred", "rework"] as const)("simple: a tie cannot defer or return for rework (%s → IKZ-DEC-021); a majority can", (outcome) => {
    const s = single({ outcome, reason: "keine Mehrheit", ...votes(2, 2, 1) });
    expect(brief(rules(s.model))).toEqual([`error IKZ-DEC-021 ${s.decision.file} outcome`]);
    expect(brief(rules(single({ outcome, reason: "Unterlagen fehlen", ...votes(3, 2, 0) }).model))).toEqual([]);
  });

  it("a rejection the majority voted for contradicts the tally (IKZ-DEC-020); by consensus or without a majority it does not", () => {
    const s = single({ outcome: "rejected", reason: "zu teuer", ...votes(4, 1, 0) });
    expect(brief(rules(s.model))).toEqual([`error IKZ-DEC-020 ${s.decision.file} outcome`]);
    expect(brief(rules(single({ outcome: "rejected", reason: "zu teuer", ...votes(2, 3, 0) }).model))).toEqual([]);
    const two = withMajority("two_thirds");
    // 3 of 5 is a simple majority but not two thirds: the motion failed, the rejection stands.
    expect(brief(rules(single({ outcome: "rejected", reason: "zu teuer", ...votes(3, 2, 0) }, {}, two).model))).toEqual([]);
    const t = single({ outcome: "rejected", reason: "zu teuer", ...votes(4, 1, 0) }, {}, two);
    expect(brief(rules(t.model))).toEqual([`error IKZ-DEC-020 ${t.decision.file} outcome`]);
  });

  it("simple: one vote more than against passes, abstentions do not count", () => {
    expect(brief(rules(single(votes(3, 2, 0)).model))).toEqual([]);
    expect(brief(rules(single(votes(1, 0, 4)).model))).toEqual([]);
  });

  it("two_thirds: exactly two thirds of for + against passes", () => {
    const config = withMajority("two_thirds");
    expect(brief(rules(single(votes(2, 1, 2), {}, config).model))).toEqual([]);
    expect(brief(rules(single(votes(4, 0, 1), {}, config).model))).toEqual([]);
  });

  it("two_thirds: below two thirds → IKZ-DEC-004", () => {
    const s = single(votes(3, 2, 0), {}, withMajority("two_thirds"));
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`error IKZ-DEC-004 ${s.decision.file} outcome`]);
    expect(issues[0]!.params).toMatchObject({ majority: "two_thirds" });
  });

  it("consensus majority: a vote against → IKZ-DEC-004", () => {
    const s = single(votes(4, 1, 0), {}, withMajority("consensus"));
    expect(brief(rules(s.model))).toEqual([`error IKZ-DEC-004 ${s.decision.file} outcome`]);
    expect(brief(rules(single(votes(4, 0, 1), {}, withMajority("consensus")).model))).toEqual([]);
  });

  it("the majority is not checked for the mayors' assembly", () => {
    const s = single({ body: "mayors_assembly", ...votes(2, 2, 0) });
    expect(brief(rules(s.model))).toEqual([]);
  });
});

describe("consensus and circulation", () => {
  it("mode consensus with a vote against → IKZ-DEC-005", () => {
    const s = single({ mode: "consensus", ...votes(4, 1, 0) });
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`error IKZ-DEC-005 ${s.decision.file} votes.against`]);
    expect(issues[0]!.params).toEqual({ against: 1 });
  });

  it("mode consensus without votes or without votes against is fine", () => {
    const s = single({ mode: "consensus" });
    delete s.decision.data.votes;
    expect(brief(rules(s.model))).toEqual([]);
    expect(brief(rules(single({ mode: "consensus", ...votes(4, 0, 1) }).model))).toEqual([]);
  });

  it("circulation with a vote against → IKZ-DEC-011", () => {
    const s = single({ mode: "circulation", ...votes(4, 1, 0) });
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`error IKZ-DEC-011 ${s.decision.file} votes.against`]);
    expect(issues[0]!.params).toEqual({ against: 1 });
  });

  it("a rejected circulation may record votes against", () => {
    const s = single({ mode: "circulation", outcome: "rejected", reason: "Einwände", ...votes(2, 3, 0) });
    expect(brief(rules(s.model))).toEqual([]);
  });

  it("circulation needs no meeting", () => {
    const s = single({ mode: "circulation" });
    expect(s.decision.data.meeting).toBeUndefined();
    expect(s.meeting).toBeUndefined();
    expect(brief(rules(s.model))).toEqual([]);
  });
});
