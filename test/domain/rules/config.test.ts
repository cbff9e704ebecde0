import { describe, expect, it } from "vitest";
import { baseConfig, brief, register, rules } from "../../helpers/model.js";

describe("ikz.yaml rules", () => {
  it("the base config is valid: criteria sum to 100, ids unique, quorum reachable", () => {
    const config = baseConfig();
    expect(config.priority_criteria!.reduce((s, c) => s + c.weight, 0)).toBe(100);
    expect(config.municipalities).toHaveLength(4);
    expect(config.steering_group.members).toHaveLength(6);
    expect(brief(rules(register({ config })))).toEqual([]);
  });

  it("weights not summing to 100 → IKZ-CFG-001", () => {
    const config = baseConfig();
    config.priority_criteria![2]!.weight = 20;
    const issues = rules(register({ config }));
    expect(brief(issues)).toEqual(["error IKZ-CFG-001 ikz.yaml priority_criteria"]);
    expect(issues[0]!.params).toEqual({ sum: 90 });
  });

  it("no criteria at all is fine", () => {
    const config = baseConfig();
    config.priority_criteria = [];
    expect(brief(rules(register({ config })))).toEqual([]);
  });

  it.each([
    ["municipalities", (c: ReturnType<typeof baseConfig>) => c.municipalities.push({ ...c.municipalities[0]! }), "municipalities[4].id"],
    ["regions", (c: ReturnType<typeof baseConfig>) => c.regions!.push({ id: "nordkreis", name: "Norden" }), "regions[3].id"],
    ["fields", (c: ReturnType<typeof baseConfig>) => c.fields.push({ id: "finanzen", name: "Finanzen 2" }), "fields[2].id"],
    ["funding programmes", (c: ReturnType<typeof baseConfig>) => c.funding_programs!.push({ id: "hessen-ikz", name: "Doppelt" }), "funding_programs[1].id"],
    ["criteria", (c: ReturnType<typeof baseConfig>) => c.priority_criteria!.push({ id: "machbarkeit", name: "Doppelt", weight: 0 }), "priority_criteria[3].id"],
    ["members", (c: ReturnType<typeof baseConfig>) => c.steering_group.members.push({ ...c.steering_group.members[0]!, from: "2026-01-01" }), "steering_group.members[6].id"],
  ])("a duplicate id in %s → IKZ-CFG-002", (_list, mutate, path) => {
    const config = baseConfig();
    mutate(config);
    const issues = rules(register({ config }));
    expect(brief(issues)).toEqual([`error IKZ-CFG-002 ikz.yaml ${path}`]);
  });

  it("a membership ending before it begins → IKZ-CFG-003", () => {
    const config = baseConfig();
    config.steering_group.members[3]!.until = "2019-12-31";
    const issues = rules(register({ config }));
    expect(brief(issues)).toEqual(["error IKZ-CFG-003 ikz.yaml steering_group.members[3].until"]);
    expect(issues[0]!.params).toEqual({ from: "2020-01-01", until: "2019-12-31" });
  });

  it("a membership of a single day is fine", () => {
    const config = baseConfig();
    config.steering_group.members[3]!.until = "2020-01-01";
    expect(brief(rules(register({ config })))).toEqual([]);
  });

  it("quorum above the number of members → IKZ-CFG-004", () => {
    const config = baseConfig();
    config.steering_group.quorum = 7;
    const issues = rules(register({ config }));
    expect(brief(issues)).toEqual(["error IKZ-CFG-004 ikz.yaml steering_group.quorum"]);
    expect(issues[0]!.params).toEqual({ quorum: 7, members: 5 });
  });

  it("quorum equal to the members on the roster today is accepted", () => {
    const config = baseConfig();
    config.steering_group.quorum = 5;
    expect(brief(rules(register({ config })))).toEqual([]);
  });
});
