import { describe, expect, it } from "vitest";
import { guardIssues } from "../../src/domain/decide/guards.js";
import { countInterested, standingInterest } from "../../src/domain/interest.js";
import { indexRegister } from "../../src/domain/model.js";
import { readyStep } from "../../src/domain/portfolio.js";
import { prioritize } from "../../src/domain/prioritize.js";
import type { Interest, Project } from "../../src/domain/types.generated.js";
import { decision, project, register } from "../helpers/model.js";

const entry = (municipality: string, level: Interest["level"], date?: string): Interest => ({ municipality, level, ...(date !== undefined ? { date } : {}) });

describe("standingInterest: one ordering rule for undated entries", () => {
  it("an undated entry is older than any dated one, wherever it stands in the list", () => {
    expect(standingInterest([entry("raunheim", "interested", "2025-03-01"), entry("raunheim", "declined")]).get("raunheim")?.level).toBe("interested");
    expect(standingInterest([entry("raunheim", "declined"), entry("raunheim", "interested", "2025-03-01")]).get("raunheim")?.level).toBe("interested");
  });

  it("among undated entries and entries of the same day the later in the list counts", () => {
    expect(standingInterest([entry("trebur", "interested"), entry("trebur", "declined")]).get("trebur")?.level).toBe("declined");
    expect(standingInterest([entry("trebur", "declined", "2025-03-01"), entry("trebur", "interested", "2025-03-01")]).get("trebur")?.level).toBe("interested");
  });

  it("does not depend on how dated entries and an undated one are interleaved (the order is total)", () => {
    // Listed: March, undated, January. March is the latest statement; the undated one sits below both dates.
    const list = [entry("nauheim", "interested", "2025-03-01"), entry("nauheim", "observer"), entry("nauheim", "declined", "2025-01-10")];
    expect(standingInterest(list).get("nauheim")?.level).toBe("interested");
    expect(standingInterest([...list].reverse()).get("nauheim")?.level).toBe("interested");
  });

  it("with a day: entries dated after it do not count yet, undated ones do", () => {
    const list = [entry("kelsterbach", "observer"), entry("kelsterbach", "interested", "2025-06-01")];
    expect(countInterested(list, "2025-05-31")).toBe(0);
    expect(countInterested(list, "2025-06-01")).toBe(1);
    expect(countInterested(list)).toBe(1);
  });
});

describe("the guard, ikz prioritize and the agenda count interest alike", () => {
  // Lists that read differently when an undated entry is taken "as listed" or as the oldest.
  const cases: Interest[][] = [
    [entry("raunheim", "interested", "2025-03-01"), entry("raunheim", "declined"), entry("trebur", "interested", "2025-03-02")],
    [entry("raunheim", "declined"), entry("raunheim", "interested", "2025-03-01"), entry("trebur", "interested")],
    [entry("raunheim", "interested", "2025-03-01"), entry("raunheim", "observer"), entry("raunheim", "declined", "2025-02-01"), entry("trebur", "interested")],
    [entry("raunheim", "interested"), entry("trebur", "interested"), entry("trebur", "declined")],
  ];

  it.each(cases.map((interest, i) => [i, interest] as const))("case %i", (_i, interest) => {
    const p: Project = project({ phase: "interest", lead: "raunheim", participants: [{ municipality: "raunheim", role: "lead" }], interest }).data;
    const model = register({ projects: [{ file: "projects/IKZ-2025-001-x.md", data: p, body: "" }] });
    const day = "2025-04-01";
    const prio = decision({ type: "prioritize", date: day, phase_before: "interest", phase_after: "prioritized" }).data;
    const guardPasses = guardIssues(prio, p, { decisions: [], reportOf: () => undefined, lessons: 0 }).length === 0;
    const ranked = prioritize(model, day).projects[0]!;
    expect(ranked.next.ready).toBe(guardPasses);
    expect(readyStep(p, indexRegister(model), day) === "prioritize").toBe(guardPasses);
    expect(ranked.interested).toBe(countInterested(interest, day));
  });

  it("the first case is ready: raunheim's dated interest stands over its undated withdrawal", () => {
    expect(countInterested(cases[0]!, "2025-04-01")).toBe(2);
  });
});
