import { describe, expect, it } from "vitest";
import { baseConfig, brief, decision, lesson, meeting, project, register, report, rules, single } from "../../helpers/model.js";

describe("ID and file name (IKZ-ID-001)", () => {
  it("a project whose ID differs from its file name", () => {
    const issues = rules(register({ projects: [project({}, "projects/IKZ-2025-002-x.md")] }));
    expect(brief(issues)).toEqual(["error IKZ-ID-001 projects/IKZ-2025-002-x.md id"]);
    expect(issues[0]!.params).toEqual({ id: "IKZ-2025-001", expected: "IKZ-2025-002" });
  });

  it("a decision, a meeting and a lesson whose IDs differ from their file names", () => {
    const s = single({ mode: "circulation" }, null);
    s.decision.file = "decisions/2025/B-2025-002.md";
    s.model.meetings.push(meeting({ id: "LG-2025-02" }, "meetings/2025/LG-2025-03.md"));
    s.model.lessons.push(lesson({}, "lessons/LL-2025-004-x.md"));
    expect(brief(rules(s.model))).toEqual([
      "error IKZ-ID-001 decisions/2025/B-2025-002.md id",
      "error IKZ-ID-001 lessons/LL-2025-004-x.md id",
      "error IKZ-ID-001 meetings/2025/LG-2025-03.md id",
    ]);
  });
});

describe("duplicate IDs (IKZ-ID-002)", () => {
  it("two project files with one ID", () => {
    const issues = rules(register({ projects: [project(), project({ title: "Zweites Projekt" }, "projects/IKZ-2025-001-zweites-projekt.md")] }));
    expect(brief(issues)).toEqual(["error IKZ-ID-002 projects/IKZ-2025-001-zweites-projekt.md id"]);
    expect(issues[0]!.params).toEqual({ id: "IKZ-2025-001", other: "projects/IKZ-2025-001-x.md" });
  });

  it("two lesson files with one ID", () => {
    const m = register({ projects: [project()], lessons: [lesson(), lesson({ title: "Anderes" }, "lessons/LL-2025-001-anderes.md")] });
    expect(brief(rules(m))).toEqual(["error IKZ-ID-002 lessons/LL-2025-001-anderes.md id"]);
  });

  it("records of different kinds share one ID space; the first in the register is named, for every later one", () => {
    const m = register({
      projects: [project()],
      lessons: [lesson({ id: "IKZ-2025-001" }, "lessons/IKZ-2025-001-lehre.md")],
      meetings: [meeting({ id: "IKZ-2025-001" }, "meetings/2025/IKZ-2025-001.md")],
    });
    const duplicates = rules(m).filter((i) => i.code === "IKZ-ID-002");
    expect(duplicates.map((i) => [i.file, i.params?.other])).toEqual([
      ["meetings/2025/IKZ-2025-001.md", "projects/IKZ-2025-001-x.md"],
      ["lessons/IKZ-2025-001-lehre.md", "projects/IKZ-2025-001-x.md"],
    ]);
  });

  it("a third file with one ID names the first, not the second", () => {
    const m = register({ projects: [project(), project({}, "projects/IKZ-2025-001-b.md"), project({}, "projects/IKZ-2025-001-c.md")] });
    const duplicates = rules(m).filter((i) => i.code === "IKZ-ID-002");
    expect(duplicates.map((i) => [i.file, i.params?.other])).toEqual([
      ["projects/IKZ-2025-001-b.md", "projects/IKZ-2025-001-x.md"],
      ["projects/IKZ-2025-001-c.md", "projects/IKZ-2025-001-x.md"],
    ]);
  });

  // A report's ID is its place: two reports share one only when one is in the wrong file, and that finding
  // (IKZ-ID-006) names the other; IKZ-ID-002 on top would say the same twice.
  it("two files with one report ID: one finding, on the misplaced one, naming the other", () => {
    const m = register({ projects: [project()], reports: [report({ period: "2025-Q2", kind: "quarterly" }), report({ period: "2025-Q2", kind: "quarterly" }, "reports/IKZ-2025-001/2025-Q3.md")] });
    const issues = rules(m);
    expect(brief(issues)).toEqual(["error IKZ-ID-006 reports/IKZ-2025-001/2025-Q3.md period"]);
    expect(issues[0]!.params?.other).toBe("reports/IKZ-2025-001/2025-Q2.md");
  });

  it("the misplaced copy sorts before the rightly placed report: still only the copy has the finding", () => {
    const m = register({ projects: [project()], reports: [report({ period: "assessment", kind: "assessment" }, "reports/IKZ-2025-001/2025-Q1.md"), report({ period: "assessment", kind: "assessment" }, "reports/IKZ-2025-001/assessment.md")] });
    const issues = rules(m);
    expect(brief(issues)).toEqual(["error IKZ-ID-006 reports/IKZ-2025-001/2025-Q1.md period"]);
    expect(issues[0]!.params?.other).toBe("reports/IKZ-2025-001/assessment.md");
  });
});

describe("prefixes (IKZ-ID-003)", () => {
  it("a project ID without the configured prefix", () => {
    const issues = rules(register({ projects: [project({ id: "PRJ-2025-001" })] }));
    expect(brief(issues)).toEqual(["error IKZ-ID-003 projects/PRJ-2025-001-x.md id"]);
    expect(issues[0]!.params).toEqual({ id: "PRJ-2025-001", prefix: "IKZ" });
  });

  it("prefixes come from ikz.yaml", () => {
    const config = baseConfig();
    config.ids = { ...config.ids, decision: "BS", lesson: "ER" };
    const s = single({ mode: "circulation" }, null, config);
    s.model.lessons.push(lesson());
    const issues = rules(s.model);
    expect(brief(issues)).toEqual(["error IKZ-ID-003 decisions/2025/B-2025-001.md id", "error IKZ-ID-003 lessons/LL-2025-001-x.md id"]);
    expect(issues.map((i) => i.params?.prefix).sort()).toEqual(["BS", "ER"]);
  });

  it("without ikz.yaml the default prefixes apply", () => {
    const m = register({ config: null, meetings: [meeting({ id: "SG-2025-01" })] });
    expect(brief(rules(m))).toEqual(["error IKZ-ID-003 meetings/2025/SG-2025-01.md id"]);
  });
});

describe("year (IKZ-ID-004)", () => {
  it("a decision dated in another year than its ID", () => {
    const s = single({ mode: "circulation" }, null);
    s.decision.data.date = "2024-12-01";
    const issues = rules(s.model);
    expect(brief(issues)).toEqual(["error IKZ-ID-004 decisions/2025/B-2025-001.md date"]);
    expect(issues[0]!.params).toEqual({ id: "B-2025-001", year: "2024" });
  });

  it("a decision in the folder of another year", () => {
    const s = single({ mode: "circulation" }, null);
    s.decision.file = "decisions/2024/B-2025-001.md";
    expect(brief(rules(s.model))).toEqual(["error IKZ-ID-004 decisions/2024/B-2025-001.md date"]);
  });

  it("a meeting dated in another year than its ID", () => {
    const m = register({ meetings: [meeting({ id: "LG-2025-01", date: "2024-12-01" })] });
    expect(brief(rules(m))).toEqual(["error IKZ-ID-004 meetings/2025/LG-2025-01.md date"]);
  });

  it("projects and lessons are not tied to a year", () => {
    const m = register({ projects: [project({ id: "IKZ-2024-001", created: "2025-01-10" })], lessons: [lesson({ id: "LL-2024-001", project: "IKZ-2024-001" })] });
    expect(brief(rules(m))).toEqual([]);
  });
});

describe("file name slug (IKZ-ID-005)", () => {
  const slug60 = "a".repeat(29) + "-" + "b".repeat(30);

  it.each([
    ["projects/IKZ-2025-001-Bad_Slug.md", "IKZ-2025-001-Bad_Slug", "IKZ-2025-001-bad-slug"],
    ["projects/IKZ-2025-001-x-.md", "IKZ-2025-001-x-", "IKZ-2025-001-x"],
    ["projects/IKZ-2025-001--x.md", "IKZ-2025-001--x", "IKZ-2025-001-x"],
    ["projects/IKZ-2025-001-grün.md", "IKZ-2025-001-grün", "IKZ-2025-001-gruen"],
    ["projects/IKZ-2025-001-prüfstelle groß.md", "IKZ-2025-001-prüfstelle groß", "IKZ-2025-001-pruefstelle-gross"],
    [`projects/IKZ-2025-001-${slug60}c.md`, `IKZ-2025-001-${slug60}c`, `IKZ-2025-001-${"a".repeat(29)}`],
  ])("%s → IKZ-ID-005, with the name ikz would give it", (file, name, hint) => {
    const issues = rules(register({ projects: [project({}, file)] }));
    expect(brief(issues)).toEqual([`error IKZ-ID-005 ${file} id`]);
    expect(issues[0]!.params).toEqual({ name, hint });
  });

  it.each(["projects/IKZ-2025-001.md", "projects/IKZ-2025-001-x.md", `projects/IKZ-2025-001-${slug60}.md`, "projects/IKZ-2025-001-gemeinsames-ordnungsamt-2.md"])("%s is fine", (file) => {
    expect(slug60).toHaveLength(60);
    expect(brief(rules(register({ projects: [project({}, file)] })))).toEqual([]);
  });

  it("a lesson with a bad slug", () => {
    const m = register({ projects: [project()], lessons: [lesson({}, "lessons/LL-2025-001-Frueh Planen.md")] });
    expect(brief(rules(m))).toEqual(["error IKZ-ID-005 lessons/LL-2025-001-Frueh Planen.md id"]);
  });
});

describe("report file (IKZ-ID-006)", () => {
  it("a report whose period differs from its file name", () => {
    const issues = rules(register({ projects: [project()], reports: [report({ period: "2025-Q2", kind: "quarterly" }, "reports/IKZ-2025-001/2025-Q3.md")] }));
    expect(brief(issues)).toEqual(["error IKZ-ID-006 reports/IKZ-2025-001/2025-Q3.md period"]);
    // The expected file follows from project and period; the place gives what to write instead.
    expect(issues[0]!.params).toEqual({ id: "IKZ-2025-001/2025-Q2", expected: "reports/IKZ-2025-001/2025-Q2.md", project: "IKZ-2025-001", period: "2025-Q3", other: "" });
  });

  it("a report in the folder of another project", () => {
    const m = register({ projects: [project(), project({ id: "IKZ-2025-002" })], reports: [report({ period: "2025-Q2", kind: "quarterly" }, "reports/IKZ-2025-002/2025-Q2.md")] });
    expect(brief(rules(m))).toEqual(["error IKZ-ID-006 reports/IKZ-2025-002/2025-Q2.md period"]);
  });

  it("decisions keep their own ID space", () => {
    const m = register({ projects: [project()], decisions: [decision({ mode: "circulation", id: "B-2025-001" })] });
    expect(brief(rules(m))).toEqual([]);
  });
});
