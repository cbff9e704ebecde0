// Every guard of spec/lifecycle.md refusing through the built CLI (exit 1, files and HEAD unchanged, the message
// names the rule and what satisfies it), then passing once the register is fixed; `ikz validate` clean afterwards.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { YamlEdit } from "../../src/register/yaml-edit.js";
import { git, removeTempDirs } from "../helpers/cli.js";
import { ikz, projectFile, status, type TestRegister } from "../write/register-repo.js";
import { MEETING, editFile, sampleRepo } from "./decide-helpers.js";

afterAll(removeTempDirs, 60_000);

const VOTE = ["--meeting", MEETING, "--votes", "6:0:0"];

/** Runs decide expecting a refusal: exit 1, the codes named on stderr, nothing written, HEAD where it was. */
async function expectRefused(reg: TestRegister, args: string[], codes: string[]): Promise<string> {
  const head = git(reg.dir, "rev-parse", "HEAD");
  const run = await ikz(reg, ["decide", ...args]);
  expect(run.code, run.stderr).toBe(1);
  for (const code of codes) expect(run.stderr).toContain(code);
  expect(run.stderr).toContain("nichts geändert");
  expect(git(reg.dir, "rev-parse", "HEAD")).toBe(head);
  expect(status(reg)).toBe("");
  return run.stderr;
}

/** Applies a fix to a project and commits it, as the coordinator would with ikz set (here directly, to stay quick). */
function fix(reg: TestRegister, project: string, edits: YamlEdit[]): void {
  editFile(reg.dir, projectFile(reg, project), edits);
  git(reg.dir, "commit", "-qam", `fix ${project}`);
}

async function expectDecided(reg: TestRegister, args: string[]): Promise<void> {
  const run = await ikz(reg, ["decide", ...args]);
  expect(run.code, run.stderr).toBe(0);
  expect(run.stdout).toMatch(/B-2026-\d{3} committet/);
  const validate = await ikz(reg, ["validate"]);
  expect(validate.code, validate.stdout).toBe(0);
}

describe("guards refuse, then pass after the fix", () => {
  it("prioritize: a lead and two interested municipalities", async () => {
    const reg = sampleRepo();
    const args = ["IKZ-2026-001", "--type", "prioritize", "--outcome", "approved", ...VOTE];
    const stderr = await expectRefused(reg, args, ["IKZ-LC-010"]);
    expect(stderr).toContain("Priorisierung für IKZ-2026-001: es fehlt die federführende Kommune (lead)");
    expect(stderr).toContain("ikz participant add IKZ-2026-001 <kommune> --role lead");
    fix(reg, "IKZ-2026-001", [
      { op: "set", path: ["lead"], value: "gross-gerau" },
      { op: "set", path: ["participants"], value: [{ municipality: "gross-gerau", role: "lead" }, { municipality: "buettelborn", role: "partner" }] },
      { op: "set", path: ["interest"], value: [{ municipality: "gross-gerau", level: "observer", date: "2026-05-11" }] },
    ]);
    // None interested reads as such, not as "erst 0 der 2".
    expect(await expectRefused(reg, args, ["IKZ-LC-015"])).toContain("am Beschlussdatum hatte noch keine der 2 nötigen Kommunen Interesse bekundet");
    fix(reg, "IKZ-2026-001", [{ op: "set", path: ["interest", 0, "level"], value: "interested" }]);
    expect(await expectRefused(reg, args, ["IKZ-LC-015"])).toContain("am Beschlussdatum hatte erst 1 der 2 nötigen Kommunen Interesse bekundet");
    fix(reg, "IKZ-2026-001", [{ op: "push", path: ["interest"], value: { municipality: "buettelborn", level: "interested", date: "2026-06-01" } }]);
    await expectDecided(reg, args);
  });

  it("mandate: project manager, two participants, a milestone", async () => {
    const reg = sampleRepo();
    const args = ["IKZ-2025-004", "--type", "mandate", "--outcome", "approved", ...VOTE];
    const stderr = await expectRefused(reg, args, ["IKZ-LC-010"]);
    expect(stderr).toContain("es fehlt die Projektleitung (project_manager)");
    expect(stderr).toContain("es fehlt ein Meilenstein (milestones)");
    fix(reg, "IKZ-2025-004", [
      { op: "set", path: ["project_manager"], value: { name: "Eva Klein", email: "e.klein@bischofsheim.example" } },
      { op: "set", path: ["milestones"], value: [{ id: "M1", title: "Bericht zur Vorteilhaftigkeit", due: "2027-06-30" }] },
    ]);
    await expectDecided(reg, args);
  });

  it("accept_report: the report exists and is accepted only once", async () => {
    const reg = sampleRepo();
    const stderr = await expectRefused(reg, ["IKZ-2023-002", "--type", "accept_report", "--report", "2026-Q4", "--outcome", "approved", ...VOTE], ["--report"]);
    expect(stderr).toContain("IKZ-2023-002/2026-Q3");
    const args = ["IKZ-2023-002", "--type", "accept_report", "--report", "2026-Q3", "--outcome", "approved", ...VOTE];
    await expectDecided(reg, args);
    await expectRefused(reg, args, ["IKZ-LC-008"]);
  });

  it("direction: a legal form other than open", async () => {
    const reg = sampleRepo();
    const file = projectFile(reg, "IKZ-2024-004");
    const original = readFileSync(join(reg.dir, file), "utf8");
    fix(reg, "IKZ-2024-004", [{ op: "set", path: ["legal_form"], value: "open" }]);
    const args = ["IKZ-2024-004", "--type", "direction", "--outcome", "approved", ...VOTE];
    await expectRefused(reg, args, ["IKZ-LC-009"]);
    writeFileSync(join(reg.dir, file), original);
    git(reg.dir, "commit", "-qam", "legal form back");
    await expectDecided(reg, args);
  });

  it("implementation_release: every participant's council approved and the agreement signed", async () => {
    const reg = sampleRepo();
    const args = ["IKZ-2024-003", "--type", "implementation_release", "--outcome", "approved", ...VOTE];
    const stderr = await expectRefused(reg, args, ["IKZ-LC-005", "IKZ-LC-010"]);
    expect(stderr).toContain("„nauheim“");
    expect(stderr).toContain("agreement.signed");
    fix(reg, "IKZ-2024-003", [
      { op: "push", path: ["council_resolutions"], value: { municipality: "nauheim", body: "Gemeindevertretung Nauheim", date: "2026-11-05", result: "approved" } },
      { op: "set", path: ["agreement"], value: { type: "Öffentlich-rechtliche Vereinbarung (Mandat)", signed: "2026-11-20", supervision: "notified" } },
    ]);
    await expectDecided(reg, args);
  });

  it("milestone: it exists, is a gate, is done, and is passed only once", async () => {
    const reg = sampleRepo();
    const base = ["IKZ-2024-001", "--type", "milestone", "--outcome", "approved", ...VOTE];
    await expectRefused(reg, [...base, "--milestone", "M9"], ["--milestone", "M1, M2, M3, M4"]);
    const notDone = await expectRefused(reg, [...base, "--milestone", "M4"], ["IKZ-LC-019"]);
    expect(notDone).toContain("Meilenstein M4 ist nicht als erledigt eingetragen – ist er erledigt, mit „ikz milestone set IKZ-2024-001 M4 --done JJJJ-MM-TT“ eintragen");
    expect(notDone).not.toContain("—");
    const noGate = await expectRefused(reg, [...base, "--milestone", "M2"], ["IKZ-LC-016"]);
    expect(noGate).toContain("Meilenstein M2 ist kein Gate-Meilenstein (gate: true) und braucht keine Meilensteinentscheidung (IKZ-LC-016)");
    // The sample's gate M3 (done 29.05.2026) was passed with B-2026-009: a second approval is refused.
    expect(await expectRefused(reg, [...base, "--milestone", "m3"], ["IKZ-LC-017"])).toContain("Gate M3 wurde bereits mit B-2026-009 freigegeben");
    fix(reg, "IKZ-2024-001", [{ op: "set", path: ["milestones", 3, "done"], value: "2026-11-20" }]);
    await expectDecided(reg, [...base, "--milestone", "m4"]);
  });

  it("start_operation: the agreement's effective date", async () => {
    const reg = sampleRepo();
    fix(reg, "IKZ-2024-002", [{ op: "delete", path: ["agreement", "effective"] }]);
    const args = ["IKZ-2024-002", "--type", "start_operation", "--outcome", "approved", ...VOTE];
    expect(await expectRefused(reg, args, ["IKZ-LC-010"])).toContain("agreement.effective=JJJJ-MM-TT");
    fix(reg, "IKZ-2024-002", [{ op: "set", path: ["agreement", "effective"], value: "2026-12-01" }]);
    await expectDecided(reg, args);
  });

  it("close: an accepted evaluation report and a lesson of the project", async () => {
    const reg = sampleRepo();
    const args = ["IKZ-2023-004", "--type", "close", "--outcome", "approved", ...VOTE];
    await expectRefused(reg, args, ["IKZ-LC-007", "IKZ-LC-013"]);
    const report = readFileSync(join(reg.dir, "reports/IKZ-2023-001/evaluation.md"), "utf8").replace("project: IKZ-2023-001", "project: IKZ-2023-004").replace("submitted: 2025-10-20", "submitted: 2026-11-20").replace(/milestones:\n(  .*\n)+/, "");
    writeFileSync(join(reg.dir, "reports/IKZ-2023-004/evaluation.md"), report);
    writeFileSync(join(reg.dir, "lessons/LL-2026-009-evaluation-frueh-planen.md"), "---\nid: LL-2026-009\ntitle: Evaluation früh planen\ndate: 2026-11-20\nproject: IKZ-2023-004\nkind: note\ncategory: methodical\nreleased: false\n---\n\n## Erkenntnis\n\nText.\n");
    git(reg.dir, "add", "-A");
    git(reg.dir, "commit", "-qm", "evaluation report and lesson");
    await expectRefused(reg, args, ["IKZ-LC-007"]);
    await expectDecided(reg, ["IKZ-2023-004", "--type", "accept_report", "--report", "evaluation", "--outcome", "approved", ...VOTE]);
    await expectDecided(reg, args);
  });

  it("type not possible in the phase, wrong body, closed meeting: refused with what would be possible", async () => {
    const reg = sampleRepo();
    const stderr = await expectRefused(reg, ["IKZ-2026-002", "--type", "mandate", "--outcome", "approved", ...VOTE], ["in dieser Phase möglich: Start Interessenbekundung, "]);
    expect(stderr).toContain("„Idee“");
    await expectRefused(reg, ["IKZ-2025-001", "--type", "cancel", "--outcome", "approved", "--body", "mayors_assembly", "--votes", "10:0:0", "--reason", "Ausstieg"], ["die Bürgermeister-Dienstversammlung darf „Abbruch“ erst ab der Gremienbeteiligung beschließen", "nicht in der Phase „Vorteilhaftigkeitsprüfung“ – jetzt zuständig: Lenkungsgruppe (--body)"]);
    await expectRefused(reg, ["IKZ-2025-001", "--type", "acknowledge", "--outcome", "approved", "--meeting", "LG-2026-04", "--votes", "6:0:0"], ["LG-2026-04 ist abgeschlossen"]);
    const typo = await ikz(reg, ["decide", "IKZ-2025-001", "--type", "acknowledge", "--outcome", "approved", "--meeting", "LG-2026-5", "--votes", "6:0:0"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("meinten Sie „LG-2026-05“");
    const standardWithProject = await ikz(reg, ["decide", "IKZ-2025-001", "--type", "standard", "--outcome", "approved", "--meeting", MEETING, "--votes", "6:0:0"]);
    expect(standardWithProject.code).toBe(2);
  });

  it("quorum, votes and excluded members through the CLI; a missing value without a terminal is a usage error naming the flag", async () => {
    const reg = sampleRepo();
    editFile(reg.dir, "meetings/2026/LG-2026-05.md", [{ op: "set", path: ["attendance"], value: ["goetz", "schell", "sittmann", "beispiel", "burghardt", "will"].map((member, i) => ({ member, present: i < 3 })) }]);
    git(reg.dir, "commit", "-qam", "only three came");
    await expectRefused(reg, ["IKZ-2025-001", "--type", "acknowledge", "--outcome", "approved", "--meeting", MEETING, "--votes", "3:0:0"], ["IKZ-DEC-002", "3 anwesend, nötig sind 4"]);
    const full = sampleRepo();
    await expectRefused(full, ["IKZ-2025-001", "--type", "acknowledge", "--outcome", "approved", "--meeting", MEETING, "--votes", "6:0:0", "--excluded", "will"], ["IKZ-DEC-003", "6 Stimmen, aber nur 5 Stimmberechtigte"]);
    await expectRefused(full, ["IKZ-2025-001", "--type", "acknowledge", "--outcome", "approved", "--meeting", MEETING, "--votes", "3:3:0"], ["IKZ-DEC-004"]);
    await expectDecided(full, ["IKZ-2025-001", "--type", "acknowledge", "--outcome", "approved", "--meeting", MEETING, "--votes", "5:0:0", "--excluded", "will"]);
    const usage = await ikz(full, ["decide", "IKZ-2025-001", "--type", "hold", "--outcome", "approved", "--meeting", MEETING, "--votes", "5:0:0", "--resubmission", "2027-01-31"]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("--reason fehlt");
    const noVotes = await ikz(full, ["decide", "IKZ-2025-001", "--type", "acknowledge", "--outcome", "approved", "--meeting", MEETING]);
    expect(noVotes.code).toBe(2);
    expect(noVotes.stderr).toContain("--votes fehlt");
  });
});
