import { describe, expect, it } from "vitest";
import { KINDS, compileAll, describeErrors, implementationProject, minimal, omit, type Kind } from "./fixtures.js";

const { validate } = compileAll();

function expectValid(kind: Kind, data: unknown): void {
  const errors = validate(kind, data);
  expect(errors, describeErrors(errors)).toEqual([]);
}

/** Expects at least one error with this keyword (and instance path, when given). */
function expectError(kind: Kind, data: unknown, keyword: string, instancePath?: string): void {
  const errors = validate(kind, data);
  const hit = errors.some((e) => e.keyword === keyword && (instancePath === undefined || e.instancePath === instancePath));
  expect(hit, `expected ${keyword} at ${instancePath ?? "any path"}, got:\n${describeErrors(errors)}`).toBe(true);
}

function expectMissing(kind: Kind, data: unknown, key: string, instancePath = ""): void {
  const errors = validate(kind, data);
  const hit = errors.some((e) => e.keyword === "required" && e.instancePath === instancePath && e.params.missingProperty === key);
  expect(hit, `expected ${key} to be required, got:\n${describeErrors(errors)}`).toBe(true);
}

describe("schemas: minimal and full records", () => {
  it.each(KINDS)("a minimal %s passes", (kind) => expectValid(kind, minimal(kind)));

  it("a full ikz.yaml passes", () => {
    expectValid("config", {
      ...minimal("config"),
      language: "de",
      timezone: "Europe/Berlin",
      sample: true,
      ids: { project: "IKZ", decision: "B", meeting: "LG", lesson: "LL" },
      regions: [{ id: "mittelkreis", name: "Mittelkreis" }],
      funding_programs: [{
        id: "ikz-hessen", name: "IKZ-Förderung Hessen", valid_until: "2026-12-31", url: "https://innen.hessen.de",
        rules: { min_partners: 3, min_partners_with_justification: 2, min_duration_years: 5, min_savings_pct: 15,
          standard_grant_eur: [{ min_partners: 2, amount_eur: 50000 }, { min_partners: 3, amount_eur: 75000 }, { min_partners: 4, amount_eur: 100000 }] },
      }],
      priority_criteria: [{ id: "einsparpotenzial", name: "Einsparpotenzial", weight: 100 }],
      reporting: { quarterly_reports: true, report_due_days: 30 },
      contact: { name: "Marion Götz", role: "Vorsitzende", organisation: "Magistrat der Stadt Raunheim", address: "Am Stadtzentrum 1, 65479 Raunheim", phone: "06142 / 402-216", email: "m.goetz@raunheim.de" },
    });
  });

  it("a project in implementation with its phase's fields passes", () => expectValid("project", implementationProject()));

  it("a full decision, meeting, report and lesson pass", () => {
    expectValid("decision", {
      ...minimal("decision"), type: "mandate", mode: "vote", meeting: "LG-2025-02", outcome: "approved_with_conditions",
      votes: { for: 5, against: 0, abstain: 1 }, present: ["goetz", "schell"], excluded: [], phase_before: "prioritized", phase_after: "assessment",
      conditions: [{ text: "Kostenschlüssel abstimmen", due: "2025-09-30", owner: "riedstadt" }], supersedes: "B-2025-009", visibility: "public", sample: true,
    });
    expectValid("meeting", {
      ...minimal("meeting"), status: "closed", location: "Rathaus Raunheim",
      attendance: [{ member: "goetz", present: true }, { member: "schell", present: false, substitute: "Eva Muster" }],
      guests: [{ name: "Anna Beispiel", role: "Projektleitung" }], agenda: [{ item: 1, title: "Projektauftrag", kind: "decision", project: "IKZ-2025-003", decision_type: "mandate" }],
      actions: [{ text: "Entwurf versenden", owner: "Geschäftsstelle", due: "2025-06-30" }], next_meeting: "2025-08-26",
    });
    expectValid("report", {
      ...minimal("report"), author: "Anna Beispiel", lights: { overall: "yellow", schedule: "green", costs: "red", quality: "green", resources: "yellow" },
      progress_pct: 40, savings_realized_eur: 24000, funding_received_eur: 0, milestones: [{ id: "M2", status: "at_risk", date: "2025-10-31" }],
      risks: [{ text: "Stelle bleibt unbesetzt", probability: 2, impact: 3, measure: "Abordnung prüfen" }],
      support_needed: [{ kind: "mediation", text: "Moderation" }], requests: ["Freigabe der Stellenausschreibung"],
    });
    expectValid("report", { ...minimal("report"), period: "assessment", kind: "assessment" });
    expectValid("lesson", { ...minimal("lesson"), project: "IKZ-2025-003", applies_to: ["finanzen"], tags: ["gremien"], author: "Marion Götz", released: true, applied_in: ["IKZ-2025-005"] });
  });
});

describe("schemas: closed objects", () => {
  it.each(KINDS)("an unknown key in a %s is an error, an x- key is allowed", (kind) => {
    expectError(kind, { ...minimal(kind), colour: "blue" }, "additionalProperties", "");
    expectValid(kind, { ...minimal(kind), "x-foo": { anything: [1, 2] } });
  });

  it("nested objects are closed the same way", () => {
    const project = implementationProject();
    const participants = project.participants as Array<Record<string, unknown>>;
    expectError("project", { ...project, participants: [{ ...participants[0], share: 50 }] }, "additionalProperties", "/participants/0");
    expectValid("project", { ...project, participants: [{ ...participants[0], "x-note": "ok" }, participants[1]] });
    expectError("report", { ...minimal("report"), lights: { overall: "green", mood: "red" } }, "additionalProperties", "/lights");
  });

  it.each(["__proto__", "constructor", "prototype"])("the key %s never validates", (key) => {
    for (const kind of KINDS) {
      const data = JSON.parse(JSON.stringify(minimal(kind))) as Record<string, unknown>;
      // An own property, as a YAML or JSON parser produces it (a plain assignment would set the prototype).
      Object.defineProperty(data, key, { value: 1, enumerable: true, configurable: true, writable: true });
      expectError(kind, data, "additionalProperties", "");
    }
    const scores = JSON.parse(`{"${key}": 3}`) as unknown;
    expectError("project", { ...minimal("project"), scores }, "propertyNames", "/scores");
  });

  it("scores: criterion ids as keys, 0 to 5 as values", () => {
    expectValid("project", { ...minimal("project"), scores: { einsparpotenzial: 4, "x-notiz": 0 } });
    expectError("project", { ...minimal("project"), scores: { Einsparung: 4 } }, "propertyNames", "/scores");
    expectError("project", { ...minimal("project"), scores: { einsparpotenzial: 6 } }, "maximum", "/scores/einsparpotenzial");
    expectError("project", { ...minimal("project"), scores: { einsparpotenzial: 2.5 } }, "type", "/scores/einsparpotenzial");
  });
});

describe("schemas: values", () => {
  it("a bad code is an enum error", () => {
    expectError("project", { ...minimal("project"), phase: "draft" }, "enum", "/phase");
    expectError("decision", { ...minimal("decision"), outcome: "accepted" }, "enum", "/outcome");
    expectError("report", { ...minimal("report"), lights: { overall: "amber" } }, "enum", "/lights/overall");
  });

  it("money is a whole number of euros, at least 0", () => {
    expectValid("project", { ...minimal("project"), baseline_costs_eur: 0, savings_planned_eur: 1_000_000_000_000 });
    expectError("project", { ...minimal("project"), baseline_costs_eur: -1 }, "minimum", "/baseline_costs_eur");
    expectError("project", { ...minimal("project"), baseline_costs_eur: 1.5 }, "type", "/baseline_costs_eur");
    expectError("project", { ...minimal("project"), baseline_costs_eur: "480000" }, "type", "/baseline_costs_eur");
  });

  it("dates are real calendar dates in YYYY-MM-DD", () => {
    expectValid("project", { ...minimal("project"), created: "2024-02-29" });
    expectError("project", { ...minimal("project"), created: "2025-02-30" }, "format", "/created");
    expectError("project", { ...minimal("project"), created: "2025-2-3" }, "pattern", "/created");
    expectError("project", { ...minimal("project"), created: "2025-01-15T10:00:00Z" }, "maxLength", "/created");
  });

  it("titles have at most 200 code points, other strings 2000", () => {
    expectValid("project", { ...minimal("project"), title: "x".repeat(200) });
    expectValid("project", { ...minimal("project"), title: "ä".repeat(199) + "😀" });
    expectError("project", { ...minimal("project"), title: "x".repeat(201) }, "maxLength", "/title");
    expectError("project", { ...minimal("project"), title: "" }, "minLength", "/title");
    expectValid("project", { ...minimal("project"), phase: "cancelled", cancel_reason: "y".repeat(2000) });
    expectError("project", { ...minimal("project"), phase: "cancelled", cancel_reason: "y".repeat(2001) }, "maxLength", "/cancel_reason");
  });

  it("lists have at most 500 entries", () => {
    const tags = (n: number): string[] => Array.from({ length: n }, (_, i) => `tag-${i}`);
    expectValid("project", { ...minimal("project"), tags: tags(500) });
    expectError("project", { ...minimal("project"), tags: tags(501) }, "maxItems", "/tags");
  });

  it("IDs follow their patterns", () => {
    expectValid("project", { ...minimal("project"), id: "KGG1-2025-1234" });
    expectError("project", { ...minimal("project"), id: "IKZ-25-003" }, "pattern", "/id");
    expectError("project", { ...minimal("project"), id: "ikz-2025-003" }, "pattern", "/id");
    expectError("meeting", { ...minimal("meeting"), id: "LG-2025-2" }, "pattern", "/id");
    expectValid("decision", { ...minimal("decision"), type: "accept_report", report: "IKZ-2025-003/final" });
    expectError("decision", { ...minimal("decision"), type: "accept_report", report: "IKZ-2025-003/2025-Q5" }, "pattern", "/report");
    expectError("report", { ...minimal("report"), period: "2025-Q5" }, "pattern", "/period");
    expectError("project", { ...implementationProject(), milestones: [{ id: "MS1", title: "x", due: "2025-01-01" }] }, "pattern", "/milestones/0/id");
  });

  it("e-mail addresses and percentages are checked", () => {
    expectError("project", { ...minimal("project"), project_manager: { name: "A", email: "not-an-address" } }, "format", "/project_manager/email");
    expectError("report", { ...minimal("report"), progress_pct: 101 }, "maximum", "/progress_pct");
  });

  it("a municipality needs a region unless it is the district", () => {
    const config = minimal("config");
    const [trebur, kreis] = config.municipalities as Array<Record<string, unknown>>;
    expectMissing("config", { ...config, municipalities: [omit(trebur!, "region"), kreis] }, "region", "/municipalities/0");
  });
});

describe("schemas: phase-dependent project fields", () => {
  it("an idea with only the base fields passes", () => expectValid("project", minimal("project")));

  it("implementation needs council resolutions, a signed agreement and milestones", () => {
    const project = omit(implementationProject(), "agreement", "council_resolutions", "milestones");
    for (const key of ["agreement", "council_resolutions", "milestones"]) expectMissing("project", project, key);
    expectError("project", { ...implementationProject(), council_resolutions: [] }, "minItems", "/council_resolutions");
    expectMissing("project", { ...implementationProject(), agreement: { type: "ÖrV" } }, "signed", "/agreement");
  });

  it("requirements grow with the phase", () => {
    expectMissing("project", { ...minimal("project"), phase: "prioritized" }, "lead");
    expectError("project", { ...minimal("project"), phase: "prioritized", lead: "trebur", participants: [] }, "minItems", "/participants");
    expectMissing("project", { ...minimal("project"), phase: "assessment", lead: "trebur", participants: [{ municipality: "trebur", role: "lead" }] }, "project_manager");
    const councils = omit({ ...implementationProject(), phase: "councils" }, "legal_form", "agreement", "council_resolutions");
    expectMissing("project", councils, "legal_form");
    expectValid("project", { ...councils, legal_form: "open" });
  });

  it("on_hold needs hold_until and cancelled a reason, nothing else", () => {
    expectMissing("project", { ...minimal("project"), phase: "on_hold" }, "hold_until");
    expectValid("project", { ...minimal("project"), phase: "on_hold", hold_until: "2026-01-31" });
    expectMissing("project", { ...minimal("project"), phase: "cancelled" }, "cancel_reason");
  });
});

describe("schemas: decision-dependent fields", () => {
  const decision = minimal("decision");

  it("approved_with_conditions needs at least one condition", () => {
    expectMissing("decision", { ...decision, outcome: "approved_with_conditions" }, "conditions");
    expectError("decision", { ...decision, outcome: "approved_with_conditions", conditions: [] }, "minItems", "/conditions");
  });

  it("hold needs a reason and a resubmission date", () => {
    expectMissing("decision", { ...decision, type: "hold", reason: "Haushaltssperre" }, "resubmission");
    expectMissing("decision", { ...decision, type: "hold", resubmission: "2026-03-01" }, "reason");
    expectValid("decision", { ...decision, type: "hold", reason: "Haushaltssperre", resubmission: "2026-03-01" });
  });

  it("standard has no project; every other type has one", () => {
    const standard = omit({ ...decision, type: "standard" }, "project");
    expectValid("decision", standard);
    expectError("decision", { ...standard, project: "IKZ-2025-003" }, "false schema", "/project");
    expectMissing("decision", omit(decision, "project"), "project");
  });

  it("votes, reasons, support kind, report and milestone when their type or mode needs them", () => {
    expectMissing("decision", { ...decision, mode: "vote" }, "votes");
    expectMissing("decision", { ...decision, outcome: "rework" }, "reason");
    expectMissing("decision", { ...decision, outcome: "rejected" }, "reason");
    expectMissing("decision", { ...decision, type: "cancel" }, "reason");
    expectMissing("decision", { ...decision, type: "change_mandate" }, "reason");
    expectMissing("decision", { ...decision, type: "support" }, "support_kind");
    expectMissing("decision", { ...decision, type: "accept_report" }, "report");
    expectMissing("decision", { ...decision, type: "milestone" }, "milestone");
  });

  it("a meeting records attendance once it is open or closed", () => {
    expectMissing("meeting", { ...minimal("meeting"), status: "open" }, "attendance");
    expectError("meeting", { ...minimal("meeting"), status: "closed", attendance: [] }, "minItems", "/attendance");
  });

  it("a report needs its overall light", () => {
    expectMissing("report", { ...minimal("report"), lights: { schedule: "green" } }, "overall", "/lights");
  });
});
