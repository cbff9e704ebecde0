// One project from idea to closed through a realistic year of steering-group meetings, entirely through the built
// CLI (ikz meeting new/open/close, interest, participant, set, milestone, report, council, lesson, decide,
// condition done), with `ikz validate` clean after every step. The text of one decision is compared in full.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { git, removeTempDirs } from "../helpers/cli.js";
import { ikz, makeRegister, projectFile, readRecord, type TestRegister } from "../write/register-repo.js";

afterAll(removeTempDirs);

const P = "IKZ-2025-001";

/** Runs ikz and fails with its stderr unless it exits 0. */
async function ok(reg: TestRegister, args: string[]): Promise<string> {
  const run = await ikz(reg, args);
  expect(run.code, `ikz ${args.join(" ")}\n${run.stderr}`).toBe(0);
  return run.stdout;
}

async function validateClean(reg: TestRegister, after: string): Promise<void> {
  const run = await ikz(reg, ["validate"]);
  expect(run.code, `validate after ${after}:\n${run.stdout}`).toBe(0);
  expect(run.stdout).toContain("keine Fehler");
}

/** A steering-group meeting: planned, attendance recorded (three members, quorum 2), the decisions, then closed. */
async function meeting(reg: TestRegister, date: string, decisions: string[][]): Promise<string> {
  await ok(reg, ["meeting", "new", "--date", date, "--location", "Rathaus Raunheim, Sitzungssaal"]);
  const id = `LG-${date.slice(0, 4)}-${String(++meetings).padStart(2, "0")}`;
  await ok(reg, ["meeting", "open", id, "--present", "goetz,sittmann,fischer"]);
  for (const d of decisions) {
    await ok(reg, ["decide", P, "--meeting", id, ...d]);
    await validateClean(reg, `${d.join(" ")} in ${id}`);
  }
  await ok(reg, ["meeting", "close", id]);
  await validateClean(reg, `closing ${id}`);
  return id;
}
let meetings = 0;

const phase = (reg: TestRegister) => readRecord(reg, projectFile(reg, P)).phase;

describe("a project from idea to closed", () => {
  it("runs through every phase with validate clean after every step", async () => {
    const reg = makeRegister("minimal");
    meetings = 0;
    await meeting(reg, "2026-01-20", [["--type", "start_interest", "--outcome", "approved", "--votes", "3:0:0"]]);
    expect(phase(reg)).toBe("interest");

    await ok(reg, ["interest", P, "raunheim", "--level", "interested", "--date", "2026-02-02"]);
    await ok(reg, ["interest", P, "trebur", "--level", "interested", "--date", "2026-02-05"]);
    await ok(reg, ["participant", "add", P, "raunheim", "--role", "lead"]);
    await ok(reg, ["participant", "add", P, "trebur"]);
    await validateClean(reg, "interest and participants");
    await meeting(reg, "2026-02-17", [
      ["--type", "prioritize", "--outcome", "rework", "--votes", "2:1:0", "--reason", "Kostenschätzung fehlt."],
    ]);
    expect(phase(reg)).toBe("interest");
    await meeting(reg, "2026-03-03", [["--type", "prioritize", "--outcome", "approved", "--consensus"]]);
    expect(phase(reg)).toBe("prioritized");

    await ok(reg, ["set", P, "project_manager.name=Pia Projekt", "project_manager.email=p.projekt@raunheim.example", "project_manager.municipality=raunheim"]);
    await ok(reg, ["milestone", "add", P, "--title", "Bericht zur Vorteilhaftigkeit vorgelegt", "--due", "2026-05-31", "--gate"]);
    await validateClean(reg, "project manager and milestone");
    await meeting(reg, "2026-03-24", [
      ["--type", "mandate", "--outcome", "approved_with_conditions", "--votes", "2:0:1", "--condition", "Kostenschlüssel mit beiden Partnern abstimmen;2026-05-15;trebur", "--reason", "Beide Kommunen haben Interesse bekundet; die Federführung liegt bei Raunheim."],
    ]);
    expect(phase(reg)).toBe("assessment");
    // The German decision reads like a Beschluss: subject, wording, condition with due date and municipality, vote, reasons.
    expect(readFileSync(join(reg.dir, "decisions/2026/B-2026-004.md"), "utf8")).toBe(MANDATE_DE);
    await ok(reg, ["condition", "done", "B-2026-004", "1", "--date", "2026-05-12"]);
    await validateClean(reg, "condition done");

    await ok(reg, ["milestone", "set", P, "M1", "--done", "2026-05-20"]);
    await ok(reg, ["report", "new", P, "--period", "assessment", "--overall", "green", "--author", "Pia Projekt", "--date", "2026-05-20"]);
    await validateClean(reg, "assessment report");
    await meeting(reg, "2026-06-02", [
      ["--type", "accept_report", "--report", "assessment", "--outcome", "approved", "--votes", "3:0:0"],
      ["--type", "milestone", "--milestone", "M1", "--outcome", "approved", "--votes", "3:0:0"],
    ]);
    expect(phase(reg)).toBe("proposal");

    await ok(reg, ["set", P, "legal_form=oerv_mandate"]);
    await ok(reg, ["decide", P, "--type", "direction", "--outcome", "approved", "--body", "mayors_assembly", "--date", "2026-06-10", "--votes", "3:0:1"]);
    await validateClean(reg, "direction by the mayors' assembly");
    expect(phase(reg)).toBe("councils");

    await ok(reg, ["council", P, "raunheim", "--result", "approved", "--date", "2026-07-02", "--body", "Stadtverordnetenversammlung Raunheim"]);
    await ok(reg, ["council", P, "trebur", "--result", "approved", "--date", "2026-07-09", "--body", "Gemeindevertretung Trebur"]);
    await ok(reg, ["set", P, "agreement.type=Öffentlich-rechtliche Vereinbarung (Mandat)", "agreement.signed=2026-07-20", "agreement.supervision=notified"]);
    await validateClean(reg, "councils and agreement");
    await meeting(reg, "2026-07-28", [["--type", "implementation_release", "--outcome", "approved", "--votes", "3:0:0"]]);
    expect(phase(reg)).toBe("implementation");

    await ok(reg, ["set", P, "agreement.effective=2026-09-01"]);
    await meeting(reg, "2026-09-08", [["--type", "start_operation", "--outcome", "approved", "--votes", "3:0:0"]]);
    expect(phase(reg)).toBe("operation");
    await meeting(reg, "2026-10-06", [["--type", "evaluation_order", "--outcome", "approved", "--votes", "3:0:0"]]);
    expect(phase(reg)).toBe("evaluation");

    await ok(reg, ["report", "new", P, "--period", "evaluation", "--overall", "green", "--author", "Pia Projekt", "--date", "2026-11-02"]);
    await ok(reg, ["lesson", "new", "--title", "Kostenschlüssel vor dem Projektauftrag klären", "--kind", "success", "--category", "finance", "--project", P, "--date", "2026-11-02"]);
    await validateClean(reg, "evaluation report and lesson");
    await meeting(reg, "2026-11-10", [
      ["--type", "accept_report", "--report", "evaluation", "--outcome", "approved", "--votes", "3:0:0"],
      ["--type", "close", "--outcome", "approved", "--votes", "3:0:0"],
    ]);
    expect(phase(reg)).toBe("closed");
    // Every decision is its own commit with the trailer; nothing is left uncommitted.
    expect(git(reg.dir, "log", "--format=%(trailers:key=Ikz-Record,valueonly)").split("\n").filter((l) => l.startsWith("B-2026-")).length).toBe(12);
    expect(git(reg.dir, "status", "--porcelain")).toBe("");
  }, 300_000);
});

const MANDATE_DE = `---
id: B-2026-004
date: 2026-03-24
type: mandate
outcome: approved_with_conditions
body: steering_group
meeting: LG-2026-04
project: IKZ-2025-001
phase_before: prioritized
phase_after: assessment
mode: vote
votes:
  for: 2
  against: 0
  abstain: 1
present:
  - goetz
  - sittmann
  - fischer
conditions:
  - text: Kostenschlüssel mit beiden Partnern abstimmen
    due: 2026-05-15
    owner: trebur
reason: Beide Kommunen haben Interesse bekundet; die Federführung liegt bei Raunheim.
---

## Gegenstand

Projektauftrag für „Gemeinsame Vollstreckungsstelle“ (IKZ-2025-001).

## Beschlusstext

Die Lenkungsgruppe erteilt den Projektauftrag für „Gemeinsame Vollstreckungsstelle“. Die Projektleitung übernimmt Pia Projekt; die Projektgruppe prüft die Vorteilhaftigkeit der Zusammenarbeit und legt dazu einen Bericht vor. Der Beschluss ergeht mit folgenden Auflagen:

Auflage 1 (bis 15.05.2026, Trebur): Kostenschlüssel mit beiden Partnern abstimmen

Abstimmungsergebnis: 2 Ja, 0 Nein, 1 Enthaltung

## Begründung

Beide Kommunen haben Interesse bekundet; die Federführung liegt bei Raunheim.
`;

