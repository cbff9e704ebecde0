import { describe, expect, it } from "vitest";
import { countInterested } from "../../src/domain/interest.js";
import { nextStep, prioritize } from "../../src/domain/prioritize.js";
import type { Project } from "../../src/domain/types.generated.js";
import { baseConfig, project, register } from "../helpers/model.js";

// baseConfig's criteria: einsparpotenzial 40, machbarkeit 30, reichweite 30 (sum 100).

const interested = (...municipalities: string[]): Project["interest"] => municipalities.map((municipality) => ({ municipality, level: "interested" as const }));

/** A project in `interest` with the given scores and interested municipalities. */
function candidate(id: string, scores: Record<string, number> | undefined, extra: Partial<Project> = {}) {
  return project({ id, phase: "interest", ...(scores ? { scores } : {}), ...extra }, `projects/${id}-x.md`);
}

describe("prioritize: weighted score", () => {
  it("adds weight × score / 5 per criterion and reports each contribution", () => {
    const result = prioritize(register({ projects: [candidate("IKZ-2025-001", { einsparpotenzial: 4, machbarkeit: 3, reichweite: 2 })] }));
    const [p] = result.projects;
    // 40 × 4 / 5 = 32; 30 × 3 / 5 = 18; 30 × 2 / 5 = 12; total 62
    expect(p?.contributions).toEqual([
      { criterion: "einsparpotenzial", score: 4, points: 32 },
      { criterion: "machbarkeit", score: 3, points: 18 },
      { criterion: "reichweite", score: 2, points: 12 },
    ]);
    expect(p?.total).toBe(62);
    expect(p?.missingScores).toEqual([]);
    expect(result.criteria.map((c) => c.name)).toEqual(["Einsparpotenzial", "Machbarkeit", "Reichweite"]);
    expect(result.weightTotal).toBe(100);
  });

  it("scores 5 everywhere to 100 and 0 everywhere to 0", () => {
    const result = prioritize(
      register({
        projects: [
          candidate("IKZ-2025-001", { einsparpotenzial: 5, machbarkeit: 5, reichweite: 5 }),
          candidate("IKZ-2025-002", { einsparpotenzial: 0, machbarkeit: 0, reichweite: 0 }),
        ],
      }),
    );
    expect(result.projects.map((p) => [p.id, p.total])).toEqual([
      ["IKZ-2025-001", 100],
      ["IKZ-2025-002", 0],
    ]);
  });

  it("counts a missing score as 0, lists it, and still ranks the project", () => {
    const result = prioritize(
      register({
        projects: [
          candidate("IKZ-2025-001", { einsparpotenzial: 5, machbarkeit: 5 }), // 40 + 30 + 0 = 70
          candidate("IKZ-2025-002", { einsparpotenzial: 3, machbarkeit: 3, reichweite: 3 }), // 24 + 18 + 18 = 60
          candidate("IKZ-2025-003", undefined), // nothing scored: 0
        ],
      }),
    );
    expect(result.projects.map((p) => [p.rank, p.id, p.total, p.missingScores])).toEqual([
      [1, "IKZ-2025-001", 70, ["reichweite"]],
      [2, "IKZ-2025-002", 60, []],
      [3, "IKZ-2025-003", 0, ["einsparpotenzial", "machbarkeit", "reichweite"]],
    ]);
    expect(result.projects[0]?.contributions[2]).toEqual({ criterion: "reichweite", score: null, points: 0 });
  });

  it("keeps fractional contributions exact to two decimals (weights 33/33/34)", () => {
    const config = baseConfig();
    config.priority_criteria = [
      { id: "a", name: "A", weight: 33 },
      { id: "b", name: "B", weight: 33 },
      { id: "c", name: "C", weight: 34 },
    ];
    const result = prioritize(register({ config, projects: [candidate("IKZ-2025-001", { a: 1, b: 1, c: 1 })] }));
    // 33/5 = 6.6, 33/5 = 6.6, 34/5 = 6.8: total 20 (not 19.999…)
    expect(result.projects[0]?.contributions.map((c) => c.points)).toEqual([6.6, 6.6, 6.8]);
    expect(result.projects[0]?.total).toBe(20);
  });

  it("reports a weight total other than 100 so the output can warn", () => {
    const config = baseConfig();
    config.priority_criteria = [{ id: "a", name: "A", weight: 60 }];
    expect(prioritize(register({ config })).weightTotal).toBe(60);
  });
});

describe("prioritize: which projects, in which order", () => {
  it("ranks only projects in interest and prioritized", () => {
    const scores = { einsparpotenzial: 3, machbarkeit: 3, reichweite: 3 };
    const phases: Array<Project["phase"]> = ["idea", "interest", "prioritized", "assessment", "on_hold", "cancelled"];
    const projects = phases.map((phase, i) => candidate(`IKZ-2025-00${i + 1}`, scores, { phase }));
    expect(prioritize(register({ projects })).projects.map((p) => [p.id, p.phase])).toEqual([
      ["IKZ-2025-002", "interest"],
      ["IKZ-2025-003", "prioritized"],
    ]);
  });

  it("breaks ties by the number of interested municipalities, then by ID", () => {
    const scores = { einsparpotenzial: 2, machbarkeit: 2, reichweite: 2 }; // 40 for everyone
    const result = prioritize(
      register({
        projects: [
          candidate("IKZ-2025-010", scores, { interest: interested("raunheim", "trebur") }),
          candidate("IKZ-2025-002", scores, { interest: interested("raunheim", "trebur") }),
          candidate("IKZ-2025-003", scores, { interest: interested("raunheim", "trebur", "kelsterbach") }),
          candidate("IKZ-2025-001", { einsparpotenzial: 3, machbarkeit: 2, reichweite: 2 }), // 48: ahead of all ties
        ],
      }),
    );
    expect(result.projects.map((p) => `${p.rank} ${p.id} ${p.total} ${p.interested}`)).toEqual([
      "1 IKZ-2025-001 48 0",
      "2 IKZ-2025-003 40 3",
      "3 IKZ-2025-002 40 2",
      "4 IKZ-2025-010 40 2", // numeric ID order: 2 before 10
    ]);
  });

  it("scores 0 without criteria (no ikz.yaml) but still says what is missing", () => {
    const result = prioritize(register({ config: null, projects: [candidate("IKZ-2025-001", { einsparpotenzial: 5 })] }));
    expect(result.criteria).toEqual([]);
    expect(result.projects.map((p) => [p.id, p.total, p.next.ready])).toEqual([["IKZ-2025-001", 0, false]]);
  });

  it("ranks nothing without projects in those phases", () => {
    expect(prioritize(register({ projects: [candidate("IKZ-2025-001", undefined, { phase: "idea" })] })).projects).toEqual([]);
  });
});

describe("prioritize: what the steering group can take up next", () => {
  it("in interest: ready for prioritisation with two interested municipalities and a lead", () => {
    const p = candidate("IKZ-2025-001", undefined, { interest: interested("raunheim", "trebur"), lead: "raunheim" }).data as Project & { phase: "interest" };
    expect(nextStep(p)).toEqual({ decision: "prioritize", ready: true, gaps: [] });
  });

  it("in interest: names the missing lead and the missing interested municipalities", () => {
    const p = candidate("IKZ-2025-001", undefined, {
      interest: [
        { municipality: "raunheim", level: "interested" },
        { municipality: "trebur", level: "observer" },
        { municipality: "kelsterbach", level: "declined" },
      ],
    }).data as Project & { phase: "interest" };
    expect(nextStep(p)).toEqual({ decision: "prioritize", ready: false, gaps: [{ what: "interested", have: 1, need: 2 }, { what: "lead" }] });
  });

  it("in prioritized: ready for the project order with manager, two participants and a milestone", () => {
    const p = candidate("IKZ-2025-001", undefined, {
      phase: "prioritized",
      lead: "raunheim",
      participants: [
        { municipality: "raunheim", role: "lead" },
        { municipality: "trebur", role: "partner" },
      ],
      project_manager: { name: "Pia Projekt" },
      milestones: [{ id: "M1", title: "Konzept", due: "2026-03-31" }],
    }).data as Project & { phase: "prioritized" };
    expect(nextStep(p)).toEqual({ decision: "mandate", ready: true, gaps: [] });
  });

  it("in prioritized: names manager, participants and milestone when missing", () => {
    const p = candidate("IKZ-2025-001", undefined, { phase: "prioritized", lead: "raunheim", participants: [{ municipality: "raunheim", role: "lead" }] }).data as Project & {
      phase: "prioritized";
    };
    expect(nextStep(p).gaps).toEqual([{ what: "project_manager" }, { what: "participants", have: 1, need: 2 }, { what: "milestones" }]);
  });

  it("lists the projects ready for a decision in rank order", () => {
    const ready = { interest: interested("raunheim", "trebur"), lead: "raunheim" };
    const result = prioritize(
      register({
        projects: [
          candidate("IKZ-2025-001", { einsparpotenzial: 1, machbarkeit: 1, reichweite: 1 }, ready),
          candidate("IKZ-2025-002", { einsparpotenzial: 5, machbarkeit: 5, reichweite: 5 }), // best, but no lead
          candidate("IKZ-2025-003", { einsparpotenzial: 3, machbarkeit: 3, reichweite: 3 }, ready),
        ],
      }),
    );
    expect(result.ready).toEqual(["IKZ-2025-003", "IKZ-2025-001"]);
  });
});

describe("countInterested", () => {
  it("counts each municipality once, by its latest expression of interest", () => {
    expect(
      countInterested([
        { municipality: "raunheim", level: "observer", date: "2025-01-10" },
        { municipality: "raunheim", level: "interested", date: "2025-02-10" }, // later: counts
        { municipality: "trebur", level: "interested", date: "2025-01-10" },
        { municipality: "trebur", level: "declined", date: "2025-03-01" }, // withdrew: does not count
        { municipality: "kelsterbach", level: "interested" },
        { municipality: "kelsterbach", level: "interested" },
      ]),
    ).toBe(2);
  });

  it("takes the later list entry when dates are missing", () => {
    expect(
      countInterested([
        { municipality: "raunheim", level: "interested" },
        { municipality: "raunheim", level: "declined" },
      ]),
    ).toBe(0);
  });
});
