// Every decision type × outcome on a temporary Git copy of the sample register, in process (the write pipeline is
// real: files, lock, validation, commit). Each type gets a project in a phase where it is possible; the expected
// phases are written out from spec/lifecycle.md, not taken from src.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { decide, type DecideInput } from "../../src/commands/decide.js";
import type { DecisionType, Outcome } from "../../src/domain/lifecycle.js";
import { git, removeTempDirs } from "../helpers/cli.js";
import { projectFile, readRecord, testDeps, writeOpts, type TestRegister } from "../write/register-repo.js";
import { MEETING, MEETING_DATE, editFile, input, sampleRepo, validationErrors } from "./decide-helpers.js";

afterAll(removeTempDirs, 60_000);

const lessonText = (project: string) =>
  `---\nid: LL-2026-009\ntitle: Evaluation früh planen\ndate: 2026-11-30\nproject: ${project}\nkind: note\ncategory: methodical\nreleased: false\n---\n\n## Erkenntnis\n\nText.\n`;

interface Case {
  project?: string;
  /** The phase the project is in, and the phase an effective decision leads to (undefined: no change). */
  from?: string;
  to?: string;
  extra?: Partial<DecideInput>;
  setup?: (dir: string) => void;
  /** Decisions needed before (e.g. accepting the evaluation report before a closure). */
  before?: Array<[DecisionType, Partial<DecideInput>]>;
}

const CASES: Record<DecisionType, Case> = {
  start_interest: { project: "IKZ-2026-002", from: "idea", to: "interest" },
  prioritize: {
    project: "IKZ-2026-001",
    from: "interest",
    to: "prioritized",
    setup: (dir) =>
      editFile(dir, projectFile({ dir } as TestRegister, "IKZ-2026-001"), [
        { op: "set", path: ["lead"], value: "gross-gerau" },
        { op: "set", path: ["participants"], value: [{ municipality: "gross-gerau", role: "lead" }, { municipality: "buettelborn", role: "partner" }] },
      ]),
  },
  mandate: {
    project: "IKZ-2025-004",
    from: "prioritized",
    to: "assessment",
    setup: (dir) =>
      editFile(dir, projectFile({ dir } as TestRegister, "IKZ-2025-004"), [
        { op: "set", path: ["project_manager"], value: { name: "Eva Klein", email: "e.klein@bischofsheim.example" } },
        { op: "set", path: ["milestones"], value: [{ id: "M1", title: "Bericht zur Vorteilhaftigkeit", due: "2027-06-30", gate: true }] },
      ]),
  },
  accept_report: { project: "IKZ-2023-002", extra: { report: "2026-Q3" } },
  direction: { project: "IKZ-2024-004", from: "proposal", to: "councils" },
  implementation_release: {
    project: "IKZ-2024-003",
    from: "councils",
    to: "implementation",
    setup: (dir) =>
      editFile(dir, projectFile({ dir } as TestRegister, "IKZ-2024-003"), [
        { op: "push", path: ["council_resolutions"], value: { municipality: "nauheim", body: "Gemeindevertretung Nauheim", date: "2026-11-05", result: "approved" } },
        { op: "set", path: ["agreement"], value: { type: "Öffentlich-rechtliche Vereinbarung (Mandat)", signed: "2026-11-20", supervision: "notified" } },
      ]),
  },
  // The sample's gate M3 was passed with B-2026-009 (a gate is passed once): gate M4, done here, is the one to decide.
  milestone: { project: "IKZ-2024-001", extra: { milestone: "M4" }, setup: (dir) => editFile(dir, projectFile({ dir } as TestRegister, "IKZ-2024-001"), [{ op: "set", path: ["milestones", 3, "done"], value: "2026-11-20" }]) },
  start_operation: { project: "IKZ-2024-001", from: "implementation", to: "operation" },
  evaluation_order: { project: "IKZ-2023-002", from: "operation", to: "evaluation" },
  close: {
    project: "IKZ-2023-004",
    from: "evaluation",
    to: "closed",
    setup: (dir) => {
      const report = readFileSync(join(dir, "reports/IKZ-2023-001/evaluation.md"), "utf8").replace("project: IKZ-2023-001", "project: IKZ-2023-004").replace("submitted: 2025-10-20", "submitted: 2026-11-20").replace(/milestones:\n(  .*\n)+/, "");
      writeFileSync(join(dir, "reports/IKZ-2023-004/evaluation.md"), report);
      writeFileSync(join(dir, "lessons/LL-2026-009-evaluation-frueh-planen.md"), lessonText("IKZ-2023-004"));
    },
    before: [["accept_report", { report: "evaluation" }]],
  },
  change_mandate: { project: "IKZ-2025-001", extra: { text: "Zusätzlich die Eheschließungen am Wochenende prüfen.", reason: "Die Partnerkommunen haben darum gebeten." } },
  support: { project: "IKZ-2025-001", extra: { supportKind: "mediation" } },
  hold: { project: "IKZ-2025-001", from: "assessment", to: "on_hold", extra: { reason: "Personalengpass im Standesamt Raunheim.", resubmission: "2027-06-30" } },
  resume: { project: "IKZ-2025-002", from: "on_hold", to: "assessment" },
  cancel: { project: "IKZ-2025-001", from: "assessment", to: "cancelled", extra: { reason: "Die Partner sind ausgestiegen." } },
  acknowledge: { project: "IKZ-2023-003" },
  standard: { extra: { title: "Berichtsstandard", text: "Quartalsberichte liegen bis zum 30. Tag nach Quartalsende vor." } },
};

const CONDITION = { text: "Kostenschlüssel mit allen Partnern abstimmen", due: "2027-03-31", owner: "raunheim" };

describe("ikz decide: every type × outcome on a Git register", () => {
  for (const [type, c] of Object.entries(CASES) as Array<[DecisionType, Case]>) {
    it(`${type}: rework, rejected, deferred change nothing; approved and approved_with_conditions apply the effect; validate stays clean`, async () => {
      for (const effective of ["approved", "approved_with_conditions"] as const) {
        const reg = sampleRepo(c.setup);
        const { deps } = testDeps(undefined, MEETING_DATE);
        for (const [t, extra] of c.before ?? []) await decide({ write: writeOpts(reg.dir), input: input(c.project, t, "approved", extra), yes: true }, deps);
        const outcomes: Outcome[] = effective === "approved" ? ["rework", "rejected", "deferred", "approved"] : ["approved_with_conditions"];
        for (const outcome of outcomes) {
          const head = git(reg.dir, "rev-parse", "HEAD");
          const needsReason = outcome === "rework" || outcome === "rejected";
          // A rejection is voted down; every other outcome is a motion the majority carried.
          const extra = { ...c.extra, ...(needsReason && c.extra?.reason === undefined ? { reason: "Unterlagen unvollständig." } : {}), ...(outcome === "approved_with_conditions" ? { conditions: [CONDITION] } : {}), ...(outcome === "rejected" ? { votes: { for: 1, against: 4, abstain: 1 } } : {}) };
          const result = await decide({ write: writeOpts(reg.dir), input: input(c.project, type, outcome, extra), yes: true }, deps);
          expect(result.commit, `${type} ${outcome}`).toBeDefined();
          expect(git(reg.dir, "rev-parse", "HEAD~1")).toBe(head);
          const file = result.result.file;
          expect(git(reg.dir, "show", "--name-only", "--format=%s", "HEAD").split("\n").filter(Boolean)[1]).toBe(file);
          const d = readRecord(reg, file);
          expect(d).toMatchObject({ type, outcome, body: "steering_group", meeting: MEETING, date: MEETING_DATE, mode: "vote" });
          expect(d.present).toEqual(["goetz", "schell", "sittmann", "burghardt", "will", "beispiel"]);
          const takes = outcome === "approved" || outcome === "approved_with_conditions";
          if (c.project !== undefined) {
            const project = readRecord(reg, projectFile(reg, c.project));
            if (c.to !== undefined && takes) {
              expect([d.phase_before, d.phase_after, project.phase]).toEqual([c.from, c.to, c.to]);
              // hold sets hold_until, resume clears it, cancel records the reason (the sample's held project had one).
              if (type === "hold") expect(project.hold_until).toBe("2027-06-30");
              if (type === "resume") expect(project.hold_until).toBeUndefined();
              if (type === "cancel") expect(project.cancel_reason).toBe("Die Partner sind ausgestiegen.");
            } else {
              expect(d.phase_before).toBeUndefined();
              if (c.from !== undefined) expect(project.phase).toBe(c.from);
            }
          } else expect(d.project).toBeUndefined();
          if (outcome === "approved_with_conditions") expect(d.conditions).toEqual([CONDITION]);
          expect(await validationErrors(reg.dir), `${type} ${outcome}`).toEqual([]);
          expect(git(reg.dir, "status", "--porcelain")).toBe("");
        }
      }
    }, 120_000);
  }
});
