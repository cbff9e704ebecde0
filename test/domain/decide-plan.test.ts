import { describe, expect, it } from "vitest";
import { planDecision } from "../../src/domain/decide/plan.js";
import type { Decision, IkzConfig } from "../../src/domain/types.generated.js";
import type { RegisterModel as Model } from "../../src/domain/model.js";
import { PROJECT_ID, baseConfig, codes, decision, history, meeting, report, roster, rules } from "../helpers/model.js";

// Decisions checked before they are written. The model helpers build a valid history; each test adds an open
// meeting on DATE and asks planDecision about one more decision. Expected values are worked out by hand.
const DATE = "2026-03-10";
const FILE = "decisions/2026/B-2026-001.md";

/** An open meeting on DATE with the given members present (default: everyone on the roster that day). */
function openMeeting(model: Model, present: string[] = roster(DATE), substitutes: Record<string, string> = {}): void {
  const everyone = roster(DATE);
  model.meetings.push(meeting({ id: "LG-2026-01", date: DATE, status: "open", attendance: everyone.map((member) => ({ member, present: present.includes(member), ...(substitutes[member] ? { substitute: substitutes[member] } : {}) })) }));
}

function draft(overrides: Partial<Decision>, present: string[] = roster(DATE)): Decision {
  return { id: "B-2026-001", date: DATE, type: "acknowledge", outcome: "approved", body: "steering_group", mode: "vote", meeting: "LG-2026-01", project: PROJECT_ID, present, votes: { for: present.length, against: 0, abstain: 0 }, ...overrides } as Decision;
}

function plan(model: Model, d: Decision, config: IkzConfig = model.config!.data) {
  return planDecision(model, config, { decision: d, file: FILE });
}

describe("quorum (4 of the 5 members on the roster in 2026)", () => {
  it("exactly at quorum decides; one fewer is refused with IKZ-DEC-002", () => {
    const s = history("assessment");
    const four = ["goetz", "ockel", "sittmann", "schell"];
    openMeeting(s.model, four);
    expect(plan(s.model, draft({}, four)).refusals).toEqual([]);
    const t = history("assessment");
    openMeeting(t.model, four.slice(0, 3));
    expect(codes(plan(t.model, draft({}, four.slice(0, 3))).refusals)).toEqual(["IKZ-DEC-002"]);
  });

  it("a substitute counts as present", () => {
    const s = history("assessment");
    openMeeting(s.model, ["goetz", "ockel", "sittmann"], { schell: "Vera Vertretung" });
    expect(plan(s.model, draft({}, ["goetz", "ockel", "sittmann", "schell"])).refusals).toEqual([]);
  });
});

describe("majority", () => {
  const voted = (votes: Decision["votes"], config?: IkzConfig) => {
    const s = history("assessment");
    if (config) s.model.config = { file: "ikz.yaml", data: config, body: "" };
    openMeeting(s.model);
    return codes(plan(s.model, draft({ type: "hold", reason: "Haushalt", resubmission: "2026-09-01", votes })).refusals);
  };
  const withMajority = (majority: "simple" | "two_thirds" | "consensus") => ({ ...baseConfig(), steering_group: { ...baseConfig().steering_group, majority } });

  it("simple: a tie is no majority; abstentions do not count", () => {
    expect(voted({ for: 2, against: 2, abstain: 1 })).toEqual(["IKZ-DEC-004"]);
    expect(voted({ for: 2, against: 1, abstain: 2 })).toEqual([]);
    expect(voted({ for: 0, against: 0, abstain: 5 })).toEqual(["IKZ-DEC-004"]);
  });

  it("two thirds: 4 of 6 votes cast is enough (4·3 = 12 ≥ 2·6), 3 of 5 is not (9 < 10)", () => {
    expect(voted({ for: 4, against: 2, abstain: 0 }, withMajority("two_thirds"))).toEqual(["IKZ-DEC-003"]); // 6 votes, 5 present
    expect(voted({ for: 2, against: 1, abstain: 2 }, withMajority("two_thirds"))).toEqual([]);
    expect(voted({ for: 3, against: 2, abstain: 0 }, withMajority("two_thirds"))).toEqual(["IKZ-DEC-004"]);
  });

  it("consensus as the configured majority: one no is refused, abstentions are not", () => {
    expect(voted({ for: 4, against: 1, abstain: 0 }, withMajority("consensus"))).toEqual(["IKZ-DEC-004"]);
    expect(voted({ for: 4, against: 0, abstain: 1 }, withMajority("consensus"))).toEqual([]);
  });

  it("more votes than voters is refused; an excluded member stays present but does not vote", () => {
    const s = history("assessment");
    openMeeting(s.model);
    const five = roster(DATE);
    expect(codes(plan(s.model, draft({ excluded: ["ockel"], votes: { for: 5, against: 0, abstain: 0 } })).refusals)).toEqual(["IKZ-DEC-003"]);
    expect(plan(s.model, draft({ excluded: ["ockel"], votes: { for: 4, against: 0, abstain: 0 } })).refusals).toEqual([]);
    expect(five).toContain("ockel");
  });

  it("a circulation decision passes only without a vote against", () => {
    const s = history("assessment");
    const replied = ["goetz", "ockel", "sittmann", "schell"];
    const circ = (against: number) => codes(plan(s.model, draft({ mode: "circulation", meeting: undefined, votes: { for: 4 - against, against, abstain: 0 } }, replied)).refusals);
    expect(circ(1)).toEqual(["IKZ-DEC-011"]);
    expect(circ(0)).toEqual([]);
  });
});

describe("roster over time", () => {
  it("a member who left (kaus, until 2024-06-30) cannot take part in a later circulation decision", () => {
    const s = history("assessment");
    const refusals = plan(s.model, draft({ mode: "circulation", meeting: undefined, votes: { for: 4, against: 0, abstain: 0 } }, ["goetz", "ockel", "sittmann", "kaus"])).refusals;
    expect(codes(refusals)).toEqual(["IKZ-DEC-001", "IKZ-DEC-002"]);
    expect(refusals.find((r) => r.code === "IKZ-DEC-001")?.params).toMatchObject({ value: "kaus", date: DATE });
  });
});

describe("type, phase and body", () => {
  it("a type not possible in the phase names the types that are", () => {
    const s = history("assessment");
    openMeeting(s.model);
    const r = plan(s.model, draft({ type: "mandate" })).refusals;
    expect(codes(r)).toEqual(["decide.typeNotInPhase"]);
    expect(r[0]!.params).toMatchObject({ type: "mandate", phase: "assessment" });
    expect(String(r[0]!.params!.allowed).split(", ")).toEqual(["accept_report", "milestone", "change_mandate", "support", "hold", "cancel", "acknowledge"]);
  });

  it("the mayors' assembly cancels only from councils on", () => {
    const early = history("assessment");
    expect(codes(plan(early.model, draft({ type: "cancel", body: "mayors_assembly", meeting: undefined, present: undefined, reason: "Ausstieg", votes: { for: 4, against: 0, abstain: 0 } })).refusals)).toEqual(["decide.bodyOnlyInPhases"]);
    const late = history("councils");
    const ok = plan(late.model, draft({ type: "cancel", body: "mayors_assembly", meeting: undefined, present: undefined, reason: "Ausstieg", votes: { for: 4, against: 0, abstain: 0 } }));
    expect(ok.refusals).toEqual([]);
    expect(ok.effect).toEqual({ phase: "cancelled", cancelReason: "Ausstieg" });
    expect([ok.decision.phase_before, ok.decision.phase_after]).toEqual(["councils", "cancelled"]);
  });

  it("a lifecycle override in ikz.yaml (direction only by the mayors' assembly) refuses a steering-group direction in decide and in validate", () => {
    const config: IkzConfig = { ...baseConfig(), lifecycle: { direction: { bodies: ["mayors_assembly"] } } };
    const s = history("proposal");
    s.project.data.legal_form = "oerv_mandate";
    s.model.config = { file: "ikz.yaml", data: config, body: "" };
    openMeeting(s.model);
    expect(codes(plan(s.model, draft({ type: "direction" })).refusals)).toEqual(["decide.bodyNotAllowed"]);
    expect(codes(plan(s.model, draft({ type: "direction", body: "mayors_assembly", meeting: undefined, present: undefined, votes: { for: 4, against: 0, abstain: 0 } })).refusals)).toEqual([]);
    // The same rule in validation: a recorded steering-group direction is now IKZ-LC-003.
    const v = history("councils");
    v.model.decisions.find((d) => d.data.type === "direction")!.data.body = "steering_group";
    const directionMeeting = meeting({ id: "LG-2025-09", date: v.model.decisions.find((d) => d.data.type === "direction")!.data.date });
    v.model.meetings.push(directionMeeting);
    const dir = v.model.decisions.find((d) => d.data.type === "direction")!.data;
    Object.assign(dir, { meeting: "LG-2025-09", present: roster(dir.date), votes: { for: roster(dir.date).length, against: 0, abstain: 0 } });
    expect(codes(rules(v.model))).toEqual([]);
    v.model.config = { file: "ikz.yaml", data: config, body: "" };
    expect(codes(rules(v.model))).toContain("IKZ-LC-003");
  });
});

describe("decide refuses what validation would flag afterwards", () => {
  it("a type not possible in the phase is refused whatever the outcome", () => {
    const s = history("idea");
    openMeeting(s.model);
    for (const outcome of ["rejected", "deferred", "rework"] as const) {
      const r = plan(s.model, draft({ type: "close", outcome, reason: "x", ...(outcome === "rejected" ? { votes: { for: 0, against: 5, abstain: 0 } } : {}) })).refusals;
      expect(codes(r)).toEqual(["decide.typeNotInPhase"]);
      expect(r[0]!.params).toMatchObject({ type: "close", phase: "idea" });
    }
  });

  it("a back-dated decision that leaves later decisions in a phase they are not possible in is refused (decide.breaksLater)", () => {
    const s = history("proposal");
    s.project.data.legal_form = "oerv_mandate";
    const later = s.decide("direction", { date: "2026-03-12", outcome: "deferred", mode: "circulation" });
    expect(codes(rules(s.model))).toEqual([]);
    openMeeting(s.model);
    const r = plan(s.model, draft({ type: "direction" })).refusals;
    expect(codes(r)).toEqual(["decide.breaksLater"]);
    expect(r[0]!.params).toEqual({ date: DATE, later: later.data.id, laterDate: "2026-03-12", laterType: "direction", phase: "councils" });
    // On the later date, after the deferral, the direction is possible.
    const after = history("proposal");
    after.project.data.legal_form = "oerv_mandate";
    after.decide("direction", { date: "2026-03-09", outcome: "deferred", mode: "circulation" });
    openMeeting(after.model);
    expect(plan(after.model, draft({ type: "direction" })).refusals).toEqual([]);
  });

  it("every member present excluded is refused (IKZ-DEC-022); the quorum still counts them", () => {
    const s = history("assessment");
    openMeeting(s.model);
    const everyone = roster(DATE);
    expect(codes(plan(s.model, draft({ mode: "consensus", votes: undefined, excluded: everyone })).refusals)).toEqual(["IKZ-DEC-022"]);
    expect(plan(s.model, draft({ mode: "consensus", votes: undefined, excluded: everyone.slice(1) })).refusals).toEqual([]);
  });

  it("accepting a report submitted after the decision date is refused (IKZ-LC-020)", () => {
    const s = history("operation");
    openMeeting(s.model);
    s.model.reports.push(report({ period: "2026-Q1", kind: "quarterly", submitted: "2026-03-11" }));
    const r = plan(s.model, draft({ type: "accept_report", report: `${PROJECT_ID}/2026-Q1` })).refusals;
    expect(codes(r)).toEqual(["IKZ-LC-020"]);
    expect(r[0]!.params).toMatchObject({ submitted: "2026-03-11", date: DATE });
    s.model.reports.at(-1)!.data.submitted = DATE;
    expect(plan(s.model, draft({ type: "accept_report", report: `${PROJECT_ID}/2026-Q1` })).refusals).toEqual([]);
  });
});

describe("guards and effects", () => {
  it("mandate without project manager, milestones and a second participant is refused; validation does not judge old decisions by today's record", () => {
    const s = history("prioritized");
    openMeeting(s.model);
    s.project.data.participants = [{ municipality: "raunheim", role: "lead" }];
    delete s.project.data.funding;
    const r = plan(s.model, draft({ type: "mandate" })).refusals;
    expect(r.map((x) => `${x.code} ${String(x.params?.what ?? x.params?.count)}`).sort()).toEqual(["IKZ-LC-010 milestones", "IKZ-LC-010 project_manager", "IKZ-LC-012 1"]);
    const done = history("assessment");
    delete done.project.data.milestones;
    expect(codes(rules(done.model)).filter((c) => c.startsWith("IKZ-LC"))).toEqual([]);
  });

  it("hold sets hold_until; resume clears it and returns to the phase before the hold", () => {
    const s = history("implementation");
    openMeeting(s.model);
    const hold = plan(s.model, draft({ type: "hold", reason: "Haushalt", resubmission: "2026-09-01" }));
    expect(hold.effect).toEqual({ phase: "on_hold", holdUntil: "2026-09-01" });
    const h = history("on_hold", { via: "councils" });
    openMeeting(h.model);
    const resume = plan(h.model, draft({ type: "resume" }));
    expect(resume.refusals).toEqual([]);
    expect(resume.effect).toEqual({ phase: "councils", clearHoldUntil: true });
  });

  it("rework, rejected and deferred have no effect and need no guards", () => {
    const s = history("prioritized");
    openMeeting(s.model);
    delete s.project.data.project_manager;
    for (const outcome of ["rework", "rejected", "deferred"] as const) {
      const p = plan(s.model, draft({ type: "mandate", outcome, reason: "Kosten offen", ...(outcome === "rejected" ? { votes: { for: 1, against: 4, abstain: 0 } } : {}) }));
      expect(p.refusals).toEqual([]);
      expect(p.effect).toEqual({});
      expect(p.decision.phase_before).toBeUndefined();
    }
  });

  it("a closed meeting takes no decisions; supersedes must name an existing decision", () => {
    const s = history("assessment");
    s.model.meetings.push(meeting({ id: "LG-2026-01", date: DATE, status: "closed", attendance: roster(DATE).map((member) => ({ member, present: true })) }));
    expect(codes(plan(s.model, draft({})).refusals)).toEqual(["decide.meetingClosed"]);
    const t = history("assessment");
    openMeeting(t.model);
    expect(codes(plan(t.model, draft({ supersedes: "B-2025-099" })).refusals)).toEqual(["decide.unknownSupersedes"]);
    expect(plan(t.model, draft({ supersedes: t.find("mandate").data.id })).refusals).toEqual([]);
  });
});

describe("review fixes: body of a standard, supersedes, condition due, resubmission, a gate passed twice", () => {
  const byMayors = { body: "mayors_assembly" as const, meeting: undefined, present: undefined, votes: { for: 4, against: 0, abstain: 0 } };

  it("a standard is set by the steering group only (lifecycle: standard.bodies)", () => {
    const s = history("assessment");
    openMeeting(s.model);
    expect(codes(plan(s.model, draft({ type: "standard", project: undefined, ...byMayors })).refusals)).toEqual(["decide.bodyNotAllowedAtAll"]);
    expect(plan(s.model, draft({ type: "standard", project: undefined })).refusals).toEqual([]);
  });

  it("supersedes: another project's decision → IKZ-DEC-017; a later one → IKZ-DEC-018; one already replaced → IKZ-DEC-016", () => {
    const s = history("assessment");
    openMeeting(s.model);
    s.model.decisions.push(decision({ id: "B-2025-050", date: "2025-06-01", project: "IKZ-2025-009" }));
    expect(codes(plan(s.model, draft({ supersedes: "B-2025-050" })).refusals)).toEqual(["IKZ-DEC-017"]);
    s.model.decisions.push(decision({ id: "B-2026-009", date: "2026-04-01", meeting: "LG-2026-01" }));
    expect(codes(plan(s.model, draft({ supersedes: "B-2026-009" })).refusals)).toEqual(["IKZ-DEC-018"]);
    const mandate = s.find("mandate").data.id;
    s.model.decisions.push(decision({ id: "B-2026-000", date: "2026-03-01", meeting: "LG-2026-01", supersedes: mandate }));
    const twice = plan(s.model, draft({ supersedes: mandate })).refusals;
    expect(codes(twice)).toEqual(["IKZ-DEC-016"]);
    expect(twice[0]!.params).toMatchObject({ value: mandate, other: "B-2026-000" });
  });

  it("a condition due before the decision date → IKZ-DEC-019; on the day is fine", () => {
    const s = history("assessment");
    openMeeting(s.model);
    const withDue = (due: string) => draft({ outcome: "approved_with_conditions", conditions: [{ text: "Kostenschlüssel abstimmen", due, owner: "raunheim" }] });
    expect(codes(plan(s.model, withDue("2026-03-09")).refusals)).toEqual(["IKZ-DEC-019"]);
    expect(plan(s.model, withDue(DATE)).refusals).toEqual([]);
  });

  it("a hold's resubmission on or before the decision date → IKZ-LC-018", () => {
    const s = history("assessment");
    openMeeting(s.model);
    const hold = (resubmission: string) => draft({ type: "hold", reason: "Haushalt", resubmission });
    expect(codes(plan(s.model, hold(DATE)).refusals)).toEqual(["IKZ-LC-018"]);
    expect(plan(s.model, hold("2026-03-11")).refusals).toEqual([]);
  });

  it("a gate already passed by an approved milestone decision → IKZ-LC-017; after a rework it may be decided", () => {
    const s = history("implementation");
    s.decide("milestone", { milestone: "M1", date: "2025-11-03", outcome: "rework", reason: "Nachweis fehlt" });
    openMeeting(s.model);
    expect(plan(s.model, draft({ type: "milestone", milestone: "M1" })).refusals).toEqual([]);
    const first = s.decide("milestone", { milestone: "M1", date: "2025-12-01" });
    const again = plan(s.model, draft({ type: "milestone", milestone: "M1" })).refusals;
    expect(codes(again)).toEqual(["IKZ-LC-017"]);
    expect(again[0]!.params).toMatchObject({ milestone: "M1", earlier: first.data.id });
  });
});
