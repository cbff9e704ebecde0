import { describe, expect, it } from "vitest";
import type { Phase } from "../../../src/domain/lifecycle.js";
import { missingDecisions, replayDecisions } from "../../../src/domain/replay.js";
import { describeIssue } from "../../../src/register/to-findings.js";
import { PROJECT_FILE, brief, decision, history, only, project, register, rules } from "../../helpers/model.js";

const ACTIVE: Phase[] = ["idea", "interest", "prioritized", "assessment", "proposal", "councils", "implementation", "operation", "evaluation"];

describe("replay: valid histories", () => {
  it.each([...ACTIVE, "closed"] as Phase[])("a valid history to %s gives no findings", (phase) => {
    const s = history(phase);
    expect(s.project.data.phase).toBe(phase);
    expect(brief(rules(s.model))).toEqual([]);
  });

  it.each(ACTIVE)("hold in %s, then resume back to it: no findings", (phase) => {
    const s = history("on_hold", { via: phase });
    expect(brief(rules(s.model))).toEqual([]);
    const resume = s.decide("resume");
    expect(resume.data).toMatchObject({ phase_before: "on_hold", phase_after: phase });
    expect(s.project.data.phase).toBe(phase);
    expect(brief(rules(s.model))).toEqual([]);
  });

  it.each(ACTIVE)("cancel in %s: no findings", (phase) => {
    const s = history("cancelled", { via: phase });
    expect(s.project.data.phase).toBe("cancelled");
    expect(brief(rules(s.model))).toEqual([]);
  });

  it("cancel of a project on hold", () => {
    const s = history("on_hold", { via: "proposal" });
    s.decide("cancel");
    expect(s.project.data.phase).toBe("cancelled");
    expect(brief(rules(s.model))).toEqual([]);
  });

  it("approved_with_conditions takes effect", () => {
    const s = history("prioritized");
    s.decide("mandate", { outcome: "approved_with_conditions", conditions: [{ text: "Kostenschlüssel abstimmen", owner: "raunheim" }] });
    expect(s.project.data.phase).toBe("assessment");
    expect(brief(rules(s.model))).toEqual([]);
  });
});

describe("replay: hand-edited phase (IKZ-LC-001)", () => {
  it("names the missing decision type", () => {
    const s = history("councils");
    s.project.data.phase = "implementation";
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`error IKZ-LC-001 ${PROJECT_FILE} phase`]);
    const issue = only(issues, "IKZ-LC-001");
    expect(issue.params).toMatchObject({ phase: "implementation", replayed: "councils", missing: "implementation_release" });
    expect(describeIssue(issue, "de")).toContain("Umsetzungsfreigabe");
    expect(describeIssue(issue, "de")).toContain("Gremienbeteiligung");
    expect(describeIssue(issue, "en")).toContain("Release for implementation");
  });

  it("names every missing decision on a longer way", () => {
    const s = history("interest");
    s.project.data.phase = "assessment";
    const issue = only(rules(s.model), "IKZ-LC-001");
    expect(issue.params?.missing).toBe("prioritize → mandate");
    const de = describeIssue(issue, "de");
    expect(de).toContain("Priorisierung (prioritize) → Projektauftrag (mandate)");
  });

  it("a project without decisions in a later phase", () => {
    const m = register({ projects: [project({ phase: "interest" })] });
    expect(only(rules(m), "IKZ-LC-001").params).toMatchObject({ replayed: "idea", missing: "start_interest" });
  });

  it("a phase edited backwards is IKZ-LC-014 (the record lags behind its decisions)", () => {
    const s = history("councils");
    s.project.data.phase = "assessment";
    expect(brief(rules(s.model))).toEqual([`error IKZ-LC-014 ${s.project.file} phase`]);
    expect(only(rules(s.model), "IKZ-LC-014").params).toEqual({ phase: "assessment", replayed: "councils" });
  });

  it("decision IDs past 999 replay in numeric order", () => {
    const s = history("prioritized");
    const [first, second] = s.model.decisions;
    first!.data.id = "B-2025-999";
    first!.file = "decisions/2025/B-2025-999.md";
    second!.data.id = "B-2025-1000";
    second!.file = "decisions/2025/B-2025-1000.md";
    first!.data.date = second!.data.date;
    first!.data.meeting = second!.data.meeting;
    expect(brief(rules(s.model))).toEqual([]);
  });

  it("a project edited back out of on_hold names the resume decision", () => {
    const s = history("on_hold", { via: "councils" });
    s.project.data.phase = "councils";
    const issue = only(rules(s.model), "IKZ-LC-001");
    expect(issue.params).toMatchObject({ replayed: "on_hold" });
    expect(describeIssue(issue, "de")).toContain("Wiederaufnahme");
  });
});

describe("replay: decisions that cannot take effect", () => {
  it("a decision type in the wrong phase → IKZ-LC-002", () => {
    const s = history("interest");
    const d = s.decide("mandate");
    expect(d.data.phase_after).toBeUndefined();
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`error IKZ-LC-002 ${d.file} type`]);
    expect(only(issues, "IKZ-LC-002").params).toEqual({ type: "mandate", phase: "interest" });
    expect(describeIssue(only(issues, "IKZ-LC-002"), "de")).toContain("„Projektauftrag“ ist in Phase „Interessenbekundung“");
  });

  it("resume without a hold → IKZ-LC-002", () => {
    const s = history("assessment");
    const d = s.decide("resume");
    expect(brief(rules(s.model))).toEqual([`error IKZ-LC-002 ${d.file} type`]);
  });

  it("mandate by the mayors' assembly → IKZ-LC-003, no effect", () => {
    const s = history("assessment");
    const d = s.find("mandate");
    Object.assign(d.data, { body: "mayors_assembly", votes: { for: 4, against: 0, abstain: 0 } });
    delete d.data.meeting;
    delete d.data.present;
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([
      `error IKZ-LC-001 ${PROJECT_FILE} phase`,
      `error IKZ-LC-003 ${d.file} body`,
      `error IKZ-LC-004 ${d.file} phase_after`,
    ]);
    expect(only(issues, "IKZ-LC-003").params).toEqual({ type: "mandate", body: "mayors_assembly" });
    expect(only(issues, "IKZ-LC-004").params).toEqual({ written: "assessment", replayed: "prioritized" });
  });

  it("cancel by the mayors' assembly before councils → IKZ-LC-003", () => {
    const s = history("proposal");
    const d = s.decide("cancel", { body: "mayors_assembly", outcome: "approved" });
    delete d.data.phase_before;
    delete d.data.phase_after;
    s.project.data.phase = "proposal";
    delete s.project.data.cancel_reason;
    expect(brief(rules(s.model))).toEqual([`error IKZ-LC-003 ${d.file} body`]);
  });

  it.each(["councils", "implementation", "operation"] as Phase[])("cancel by the mayors' assembly in %s is allowed", (phase) => {
    const s = history(phase);
    s.decide("cancel", { body: "mayors_assembly" });
    expect(s.project.data.phase).toBe("cancelled");
    expect(brief(rules(s.model))).toEqual([]);
  });

  it("wrong phase_before / phase_after → IKZ-LC-004", () => {
    const s = history("assessment");
    const d = s.find("prioritize");
    d.data.phase_before = "idea";
    d.data.phase_after = "assessment";
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`error IKZ-LC-004 ${d.file} phase_after`, `error IKZ-LC-004 ${d.file} phase_before`]);
    expect(issues.map((i) => i.params)).toEqual(
      expect.arrayContaining([
        { written: "idea", replayed: "interest" },
        { written: "assessment", replayed: "prioritized" },
      ]),
    );
  });

  it.each(["rework", "rejected", "deferred"] as const)("outcome %s has no effect", (outcome) => {
    const s = history("prioritized");
    // A rejection carries no majority; rework and deferral are motions that do.
    s.decide("mandate", { outcome, reason: "Kostenschätzung fehlt", ...(outcome === "rejected" ? { votes: { for: 0, against: 4, abstain: 0 } } : {}) });
    expect(s.project.data.phase).toBe("prioritized");
    expect(brief(rules(s.model))).toEqual([]);
    s.project.data.phase = "assessment";
    expect(only(rules(s.model), "IKZ-LC-001").params).toMatchObject({ replayed: "prioritized", missing: "mandate" });
  });
});

describe("replay: the type must be possible in the phase whatever the outcome (IKZ-LC-002)", () => {
  it.each([
    ["close", "rejected"],
    ["implementation_release", "deferred"],
    ["direction", "rework"],
    ["resume", "rejected"],
  ] as const)("%s with outcome %s on a project in idea → IKZ-LC-002 on the decision's type", (type, outcome) => {
    const s = history("idea");
    const d = s.decide(type, { outcome, reason: "x", ...(outcome === "rejected" ? { votes: { for: 0, against: 4, abstain: 0 } } : {}) });
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`error IKZ-LC-002 ${d.file} type`]);
    expect(only(issues, "IKZ-LC-002").params).toEqual({ type, phase: "idea" });
  });

  it("decisions not possible at their place in the replay are flagged: a direction approved the day before three direction decisions that did not pass", () => {
    const s = history("proposal");
    Object.assign(s.project.data, { legal_form: "oerv_mandate", seat: "raunheim" });
    const later = (["rework", "deferred", "rejected"] as const).map((outcome, i) =>
      s.decide("direction", { date: "2025-06-02", id: `B-2025-02${i}`, outcome, reason: "x", ...(outcome === "rejected" ? { votes: { for: 0, against: 4, abstain: 0 } } : {}) }),
    );
    expect(brief(rules(s.model))).toEqual([]);
    s.decide("direction", { date: "2025-06-01", id: "B-2025-030" });
    expect(s.project.data.phase).toBe("councils");
    expect(brief(rules(s.model))).toEqual(later.map((d) => `error IKZ-LC-002 ${d.file} type`).sort());
    expect(rules(s.model).map((i) => i.params)).toEqual(later.map(() => ({ type: "direction", phase: "councils" })));
  });

  it("types without a phase of their own (acknowledge, support, accept_report) stay possible in any active phase", () => {
    const s = history("idea");
    s.decide("acknowledge", { outcome: "deferred" });
    s.decide("support", { outcome: "rejected", reason: "x", support_kind: "methodical", votes: { for: 0, against: 4, abstain: 0 } });
    expect(brief(rules(s.model))).toEqual([]);
  });
});

describe("replay: order by date, then ID", () => {
  it("the order of records in the model does not matter", () => {
    const s = history("assessment");
    s.model.decisions.reverse();
    expect(brief(rules(s.model))).toEqual([]);
  });

  it("the date wins over the ID", () => {
    const s = history("prioritized");
    const first = s.find("start_interest");
    first.data.id = "B-2025-009";
    first.file = "decisions/2025/B-2025-009.md";
    expect(brief(rules(s.model))).toEqual([]);
  });

  it("on the same date the ID decides", () => {
    const s = history("interest");
    const start = s.find("start_interest");
    // The prioritize guard needs two interested municipalities and a lead by the decision date.
    s.project.data.interest = s.project.data.interest!.map((x) => ({ ...x, date: start.data.date }));
    s.project.data.lead = "raunheim";
    s.project.data.participants = [{ municipality: "raunheim", role: "lead" }];
    const prio = s.decide("prioritize", { date: start.data.date });
    expect(prio.data.meeting).toBe(start.data.meeting);
    expect(brief(rules(s.model))).toEqual([]);
    // swap the IDs: prioritize now comes first and is not possible in idea
    [start.data.id, prio.data.id] = [prio.data.id, start.data.id];
    [start.file, prio.file] = [prio.file, start.file];
    const issues = brief(rules(s.model));
    expect(issues).toContain(`error IKZ-LC-002 ${prio.file} type`);
  });
});

describe("replayDecisions and missingDecisions", () => {
  it("replays step by step", () => {
    const s = history("proposal");
    const reports = new Map(s.model.reports.map((r) => [`${r.data.project}/${r.data.period}`, r.data]));
    const replay = replayDecisions(s.model.decisions, (id) => reports.get(id));
    expect(replay.phase).toBe("proposal");
    expect(replay.steps.map((x) => `${x.before}>${x.after}`)).toEqual(["idea>interest", "interest>prioritized", "prioritized>assessment", "assessment>proposal"]);
    expect(replay.steps.every((x) => x.problems.length === 0)).toBe(true);
  });

  it("accepting a quarterly report does not move the phase", () => {
    const replay = replayDecisions(
      [decision({ type: "accept_report", report: "IKZ-2025-001/2025-Q2" })],
      () => ({ project: "IKZ-2025-001", period: "2025-Q2", kind: "quarterly", submitted: "2025-07-01", lights: { overall: "green" } }),
    );
    expect(replay.phase).toBe("idea");
  });

  it.each([
    ["idea", "interest", ["start_interest"]],
    ["idea", "assessment", ["start_interest", "prioritize", "mandate"]],
    ["assessment", "councils", ["accept_report", "direction"]],
    ["councils", "operation", ["implementation_release", "start_operation"]],
    ["operation", "closed", ["close"]],
    ["evaluation", "closed", ["close"]],
    ["idea", "closed", ["start_interest", "prioritize", "mandate", "accept_report", "direction", "implementation_release", "start_operation", "close"]],
    ["proposal", "on_hold", ["hold"]],
    ["on_hold", "cancelled", ["cancel"]],
    ["councils", "councils", []],
    ["closed", "operation", []],
    ["councils", "assessment", []],
  ] as Array<[Phase, Phase, string[]]>)("%s → %s: %j", (from, to, path) => {
    expect(missingDecisions(from, to)).toEqual(path);
  });

  it("every active phase reaches every later active phase", () => {
    for (const [i, from] of ACTIVE.entries()) {
      for (const to of ACTIVE.slice(i + 1)) expect(missingDecisions(from, to).length, `${from} → ${to}`).toBe(ACTIVE.indexOf(to) - i);
    }
  });
});
