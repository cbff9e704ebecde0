import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordCouncil } from "../../src/commands/council.js";
import { recordInterest } from "../../src/commands/interest.js";
import { addMilestone, setMilestone } from "../../src/commands/milestone.js";
import { addParticipant, removeParticipant } from "../../src/commands/participant.js";
import { git, makeTempDir, removeTempDirs } from "../helpers/cli.js";
import { fakePrompter } from "../helpers/fake-prompter.js";
import { ikz, makeRegister, readRecord, status, testDeps, useIdentityInProcess, writeOpts, type TestRegister, MINIMAL_P2, registerWithParticipants } from "../write/register-repo.js";

afterAll(removeTempDirs);
beforeAll(() => useIdentityInProcess(makeTempDir()));

const P1 = "projects/IKZ-2025-001-gemeinsame-vollstreckungsstelle.md";
const P2 = MINIMAL_P2;


/** The last commit: message and exactly the files it touched. */
function lastCommit(reg: TestRegister): { message: string; files: string } {
  return { message: git(reg.dir, "log", "-1", "--format=%B"), files: git(reg.dir, "show", "--name-only", "--format=", "HEAD") };
}

describe("ikz interest", () => {
  it("appends a new municipality's interest and commits only that file", async () => {
    const reg = makeRegister();
    const before = readFileSync(join(reg.dir, P1), "utf8");
    const run = await ikz(reg, ["interest", "IKZ-2025-001", "nauheim", "--level", "observer", "--date", "2025-04-01"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const after = readFileSync(join(reg.dir, P1), "utf8");
    expect(after).toBe(before.replace("    date: 2025-02-01\n", "    date: 2025-02-01\n  - municipality: nauheim\n    level: observer\n    date: 2025-04-01\n"));
    expect(lastCommit(reg)).toEqual({ message: "ikz: Interesse nauheim an IKZ-2025-001: beobachtet\n\nIkz-Record: IKZ-2025-001", files: P1 });
    expect(status(reg)).toBe("");
  });

  it("updates level and date of a municipality that already answered; the same answer again changes nothing", async () => {
    const reg = makeRegister();
    const run = await ikz(reg, ["interest", "IKZ-2025-001", "trebur", "--level", "declined", "--date", "2025-05-02"]);
    expect(run.code).toBe(0);
    expect(readRecord(reg, P1).interest).toEqual([{ municipality: "trebur", level: "declined", date: "2025-05-02" }]);
    const head = git(reg.dir, "rev-parse", "HEAD");
    const again = await ikz(reg, ["interest", "IKZ-2025-001", "trebur", "--level", "declined", "--date", "2025-05-02"]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("nichts zu ändern");
    expect(git(reg.dir, "rev-parse", "HEAD")).toBe(head);
  });

  it("the date defaults to today; a project without interest gets the list", async () => {
    const reg = makeRegister();
    const run = await ikz(reg, ["--json", "interest", "ikz-2025-002", "trebur", "--level", "interested"]);
    expect(run.code).toBe(0);
    const interest = readRecord(reg, P2).interest as Array<{ date: string }>;
    expect(interest).toHaveLength(1);
    expect(interest[0]!.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("takes the municipality by its name from ikz.yaml too, as its help says (was 'unbekannter Wert „Kreis Groß-Gerau“')", async () => {
    const reg = makeRegister();
    const run = await ikz(reg, ["interest", "IKZ-2025-001", "Kreis Groß-Gerau", "--level", "observer", "--date", "2025-04-01"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(readRecord(reg, P1).interest).toContainEqual({ municipality: "kreis-gross-gerau", level: "observer", date: "2025-04-01" });
    // Any case names the same municipality.
    const add = await ikz(reg, ["participant", "add", "IKZ-2025-001", "kreis groß-gerau"]);
    expect(add.stderr).toBe("");
    expect(add.code).toBe(0);
  });

  it("unknown project or municipality: exit 2 with a suggestion; no --level without a terminal: exit 2", async () => {
    const reg = makeRegister();
    const m = await ikz(reg, ["interest", "IKZ-2025-001", "nauhiem", "--level", "observer"]);
    expect(m.code).toBe(2);
    expect(m.stderr).toContain("meinten Sie „nauheim“");
    const p = await ikz(reg, ["interest", "IKZ-2025-01", "nauheim", "--level", "observer"]);
    expect(p.code).toBe(2);
    expect(p.stderr).toContain("meinten Sie „IKZ-2025-001“");
    const level = await ikz(reg, ["interest", "IKZ-2025-001", "nauheim"]);
    expect(level.code).toBe(2);
    expect(level.stderr).toContain("--level");
    expect(status(reg)).toBe("");
  });

  it("with a terminal asks for the level", async () => {
    const reg = makeRegister();
    const prompter = fakePrompter([{ select: "Rückmeldung von nauheim", answer: "interested" }]);
    const { deps } = testDeps(prompter);
    const outcome = await recordInterest({ write: writeOpts(reg.dir), project: "IKZ-2025-001", municipality: "nauheim" }, deps);
    prompter.done();
    expect(outcome.result).toEqual({ id: "IKZ-2025-001", municipality: "nauheim", level: "interested", updated: false });
    expect(readRecord(reg, P1).interest).toContainEqual({ municipality: "nauheim", level: "interested", date: "2026-05-04" });
  });
});

describe("ikz council", () => {
  it("appends a resolution with the body derived from ikz.yaml", async () => {
    const reg = registerWithParticipants();
    const run = await ikz(reg, ["council", "IKZ-2025-002", "trebur", "--result", "approved", "--date", "2025-06-26", "--reference", "Drucksache 2025/041"]);
    expect(run.code).toBe(0);
    expect(readRecord(reg, P2).council_resolutions).toEqual([{ municipality: "trebur", body: "Gemeindevertretung Trebur", date: "2025-06-26", result: "approved", reference: "Drucksache 2025/041" }]);
    await ikz(reg, ["council", "IKZ-2025-002", "raunheim", "--result", "deferred", "--date", "2025-06-27"]);
    expect((await ikz(reg, ["participant", "add", "IKZ-2025-002", "kreis-gross-gerau"])).code).toBe(0);
    await ikz(reg, ["council", "IKZ-2025-002", "kreis-gross-gerau", "--result", "approved", "--date", "2025-06-28", "--body", "Kreisausschuss"]);
    const bodies = (readRecord(reg, P2).council_resolutions as Array<{ body: string }>).map((r) => r.body);
    expect(bodies).toEqual(["Gemeindevertretung Trebur", "Stadtverordnetenversammlung Raunheim", "Kreisausschuss"]);
    expect(lastCommit(reg).message).toBe("ikz: Gremienbeschluss kreis-gross-gerau zu IKZ-2025-002: zugestimmt\n\nIkz-Record: IKZ-2025-002");
  });

  it("a rejection takes the municipality out of the participants in the same commit", async () => {
    const reg = registerWithParticipants();
    const run = await ikz(reg, ["council", "IKZ-2025-002", "trebur", "--result", "rejected", "--date", "2025-06-26"]);
    expect(run.code).toBe(0);
    const data = readRecord(reg, P2);
    expect(data.participants).toEqual([{ municipality: "raunheim", role: "lead" }]);
    expect(data.council_resolutions).toEqual([{ municipality: "trebur", body: "Gemeindevertretung Trebur", date: "2025-06-26", result: "rejected" }]);
    expect(lastCommit(reg).files).toBe(P2);
    expect((await ikz(reg, ["validate"])).code).toBe(0);
  });

  it("a rejection by the lead is refused (exit 1) and changes nothing", async () => {
    const reg = registerWithParticipants();
    const run = await ikz(reg, ["council", "IKZ-2025-002", "raunheim", "--result", "rejected", "--date", "2025-06-26"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("neue Federführung");
    expect(status(reg)).toBe("");
  });

  it("with a terminal asks for result and reference", async () => {
    const reg = registerWithParticipants();
    const prompter = fakePrompter([
      { select: "Ergebnis", answer: "approved" },
      { input: "Drucksache", answer: "DS 7/2025" },
    ]);
    const { deps } = testDeps(prompter);
    const outcome = await recordCouncil({ write: writeOpts(reg.dir), project: "IKZ-2025-002", municipality: "trebur", date: "2025-07-01" }, deps);
    prompter.done();
    expect(outcome.result.body).toBe("Gemeindevertretung Trebur");
    expect(readRecord(reg, P2).council_resolutions).toEqual([{ municipality: "trebur", body: "Gemeindevertretung Trebur", date: "2025-07-01", result: "approved", reference: "DS 7/2025" }]);
  });
});

describe("ikz participant", () => {
  it("add as partner with a cost share, then remove", async () => {
    const reg = registerWithParticipants();
    const add = await ikz(reg, ["participant", "add", "IKZ-2025-002", "nauheim", "--cost-share", "25"]);
    expect(add.code).toBe(0);
    expect(readRecord(reg, P2).participants).toContainEqual({ municipality: "nauheim", role: "partner", cost_share: 25 });
    expect(lastCommit(reg).message).toBe("ikz: nauheim beteiligt an IKZ-2025-002 (Partner)\n\nIkz-Record: IKZ-2025-002");
    const remove = await ikz(reg, ["participant", "remove", "IKZ-2025-002", "nauheim"]);
    expect(remove.code).toBe(0);
    expect(readRecord(reg, P2).participants).toEqual([{ municipality: "raunheim", role: "lead" }, { municipality: "trebur", role: "partner" }]);
  });

  it("a new lead takes over in one step, the former lead stays a partner; removing the lead is refused; removing a non-participant is a usage error", async () => {
    const reg = registerWithParticipants();
    const lead = await ikz(reg, ["participant", "add", "IKZ-2025-002", "nauheim", "--role", "lead", "--cost-share", "20"]);
    expect(lead.code, lead.stderr).toBe(0);
    expect(lastCommit(reg).message).toBe("ikz: Federführung für IKZ-2025-002 geht von raunheim an nauheim über (raunheim bleibt Partner)\n\nIkz-Record: IKZ-2025-002");
    const data = readRecord(reg, P2);
    expect(data.lead).toBe("nauheim");
    expect(data.participants).toEqual([{ municipality: "raunheim", role: "partner" }, { municipality: "trebur", role: "partner" }, { municipality: "nauheim", role: "lead", cost_share: 20 }]);
    // Back again: raunheim becomes lead, nauheim a partner.
    expect((await ikz(reg, ["participant", "add", "IKZ-2025-002", "raunheim", "--role", "lead"])).code).toBe(0);
    expect(readRecord(reg, P2).lead).toBe("raunheim");
    expect((readRecord(reg, P2).participants as Array<{ role: string }>).filter((x) => x.role === "lead")).toHaveLength(1);
    const removeLead = await ikz(reg, ["participant", "remove", "IKZ-2025-002", "raunheim"]);
    expect(removeLead.code).toBe(1);
    const stranger = await ikz(reg, ["participant", "remove", "IKZ-2025-002", "gernsheim"]);
    expect(stranger.code).toBe(2);
    expect(status(reg)).toBe("");
  });

  it("handing the lead over in an idea: the old lead becomes a partner (lead dropped), then the new lead", async () => {
    const reg = registerWithParticipants();
    expect((await ikz(reg, ["participant", "add", "IKZ-2025-002", "raunheim", "--role", "partner"])).code).toBe(0);
    expect(readRecord(reg, P2).lead).toBeUndefined();
    expect((await ikz(reg, ["participant", "add", "IKZ-2025-002", "trebur", "--role", "lead"])).code).toBe(0);
    const data = readRecord(reg, P2);
    expect(data.lead).toBe("trebur");
    expect(data.participants).toEqual([{ municipality: "raunheim", role: "partner" }, { municipality: "trebur", role: "lead" }]);
    expect((await ikz(reg, ["validate"])).code).toBe(0);
  });

  it("the first lead of an idea sets `lead` too (in process, nothing asked)", async () => {
    const reg = makeRegister();
    const prompter = fakePrompter([]);
    const { deps } = testDeps(prompter);
    await addParticipant({ write: writeOpts(reg.dir), project: "IKZ-2025-001", municipality: "trebur", role: "lead" }, deps);
    await addParticipant({ write: writeOpts(reg.dir), project: "IKZ-2025-001", municipality: "nauheim", role: "partner", costShare: "40" }, deps);
    await removeParticipant({ write: writeOpts(reg.dir), project: "IKZ-2025-001", municipality: "nauheim" }, deps);
    prompter.done();
    const data = readRecord(reg, P1);
    expect(data.lead).toBe("trebur");
    expect(data.participants).toEqual([{ municipality: "trebur", role: "lead" }]);
    expect(git(reg.dir, "log", "--format=%s", "-3").split("\n")).toEqual([
      "ikz: nauheim nicht mehr beteiligt an IKZ-2025-001",
      "ikz: nauheim beteiligt an IKZ-2025-001 (Partner)",
      "ikz: trebur beteiligt an IKZ-2025-001 (federführend)",
    ]);
  });
});

describe("ikz milestone", () => {
  it("add numbers milestones M1, M2; set records forecast and done", async () => {
    const reg = makeRegister();
    expect((await ikz(reg, ["milestone", "add", "IKZ-2025-001", "--title", "Prozessaufnahme", "--due", "2025-09-30", "--gate"])).code).toBe(0);
    expect((await ikz(reg, ["milestone", "add", "IKZ-2025-001", "--title", "Vereinbarung", "--due", "2025-12-31"])).code).toBe(0);
    const set = await ikz(reg, ["milestone", "set", "IKZ-2025-001", "m2", "--forecast", "2026-02-28", "--done", "2026-02-20"]);
    expect(set.code).toBe(0);
    expect(readRecord(reg, P1).milestones).toEqual([
      { id: "M1", title: "Prozessaufnahme", due: "2025-09-30", gate: true },
      { id: "M2", title: "Vereinbarung", due: "2025-12-31", forecast: "2026-02-28", done: "2026-02-20" },
    ]);
    expect(lastCommit(reg).message).toBe("ikz: Meilenstein M2 von IKZ-2025-001: Prognose 28.02.2026, erreicht 20.02.2026\n\nIkz-Record: IKZ-2025-001");
  });

  it("unknown milestone: usage error with a suggestion; missing flags without a terminal name them", async () => {
    const reg = makeRegister();
    await ikz(reg, ["milestone", "add", "IKZ-2025-001", "--title", "Prozessaufnahme", "--due", "2025-09-30"]);
    const unknown = await ikz(reg, ["milestone", "set", "IKZ-2025-001", "M3", "--done", "2025-10-01"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("meinten Sie „M1“");
    const noDate = await ikz(reg, ["milestone", "set", "IKZ-2025-001", "M1"]);
    expect(noDate.code).toBe(2);
    expect(noDate.stderr).toContain("--forecast");
    const noDue = await ikz(reg, ["milestone", "add", "IKZ-2025-001", "--title", "X"]);
    expect(noDue.code).toBe(2);
    expect(noDue.stderr).toContain("--due");
    const badDate = await ikz(reg, ["milestone", "add", "IKZ-2025-001", "--title", "X", "--due", "2025-02-30"]);
    expect(badDate.code).toBe(2);
    const future = await ikz(reg, ["milestone", "set", "IKZ-2025-001", "M1", "--done", "2999-01-01"]);
    // A done date to come is refused by a rule (exit 1), as decide and condition refuse theirs, dates as people read them.
    expect(future.code).toBe(1);
    expect(future.stderr).toContain("--done 01.01.2999 liegt nach dem heutigen Tag");
    expect(future.stderr).toContain("--forecast");
    expect(future.stderr).not.toContain("2999-01-01");
    expect(status(reg)).toBe("");
  });

  it("with a terminal asks title, due date and gate; then forecast and done", async () => {
    const reg = makeRegister();
    const add = fakePrompter([
      { input: "Titel des Meilensteins", answer: "Lenkungsgruppe entscheidet", rejects: [""] },
      { input: "Geplant für", answer: "2025-10-15", rejects: ["15.10.2025"] },
      { confirm: "Meilensteinbeschluss", answer: true },
    ]);
    const added = await addMilestone({ write: writeOpts(reg.dir), project: "IKZ-2025-001" }, testDeps(add).deps);
    add.done();
    expect(added.result).toEqual({ id: "IKZ-2025-001", milestone: "M1" });
    const set = fakePrompter([
      { input: "Prognose", answer: "2025-11-01" },
      { input: "Erreicht am", answer: "" },
    ]);
    await setMilestone({ write: writeOpts(reg.dir), project: "IKZ-2025-001", milestone: "1" }, testDeps(set).deps);
    set.done();
    expect(readRecord(reg, P1).milestones).toEqual([{ id: "M1", title: "Lenkungsgruppe entscheidet", due: "2025-10-15", gate: true, forecast: "2025-11-01" }]);
  });
});
