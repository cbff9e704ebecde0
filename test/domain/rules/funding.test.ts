import { describe, expect, it } from "vitest";
import type { Phase } from "../../../src/domain/lifecycle.js";
import type { Project } from "../../../src/domain/types.generated.js";
import { describeIssue } from "../../../src/register/to-findings.js";
import { PROJECT_FILE, brief, history, rules } from "../../helpers/model.js";

const twoPartners = (p: Project) => (p.participants = p.participants!.filter((x) => x.municipality !== "trebur"));

describe("funding warnings from proposal on", () => {
  it.each(["proposal", "councils", "implementation", "operation", "evaluation", "closed"] as Phase[])("the valid history in %s has no funding warnings", (phase) => {
    const s = history(phase);
    expect(s.project.data.funding).toHaveLength(1);
    expect(brief(rules(s.model))).toEqual([]);
  });

  it("2 partners → IKZ-FUND-005 (eligible only with a justification)", () => {
    const s = history("proposal");
    twoPartners(s.project.data);
    s.project.data.funding![0]!.amount_eur = 50000;
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`warning IKZ-FUND-005 ${PROJECT_FILE} funding[0].program`]);
    expect(issues[0]!.params).toEqual({ partners: 2, min: 3, program: "hessen-ikz" });
    expect(describeIssue(issues[0]!, "de")).toContain("nur mit Begründung förderfähig");
  });

  it("1 partner → IKZ-FUND-001", () => {
    const s = history("proposal");
    s.project.data.participants = [{ municipality: "raunheim", role: "lead" }];
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`warning IKZ-FUND-001 ${PROJECT_FILE} funding[0].program`]);
    expect(issues[0]!.params).toEqual({ partners: 1, min: 3, program: "hessen-ikz" });
  });

  it("a duration below 5 years → IKZ-FUND-002", () => {
    const s = history("councils");
    s.project.data.duration_years = 4;
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`warning IKZ-FUND-002 ${PROJECT_FILE} duration_years`]);
    expect(issues[0]!.params).toEqual({ years: 4, min: 5 });
  });

  it("no duration → IKZ-FUND-002 at the funding entry", () => {
    const s = history("councils");
    delete s.project.data.duration_years;
    expect(brief(rules(s.model))).toEqual([`warning IKZ-FUND-002 ${PROJECT_FILE} funding[0].program`]);
  });

  it("a savings rate below 15 % → IKZ-FUND-003", () => {
    const s = history("proposal");
    s.project.data.savings_planned_eur = 40000;
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`warning IKZ-FUND-003 ${PROJECT_FILE} savings_planned_eur`]);
    expect(issues[0]!.params).toEqual({ rate: 10, min: 15 });
  });

  it("a rate just below 15 % is shown rounded down (14,9 %), never as the threshold it misses", () => {
    const s = history("proposal");
    // Baseline 400 000 €: 59 850 € is 14,9625 %, which rounds to 15 %.
    s.project.data.savings_planned_eur = 59850;
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`warning IKZ-FUND-003 ${PROJECT_FILE} savings_planned_eur`]);
    expect(issues[0]!.params).toEqual({ rate: 14.9, min: 15 });
  });

  it("exactly 15 % passes", () => {
    const s = history("proposal");
    s.project.data.savings_planned_eur = 60000;
    expect(brief(rules(s.model))).toEqual([]);
  });

  it("no baseline → IKZ-FUND-006", () => {
    const s = history("proposal");
    delete s.project.data.baseline_costs_eur;
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`warning IKZ-FUND-006 ${PROJECT_FILE} funding[0].program`]);
    expect(issues[0]!.params).toEqual({ min: 15 });
  });

  it("an amount above the standard grant → IKZ-FUND-004", () => {
    const s = history("implementation");
    s.project.data.funding![0]!.amount_eur = 75001;
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`warning IKZ-FUND-004 ${PROJECT_FILE} funding[0].amount_eur`]);
    expect(issues[0]!.params).toEqual({ amount: 75001, grant: 75000, partners: 3 });
  });

  it("the grant grows with the partners: 4 partners → 100 000 €, 2 partners → 50 000 €", () => {
    const four = history("proposal");
    four.project.data.participants!.push({ municipality: "riedstadt", role: "partner" });
    four.project.data.funding![0]!.amount_eur = 100000;
    expect(brief(rules(four.model))).toEqual([]);
    four.project.data.funding![0]!.amount_eur = 100001;
    expect(brief(rules(four.model))).toEqual([`warning IKZ-FUND-004 ${PROJECT_FILE} funding[0].amount_eur`]);
    const two = history("proposal");
    twoPartners(two.project.data);
    expect(brief(rules(two.model))).toEqual([`warning IKZ-FUND-004 ${PROJECT_FILE} funding[0].amount_eur`, `warning IKZ-FUND-005 ${PROJECT_FILE} funding[0].program`]);
  });

  it("a rejected funding application is not checked", () => {
    const s = history("proposal");
    s.project.data.funding![0]!.status = "rejected";
    s.project.data.duration_years = 2;
    expect(brief(rules(s.model))).toEqual([]);
  });

  it.each(["idea", "interest", "prioritized", "assessment"] as Phase[])("no funding warnings in %s", (phase) => {
    const s = history(phase);
    Object.assign(s.project.data, {
      participants: [{ municipality: "raunheim", role: "lead" }],
      lead: "raunheim",
      duration_years: 1,
      baseline_costs_eur: 100000,
      savings_planned_eur: 1000,
      funding: [{ program: "hessen-ikz", status: "planned", amount_eur: 999999 }],
    });
    expect(brief(rules(s.model)).filter((x) => x.includes("IKZ-FUND-"))).toEqual([]);
  });

  it("on hold and cancelled projects get no funding warnings", () => {
    for (const phase of ["on_hold", "cancelled"] as Phase[]) {
      const s = history(phase, { via: "councils" });
      s.project.data.duration_years = 1;
      expect(brief(rules(s.model))).toEqual([]);
    }
  });
});
