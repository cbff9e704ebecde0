import { describe, expect, it } from "vitest";
import type { Issue } from "../../../src/domain/finding.js";
import type { Project } from "../../../src/domain/types.generated.js";
import { describeIssue } from "../../../src/register/to-findings.js";
import { PROJECT_FILE, baseConfig, brief, history, keyPath, lesson, meeting, project, register, report, rules, single } from "../../helpers/model.js";

/** The reference issues (IKZ-REF-*) as `code path value hint`. */
const refs = (issues: readonly Issue[]) =>
  issues.filter((i) => i.code.startsWith("IKZ-REF-")).map((i) => `${i.code} ${i.file} ${keyPath(i.path)} ${i.params?.value ?? ""} ${i.params?.hint ?? ""}`.trimEnd());

describe("references from a project", () => {
  it.each<[string, (p: Project) => void, string]>([
    ["interest municipality", (p) => (p.interest![0]!.municipality = "raunhiem"), "IKZ-REF-001 interest[0].municipality raunhiem raunheim"],
    ["seat", (p) => (p.seat = "raunhiem"), "IKZ-REF-001 seat raunhiem raunheim"],
    ["project manager's municipality", (p) => (p.project_manager!.municipality = "kelsterbch"), "IKZ-REF-001 project_manager.municipality kelsterbch kelsterbach"],
    ["field", (p) => (p.field = "ordnungswesn"), "IKZ-REF-002 field ordnungswesn ordnungswesen"],
    ["sponsor", (p) => (p.sponsor = "goez"), "IKZ-REF-006 sponsor goez goetz"],
    ["funding programme", (p) => (p.funding![0]!.program = "hesen-ikz"), "IKZ-REF-007 funding[0].program hesen-ikz hessen-ikz"],
    ["score criterion", (p) => (p.scores = { einsparpotential: 4, machbarkeit: 3 }), "IKZ-REF-008 scores.einsparpotential einsparpotential einsparpotenzial"],
    ["decision of a done condition", (p) => (p.conditions_done = [{ decision: "B-2025-099", index: 1, date: "2025-08-01" }]), "IKZ-REF-005 conditions_done[0].decision B-2025-099 B-2025-001"],
  ])("unknown %s → exactly that finding, with a suggestion", (_what, mutate, expected) => {
    const s = history("operation");
    mutate(s.project.data);
    const issues = rules(s.model);
    expect(issues.map((i) => `${i.code} ${keyPath(i.path)} ${i.params?.value} ${i.params?.hint}`.trimEnd())).toEqual([expected]);
    expect(issues[0]!.file).toBe(PROJECT_FILE);
  });

  it("“raunhiem” → did you mean “raunheim”, in both languages", () => {
    const s = history("assessment");
    s.project.data.lead = "raunhiem";
    s.project.data.participants![0]!.municipality = "raunhiem";
    const issues = rules(s.model);
    expect(refs(issues)).toEqual([`IKZ-REF-001 ${PROJECT_FILE} lead raunhiem raunheim`, `IKZ-REF-001 ${PROJECT_FILE} participants[0].municipality raunhiem raunheim`]);
    expect(describeIssue(issues[0]!, "de")).toBe("unbekannte Kommune „raunhiem“ – meinten Sie „raunheim“? – IDs stehen in ikz.yaml unter municipalities");
    expect(describeIssue(issues[0]!, "en")).toBe("unknown municipality 'raunhiem' – did you mean 'raunheim'? – ids are listed in ikz.yaml under municipalities");
  });

  it("an unknown municipality in a council resolution", () => {
    const s = history("councils");
    s.project.data.council_resolutions = [{ municipality: "treburr", date: "2025-06-26", result: "approved" }];
    expect(refs(rules(s.model))).toEqual([`IKZ-REF-001 ${PROJECT_FILE} council_resolutions[0].municipality treburr trebur`]);
  });

  it("score keys starting with x- are not criteria", () => {
    const s = history("prioritized");
    s.project.data.scores = { einsparpotenzial: 4, "x-eigenes": 2 };
    expect(brief(rules(s.model))).toEqual([]);
  });

  it("without ikz.yaml nothing is checked against it", () => {
    const m = register({ config: null, projects: [project({ field: "unbekannt", sponsor: "niemand", lead: "nirgendwo" })] });
    expect(refs(rules(m))).toEqual([]);
  });
});

describe("references from decisions", () => {
  it("unknown project → IKZ-REF-003", () => {
    const s = single({ project: "IKZ-2025-009" });
    expect(refs(rules(s.model))).toEqual([`IKZ-REF-003 ${s.decision.file} project IKZ-2025-009 IKZ-2025-001`]);
  });

  it("a project that exists but failed its schema is not unknown", () => {
    const s = single({ project: "IKZ-2025-009" });
    s.model.invalidIds.add("IKZ-2025-009");
    expect(brief(rules(s.model))).toEqual([]);
  });

  it("unknown meeting → IKZ-REF-004", () => {
    const s = single({ meeting: "LG-2025-11" }, null);
    s.model.meetings.push(meeting({ id: "LG-2025-01" }));
    expect(refs(rules(s.model))).toEqual([`IKZ-REF-004 ${s.decision.file} meeting LG-2025-11 LG-2025-01`]);
  });

  it("unknown superseded decision → IKZ-REF-005", () => {
    const s = single({ supersedes: "B-2024-017" });
    expect(refs(rules(s.model))).toEqual([`IKZ-REF-005 ${s.decision.file} supersedes B-2024-017 B-2025-001`]);
  });

  it("unknown condition owner → IKZ-REF-001", () => {
    const s = single({ outcome: "approved_with_conditions", conditions: [{ text: "Konzept", owner: "trebr" }] });
    expect(refs(rules(s.model))).toEqual([`IKZ-REF-001 ${s.decision.file} conditions[0].owner trebr trebur`]);
  });

  it("unknown report → IKZ-REF-009", () => {
    const s = history("operation");
    const d = s.decide("accept_report", { report: "IKZ-2025-001/2025-Q9" });
    expect(refs(rules(s.model))).toEqual([`IKZ-REF-009 ${d.file} report IKZ-2025-001/2025-Q9`]);
  });

  it("unknown milestone → IKZ-REF-010", () => {
    const s = history("implementation");
    const d = s.decide("milestone", { milestone: "M9" });
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`error IKZ-REF-010 ${d.file} milestone`]);
    expect(issues[0]!.params?.value).toBe("M9");
  });

  it("a report of another project → IKZ-REF-012", () => {
    const s = history("operation");
    s.model.projects.push(project({ id: "IKZ-2025-002", title: "Gemeinsamer Bauhof" }));
    s.model.reports.push(report({ project: "IKZ-2025-002", period: "2025-Q3", kind: "quarterly", submitted: "2025-10-06" }));
    const d = s.decide("accept_report", { report: "IKZ-2025-002/2025-Q3" });
    const issues = rules(s.model);
    expect(brief(issues)).toEqual([`error IKZ-REF-012 ${d.file} report`]);
    expect(issues[0]!.params).toEqual({ value: "IKZ-2025-002/2025-Q3", project: "IKZ-2025-001" });
  });

  it("unknown steering-group member in present → IKZ-REF-006", () => {
    const s = single({ mode: "circulation", present: ["goetz", "ockel", "sittmann", "schel", "becker"] });
    expect(refs(rules(s.model))).toEqual([`IKZ-REF-006 ${s.decision.file} present[3] schel schell`]);
  });
});

describe("references from meetings, reports, lessons and ikz.yaml", () => {
  it("unknown project on a meeting's agenda → IKZ-REF-003", () => {
    const s = single({}, { agenda: [{ item: 1, title: "Projektauftrag", kind: "decision", project: "IKZ-2025-01" }] });
    expect(refs(rules(s.model))).toEqual([`IKZ-REF-003 ${s.meeting!.file} agenda[0].project IKZ-2025-01 IKZ-2025-001`]);
  });

  it("unknown project of a report → IKZ-REF-003; unknown milestone in a report → IKZ-REF-010", () => {
    const s = history("operation");
    const orphan = report({ project: "IKZ-2025-007", period: "2025-Q3", kind: "quarterly" });
    const q3 = report({ period: "2025-Q3", kind: "quarterly", milestones: [{ id: "M3", status: "done", date: "2025-09-10" }, { id: "M4", status: "open" }] });
    s.model.reports.push(orphan, q3);
    expect(refs(rules(s.model))).toEqual([`IKZ-REF-003 ${orphan.file} project IKZ-2025-007 IKZ-2025-001`, `IKZ-REF-010 ${q3.file} milestones[1].id M4 M1`]);
  });

  it("unknown project and field in a lesson → IKZ-REF-003, IKZ-REF-002", () => {
    const m = register({ projects: [project()], lessons: [lesson({ project: "IKZ-2025-002", applied_in: ["IKZ-2025-001", "IKZ-2024-001"], applies_to: ["finanzn"] })] });
    expect(refs(rules(m))).toEqual([
      "IKZ-REF-003 lessons/LL-2025-001-x.md project IKZ-2025-002 IKZ-2025-001",
      "IKZ-REF-003 lessons/LL-2025-001-x.md applied_in[1] IKZ-2024-001 IKZ-2025-001",
      "IKZ-REF-002 lessons/LL-2025-001-x.md applies_to[0] finanzn finanzen",
    ]);
  });

  it("unknown region of a municipality → IKZ-REF-011; unknown municipality a member represents → IKZ-REF-001", () => {
    const config = baseConfig();
    config.municipalities[3]!.region = "suedkries";
    config.steering_group.members[1]!.represents = "kelsterbak";
    expect(refs(rules(register({ config })))).toEqual([
      "IKZ-REF-011 ikz.yaml municipalities[3].region suedkries suedkreis",
      "IKZ-REF-001 ikz.yaml steering_group.members[1].represents kelsterbak kelsterbach",
    ]);
  });
});
