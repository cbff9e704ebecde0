import { describe, expect, it } from "vitest";
import { describeIssue } from "../../../src/register/to-findings.js";
import { PROJECT_FILE, brief, history, lesson, only, report, rules } from "../../helpers/model.js";

describe("implementation_release", () => {
  it("a participant without an approved council resolution → IKZ-LC-005", () => {
    const s = history("implementation");
    s.project.data.council_resolutions = s.project.data.council_resolutions!.filter((r) => r.municipality !== "trebur");
    const d = s.find("implementation_release");
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`error IKZ-LC-005 ${d.file} type`]);
    expect(issues[0]!.params).toEqual({ type: "implementation_release", project: "IKZ-2025-001", municipality: "trebur" });
    expect(describeIssue(issues[0]!, "de")).toBe("Umsetzungsfreigabe für IKZ-2025-001: für „trebur“ fehlt ein zustimmender Gremienbeschluss bis zum Beschlussdatum");
  });

  it("a deferred resolution or one after the release date → IKZ-LC-005", () => {
    const s = history("implementation");
    const d = s.find("implementation_release");
    s.project.data.council_resolutions![1]!.result = "deferred";
    s.project.data.council_resolutions![2]!.date = "2025-07-15";
    expect(brief(rules(s.model))).toEqual([`error IKZ-LC-005 ${d.file} type`, `error IKZ-LC-005 ${d.file} type`]);
    expect(rules(s.model).map((i) => i.params?.municipality).sort()).toEqual(["kelsterbach", "trebur"]);
  });

  it("without a signed agreement → IKZ-LC-010", () => {
    const s = history("implementation");
    delete s.project.data.agreement!.signed;
    const d = s.find("implementation_release");
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`error IKZ-LC-010 ${d.file} type`]);
    expect(issues[0]!.params).toMatchObject({ what: "agreement.signed" });
  });

  it("an agreement signed after the release → IKZ-LC-010", () => {
    const s = history("implementation");
    s.project.data.agreement!.signed = "2025-07-20";
    expect(brief(rules(s.model))).toEqual([`error IKZ-LC-010 ${s.find("implementation_release").file} type`]);
  });

  it("fewer than 2 participants → IKZ-LC-012", () => {
    const s = history("implementation");
    s.project.data.participants = [{ municipality: "raunheim", role: "lead" }];
    delete s.project.data.funding;
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`error IKZ-LC-012 ${s.find("implementation_release").file} type`]);
    expect(issues[0]!.params).toMatchObject({ count: 1 });
  });

  it("a release that cannot take effect (wrong phase) is only IKZ-LC-002, its guards are not checked", () => {
    const s = history("proposal");
    const d = s.decide("implementation_release");
    expect(s.project.data.phase).toBe("proposal");
    expect(brief(rules(s.model))).toEqual([`error IKZ-LC-002 ${d.file} type`]);
  });

  it("a rejected release has no guards", () => {
    const s = history("councils");
    s.decide("implementation_release", { outcome: "rejected", reason: "Vereinbarung fehlt", votes: { for: 1, against: 3, abstain: 0 } });
    expect(s.project.data.phase).toBe("councils");
    expect(brief(rules(s.model))).toEqual([]);
  });
});

describe("start_operation", () => {
  it("without agreement.effective → IKZ-LC-010", () => {
    const s = history("operation");
    delete s.project.data.agreement!.effective;
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`error IKZ-LC-010 ${s.find("start_operation").file} type`]);
    expect(issues[0]!.params).toMatchObject({ what: "agreement.effective" });
  });
});

describe("milestone decisions (IKZ-LC-006)", () => {
  it("a done gate milestone passes", () => {
    const s = history("implementation");
    s.decide("milestone", { milestone: "M1" });
    expect(brief(rules(s.model))).toEqual([]);
  });

  it("a milestone that is not a gate → IKZ-LC-016", () => {
    const s = history("implementation");
    const d = s.decide("milestone", { milestone: "M2" });
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`error IKZ-LC-016 ${d.file} milestone`]);
    expect(issues[0]!.params).toMatchObject({ type: "milestone", milestone: "M2" });
  });

  it("a gate milestone not recorded as done → IKZ-LC-019", () => {
    const s = history("implementation");
    const d = s.decide("milestone", { milestone: "M3" });
    expect(brief(rules(s.model))).toEqual([`error IKZ-LC-019 ${d.file} milestone`]);
  });

  it("a gate milestone done only after the decision → IKZ-LC-006", () => {
    const s = history("implementation");
    const d = s.decide("milestone", { milestone: "M3" });
    s.project.data.milestones![2]!.done = "2025-12-01";
    expect(brief(rules(s.model))).toEqual([`error IKZ-LC-006 ${d.file} milestone`]);
  });
});

describe("close (IKZ-LC-007, IKZ-LC-013)", () => {
  it("without an accepted final or evaluation report → IKZ-LC-007 (report)", () => {
    const s = history("closed");
    const accept = s.model.decisions.filter((d) => d.data.type === "accept_report").at(-1)!;
    Object.assign(accept.data, { outcome: "rework", reason: "Kennzahlen fehlen" });
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`error IKZ-LC-007 ${s.find("close").file} type`]);
    expect(issues[0]!.params).toMatchObject({ type: "close", project: "IKZ-2025-001" });
  });

  it("only a quarterly report accepted → IKZ-LC-007 (report)", () => {
    const s = history("closed");
    const final = s.model.reports.find((r) => r.data.period === "final")!;
    Object.assign(final, report({ period: "2025-Q4", kind: "quarterly", submitted: "2025-12-01" }));
    s.model.decisions.filter((d) => d.data.report === "IKZ-2025-001/final").forEach((d) => (d.data.report = "IKZ-2025-001/2025-Q4"));
    expect(only(rules(s.model), "IKZ-LC-007").params).toMatchObject({ type: "close" });
  });

  it("an accepted evaluation report is enough", () => {
    const s = history("closed");
    const final = s.model.reports.find((r) => r.data.period === "final")!;
    Object.assign(final, report({ period: "evaluation", kind: "evaluation", submitted: "2025-12-01" }));
    s.model.decisions.filter((d) => d.data.report === "IKZ-2025-001/final").forEach((d) => (d.data.report = "IKZ-2025-001/evaluation"));
    expect(brief(rules(s.model))).toEqual([]);
  });

  it("without a lesson of the project → IKZ-LC-013", () => {
    const s = history("closed");
    s.model.lessons = [lesson({ project: undefined })];
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`error IKZ-LC-013 ${s.find("close").file} type`]);
    expect(issues[0]!.params).toMatchObject({ type: "close" });
  });

  it("close directly from operation", () => {
    const s = history("operation");
    s.model.reports.push(report({ period: "final", kind: "final", submitted: "2025-09-20" }));
    s.model.lessons.push(lesson({ date: "2025-09-22" }));
    s.decide("accept_report", { report: "IKZ-2025-001/final" });
    s.decide("close");
    expect(s.project.data.phase).toBe("closed");
    expect(brief(rules(s.model))).toEqual([]);
  });
});

describe("accept_report (IKZ-LC-008)", () => {
  it("a report accepted twice → IKZ-LC-008 on the second", () => {
    const s = history("operation");
    s.model.reports.push(report({ period: "2025-Q3", kind: "quarterly", submitted: "2025-10-10" }));
    const first = s.decide("accept_report", { report: "IKZ-2025-001/2025-Q3", date: "2025-10-13" });
    const second = s.decide("accept_report", { report: "IKZ-2025-001/2025-Q3" });
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`error IKZ-LC-008 ${second.file} report`]);
    expect(issues[0]!.params).toMatchObject({ report: "IKZ-2025-001/2025-Q3", earlier: first.data.id });
  });

  it("accepting after a rework is fine", () => {
    const s = history("operation");
    s.model.reports.push(report({ period: "2025-Q3", kind: "quarterly", submitted: "2025-10-10" }));
    s.decide("accept_report", { report: "IKZ-2025-001/2025-Q3", outcome: "rework", reason: "Ampeln begründen" });
    s.decide("accept_report", { report: "IKZ-2025-001/2025-Q3" });
    expect(brief(rules(s.model))).toEqual([]);
  });

  it("a report submitted after the decision date → IKZ-LC-020 on the decision's report; submitted that day is fine", () => {
    const s = history("operation");
    s.model.reports.push(report({ period: "2025-Q3", kind: "quarterly", submitted: "2025-10-14" }));
    const d = s.decide("accept_report", { report: "IKZ-2025-001/2025-Q3", date: "2025-10-13" });
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`error IKZ-LC-020 ${d.file} report`]);
    expect(only(issues, "IKZ-LC-020").params).toEqual({ type: "accept_report", project: "IKZ-2025-001", report: "IKZ-2025-001/2025-Q3", submitted: "2025-10-14", date: "2025-10-13" });
    expect(describeIssue(only(issues, "IKZ-LC-020"), "de")).toContain("Bericht IKZ-2025-001/2025-Q3 wurde erst am 14.10.2025 eingereicht, nach dem Beschlussdatum 13.10.2025");
    d.data.date = "2025-10-14";
    d.data.meeting = s.decide("acknowledge", { date: "2025-10-14" }).data.meeting!;
    expect(brief(rules(s.model))).toEqual([]);
  });

  it("an acceptance that does not take effect is not held to the submission date", () => {
    const s = history("operation");
    s.model.reports.push(report({ period: "2025-Q3", kind: "quarterly", submitted: "2025-10-14" }));
    s.decide("accept_report", { report: "IKZ-2025-001/2025-Q3", date: "2025-10-13", outcome: "deferred" });
    expect(brief(rules(s.model))).toEqual([]);
  });
});

describe("legal form", () => {
  it("direction with legal_form open → IKZ-LC-009 (and IKZ-PRJ-008 in councils)", () => {
    const s = history("councils");
    s.project.data.legal_form = "open";
    const d = s.find("direction");
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`error IKZ-LC-009 ${d.file} type`, `error IKZ-PRJ-008 ${PROJECT_FILE} legal_form`]);
    expect(only(issues, "IKZ-LC-009").params).toEqual({ type: "direction", project: "IKZ-2025-001" });
    expect(only(issues, "IKZ-PRJ-008").params).toEqual({ phase: "councils" });
  });

  it("direction without a legal form → IKZ-LC-009", () => {
    const s = history("councils");
    delete s.project.data.legal_form;
    expect(brief(rules(s.model))).toEqual([`error IKZ-LC-009 ${s.find("direction").file} type`]);
  });

  it.each(["councils", "implementation", "closed"] as const)("legal_form open in %s → IKZ-PRJ-008", (phase) => {
    const s = history(phase);
    s.project.data.legal_form = "open";
    expect(brief(rules(s.model))).toContain(`error IKZ-PRJ-008 ${PROJECT_FILE} legal_form`);
  });

  it("legal_form open before the direction decision is fine", () => {
    const s = history("proposal");
    s.project.data.legal_form = "open";
    expect(brief(rules(s.model))).toEqual([]);
  });
});

describe("prioritize (IKZ-LC-015)", () => {
  it("needs two municipalities interested by the decision date", () => {
    const s = history("prioritized");
    const prio = s.find("prioritize");
    s.project.data.interest = [
      { municipality: "raunheim", level: "interested", date: prio.data.date },
      { municipality: "kelsterbach", level: "interested", date: "2099-01-01" },
    ];
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`error IKZ-LC-015 ${prio.file} type`]);
    expect(issues[0]!.params).toMatchObject({ count: 1 });
    // "nur 1 Kommunen" / "only 1 municipalities" before: worded so that 0 and 1 both read right.
    expect(describeIssue(issues[0]!, "de")).toContain("am Beschlussdatum hatte erst 1 der 2 nötigen Kommunen Interesse bekundet");
    expect(describeIssue(issues[0]!, "en")).toContain("only 1 of the 2 municipalities needed had declared interest");
  });

  it("says 'noch keine' when no municipality had declared interest, not 'erst 0'", () => {
    const s = history("prioritized");
    const prio = s.find("prioritize");
    s.project.data.interest = [{ municipality: "raunheim", level: "observer", date: prio.data.date }];
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`error IKZ-LC-015 ${prio.file} type`]);
    expect(issues[0]!.params).toMatchObject({ count: 0 });
    expect(describeIssue(issues[0]!, "de")).toContain("am Beschlussdatum hatte noch keine der 2 nötigen Kommunen Interesse bekundet (interested)");
    expect(describeIssue(issues[0]!, "en")).toContain("by the decision date none of the 2 municipalities needed had yet declared interest");
    expect(describeIssue(issues[0]!, "de")).not.toContain("erst 0");
  });

  it("counts each municipality's latest expression: a withdrawal before the decision does not count", () => {
    const s = history("prioritized");
    const prio = s.find("prioritize");
    s.project.data.interest = [
      { municipality: "raunheim", level: "interested", date: "2025-02-02" },
      { municipality: "kelsterbach", level: "interested", date: "2025-02-02" },
      { municipality: "kelsterbach", level: "declined", date: "2025-02-03" },
    ];
    expect(brief(rules(s.model))).toEqual([`error IKZ-LC-015 ${prio.file} type`]);
  });
});

describe("rules added after review 7 (validation reports what decide refuses)", () => {
  it("a gate passed twice → IKZ-LC-017 on the second decision", () => {
    const s = history("implementation");
    const first = s.decide("milestone", { milestone: "M1" });
    const second = s.decide("milestone", { milestone: "M1" });
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`error IKZ-LC-017 ${second.file} milestone`]);
    expect(issues[0]!.params).toMatchObject({ milestone: "M1", earlier: first.data.id });
  });

  it("a hold resubmitted on its own date → IKZ-LC-018", () => {
    const s = history("on_hold");
    const hold = s.find("hold");
    hold.data.resubmission = hold.data.date;
    s.project.data.hold_until = hold.data.date;
    expect(brief(rules(s.model))).toEqual([`error IKZ-LC-018 ${hold.file} resubmission`]);
  });

  it("a decision superseded twice → IKZ-DEC-016 on the later one; the first replacement stands", () => {
    const s = history("assessment");
    const mandate = s.find("mandate").data.id;
    const first = s.decide("acknowledge", { supersedes: mandate });
    const second = s.decide("acknowledge", { supersedes: mandate });
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`error IKZ-DEC-016 ${second.file} supersedes`]);
    expect(issues[0]!.params).toMatchObject({ value: mandate, other: first.data.id });
  });
});
