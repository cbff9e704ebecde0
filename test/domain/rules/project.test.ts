import { describe, expect, it } from "vitest";
import { describeIssue } from "../../../src/register/to-findings.js";
import { PROJECT_FILE, brief, history, only, rules } from "../../helpers/model.js";

describe("participants", () => {
  it("lead missing from participants → IKZ-PRJ-001", () => {
    const s = history("prioritized");
    s.project.data.participants = s.project.data.participants!.filter((p) => p.municipality !== "raunheim");
    s.project.data.participants[0]!.role = "partner";
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`error IKZ-PRJ-001 ${PROJECT_FILE} lead`]);
    expect(issues[0]!.params).toEqual({ lead: "raunheim" });
  });

  it("lead listed as a partner → IKZ-PRJ-001", () => {
    const s = history("prioritized");
    s.project.data.participants![0]!.role = "partner";
    expect(brief(rules(s.model))).toEqual([`error IKZ-PRJ-001 ${PROJECT_FILE} lead`]);
  });

  it("a municipality twice → IKZ-PRJ-002", () => {
    const s = history("prioritized");
    s.project.data.participants!.push({ municipality: "kelsterbach", role: "partner" });
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`error IKZ-PRJ-002 ${PROJECT_FILE} participants[3].municipality`]);
    expect(issues[0]!.params).toEqual({ municipality: "kelsterbach", first: 1 });
  });

  it("a partner with role lead → IKZ-PRJ-004", () => {
    const s = history("prioritized");
    s.project.data.participants![2]!.role = "lead";
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`error IKZ-PRJ-004 ${PROJECT_FILE} participants[2].role`]);
    expect(issues[0]!.params).toEqual({ municipality: "trebur", lead: "raunheim" });
  });

  it("cost shares of 90 % in implementation → error IKZ-PRJ-003", () => {
    const s = history("implementation");
    s.project.data.participants![2]!.cost_share = 20;
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`error IKZ-PRJ-003 ${PROJECT_FILE} participants`]);
    expect(issues[0]!.params).toEqual({ sum: 90, missing: 0 });
  });

  it("cost shares of 90 % in assessment → warning IKZ-PRJ-003", () => {
    const s = history("assessment");
    s.project.data.participants = [
      { municipality: "raunheim", role: "lead", cost_share: 40 },
      { municipality: "kelsterbach", role: "partner", cost_share: 30 },
      { municipality: "trebur", role: "partner", cost_share: 20 },
    ];
    expect(brief(rules(s.model))).toEqual([`warning IKZ-PRJ-003 ${PROJECT_FILE} participants`]);
  });

  it("a participant without a share when others have one → IKZ-PRJ-003", () => {
    const s = history("operation");
    s.project.data.participants = [
      { municipality: "raunheim", role: "lead", cost_share: 50 },
      { municipality: "kelsterbach", role: "partner", cost_share: 50 },
      { municipality: "trebur", role: "partner" },
    ];
    const issue = only(rules(s.model), "IKZ-PRJ-003");
    expect(issue).toMatchObject({ severity: "error", params: { sum: 100, missing: 1 } });
  });

  it("no cost shares at all is fine; fractional shares summing to 100 are fine", () => {
    const s = history("implementation");
    s.project.data.participants = s.project.data.participants!.map(({ municipality, role }) => ({ municipality, role }));
    expect(brief(rules(s.model))).toEqual([]);
    s.project.data.participants = [
      { municipality: "raunheim", role: "lead", cost_share: 33.34 },
      { municipality: "kelsterbach", role: "partner", cost_share: 33.33 },
      { municipality: "trebur", role: "partner", cost_share: 33.33 },
    ];
    expect(brief(rules(s.model))).toEqual([]);
  });

  it("a rejected council resolution but still a participant → IKZ-PRJ-006", () => {
    const s = history("councils");
    s.project.data.council_resolutions = [
      { municipality: "raunheim", date: "2025-06-12", result: "approved" },
      { municipality: "trebur", date: "2025-06-26", result: "rejected" },
    ];
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`error IKZ-PRJ-006 ${PROJECT_FILE} council_resolutions[1].result`]);
    expect(describeIssue(issues[0]!, "de")).toContain("„trebur“ hat den Beitritt abgelehnt");
  });

  it("a rejection followed by a later approval, or a rejecting municipality removed, is fine", () => {
    const s = history("councils");
    s.project.data.council_resolutions = [
      { municipality: "trebur", date: "2025-06-02", result: "rejected" },
      { municipality: "trebur", date: "2025-06-26", result: "approved" },
    ];
    expect(brief(rules(s.model))).toEqual([]);
    s.project.data.council_resolutions = [{ municipality: "trebur", date: "2025-06-26", result: "rejected" }];
    s.project.data.participants = s.project.data.participants!.filter((p) => p.municipality !== "trebur");
    delete s.project.data.funding; // two partners would raise funding warnings
    expect(brief(rules(s.model))).toEqual([]);
  });
});

describe("dates in order (IKZ-PRJ-005)", () => {
  it("a decision dated before the project was created", () => {
    const s = history("interest");
    const d = s.find("start_interest");
    d.data.date = "2025-01-05";
    s.meetingOf(d).data.date = "2025-01-05";
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`error IKZ-PRJ-005 ${d.file} date`]);
    expect(issues[0]!.params).toEqual({ date: "2025-01-05", before: "2025-01-10", what: "IKZ-2025-001", anchor: "project" });
    expect(describeIssue(issues[0]!, "de")).toBe("Datum 05.01.2025 liegt vor der Aufnahme des Projekts IKZ-2025-001 am 10.01.2025 – Reihenfolge der Daten prüfen");
  });

  it("a milestone done before the project was created", () => {
    const s = history("assessment");
    s.project.data.milestones![1]!.done = "2024-12-31";
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`error IKZ-PRJ-005 ${PROJECT_FILE} milestones[1].done`]);
    expect(issues[0]!.params).toEqual({ date: "2024-12-31", before: "2025-01-10", what: "created" });
  });

  it("an agreement effective before it was signed", () => {
    const s = history("operation");
    s.project.data.agreement!.effective = "2025-06-30";
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`error IKZ-PRJ-005 ${PROJECT_FILE} agreement.effective`]);
    expect(issues[0]!.params).toEqual({ date: "2025-06-30", before: "2025-07-01", what: "agreement.signed" });
  });

  it("a condition done before its decision", () => {
    const s = history("prioritized");
    const d = s.decide("mandate", { outcome: "approved_with_conditions", conditions: [{ text: "Kostenschätzung nachreichen", owner: "raunheim" }] });
    s.project.data.conditions_done = [{ decision: d.data.id, index: 1, date: "2025-03-01" }];
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`error IKZ-PRJ-005 ${PROJECT_FILE} conditions_done[0].date`]);
    expect(issues[0]!.params).toEqual({ date: "2025-03-01", before: d.data.date, what: d.data.id });
    s.project.data.conditions_done = [{ decision: d.data.id, index: 1, date: d.data.date }];
    expect(brief(rules(s.model))).toEqual([]);
  });

  it("an interest or council resolution dated before the project was created", () => {
    const s = history("implementation");
    s.project.data.interest![0]!.date = "2024-12-01";
    s.project.data.council_resolutions![1]!.date = "2024-12-02";
    expect(brief(rules(s.model))).toEqual([
      `error IKZ-PRJ-005 ${PROJECT_FILE} council_resolutions[1].date`,
      `error IKZ-PRJ-005 ${PROJECT_FILE} interest[0].date`,
    ]);
  });
});

describe("conditions done (IKZ-PRJ-007)", () => {
  it("an index beyond the decision's conditions → IKZ-PRJ-007", () => {
    const s = history("prioritized");
    const d = s.decide("mandate", { outcome: "approved_with_conditions", conditions: [{ text: "Kostenschätzung nachreichen" }] });
    s.project.data.conditions_done = [{ decision: d.data.id, index: 2, date: "2025-04-01" }];
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`error IKZ-PRJ-007 ${PROJECT_FILE} conditions_done[0].index`]);
    expect(issues[0]!.params).toEqual({ decision: d.data.id, index: 2, count: 1 });
  });

  it("a decision without conditions → IKZ-PRJ-007", () => {
    const s = history("assessment");
    s.project.data.conditions_done = [{ decision: s.find("mandate").data.id, index: 1, date: "2025-04-01" }];
    expect(only(rules(s.model), "IKZ-PRJ-007").params).toMatchObject({ count: 0 });
  });

  it("a condition of another project's decision → IKZ-PRJ-007", () => {
    const s = history("prioritized");
    const d = s.decide("mandate", { outcome: "approved_with_conditions", conditions: [{ text: "Kostenschätzung nachreichen" }] });
    const other = history("idea");
    other.project.data.id = "IKZ-2025-002";
    other.project.file = "projects/IKZ-2025-002-x.md";
    other.project.data.conditions_done = [{ decision: d.data.id, index: 1, date: "2025-04-01" }];
    s.model.projects.push(other.project);
    expect(brief(rules(s.model))).toEqual(["error IKZ-PRJ-007 projects/IKZ-2025-002-x.md conditions_done[0].index"]);
  });
});

describe("phase-dependent fields checked by rules", () => {
  it("on_hold without hold_until, cancelled without cancel_reason → IKZ-SCHEMA-001", () => {
    const held = history("on_hold");
    delete held.project.data.hold_until;
    expect(brief(rules(held.model))).toEqual([`error IKZ-SCHEMA-001 ${PROJECT_FILE}`]);
    const cancelled = history("cancelled");
    delete cancelled.project.data.cancel_reason;
    expect(only(rules(cancelled.model), "IKZ-SCHEMA-001").params).toEqual({ key: "cancel_reason" });
  });

  it("hold_until differing from the hold decision's resubmission → warning IKZ-LC-011", () => {
    const s = history("on_hold");
    s.project.data.hold_until = "2030-01-01";
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`warning IKZ-LC-011 ${PROJECT_FILE} hold_until`]);
    expect(issues[0]!.params).toMatchObject({ value: "2030-01-01", decision: s.find("hold").data.id, resubmission: s.find("hold").data.resubmission });
  });
});
