// ikz decide with a person at the terminal (scripted prompter, in process), a standard by circulation, and English.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { decide } from "../../src/commands/decide.js";
import { git, removeTempDirs } from "../helpers/cli.js";
import { fakePrompter } from "../helpers/fake-prompter.js";
import { SAMPLE_DIR, ikz, projectFile, readRecord, testDeps, writeOpts } from "../write/register-repo.js";
import { MEETING, MEETING_DATE, sampleRepo } from "./decide-helpers.js";

afterAll(removeTempDirs, 60_000);

describe("interactive decide", () => {
  it("asks for the meeting, a project from its agenda, a type allowed in its phase, outcome, votes and reason; shows a preview; commits", async () => {
    const reg = sampleRepo();
    const prompter = fakePrompter([
      { select: "Sitzung", answer: MEETING },
      { select: "Projekt", answer: "IKZ-2026-002" },
      { select: "Beschlussart", answer: "start_interest" },
      { select: "Ergebnis", answer: "approved_with_conditions" },
      { input: "Stimmen", answer: "5:0:1", rejects: ["5:0", "viele"] },
      { checkbox: "Befangen", answer: [] },
      { input: "Auflage 1", answer: "Steckbrief an alle Kommunen versenden;2027-01-15;raunheim", rejects: ["", "Text;15.01.2027"] },
      { input: "Auflage 2", answer: "" },
      { input: "Begründung", answer: "" },
      { select: "festhalten", answer: "yes" },
    ]);
    const { deps, err } = testDeps(prompter, MEETING_DATE);
    const outcome = await decide({ write: writeOpts(reg.dir), input: { circulation: false, body: "steering_group", consensus: false, conditions: [] }, yes: false }, deps);
    prompter.done();
    expect(prompter.asked[1]!.choices).toEqual(["IKZ-2024-001", "IKZ-2025-004", "IKZ-2026-001", "IKZ-2026-002", "-"]); // the four projects on the agenda of LG-2026-05, and "no project"
    expect(prompter.asked[2]!.choices).toEqual(["start_interest", "accept_report", "milestone", "change_mandate", "support", "hold", "cancel", "acknowledge"]);
    expect(err()).toContain("Vorschau decisions/2026/B-2026-015.md");
    expect(err()).toContain("\nAuflage 1 (bis 15.01.2027, Raunheim): Steckbrief an alle Kommunen versenden");
    expect(outcome.commit).toBeDefined();
    expect(readRecord(reg, "decisions/2026/B-2026-015.md")).toMatchObject({ type: "start_interest", outcome: "approved_with_conditions", votes: { for: 5, against: 0, abstain: 1 } });
    expect(readRecord(reg, projectFile(reg, "IKZ-2026-002")).phase).toBe("interest");
  });

  it("writes nothing when the preview is declined", async () => {
    const reg = sampleRepo();
    const head = git(reg.dir, "rev-parse", "HEAD");
    const prompter = fakePrompter([{ checkbox: "Befangen", answer: [] }, { input: "Begründung", answer: "" }, { select: "festhalten", answer: "no" }]);
    const { deps } = testDeps(prompter, MEETING_DATE);
    const input = { project: "IKZ-2026-002", type: "start_interest" as const, outcome: "approved" as const, meeting: MEETING, circulation: false, body: "steering_group" as const, consensus: true, conditions: [] };
    await expect(decide({ write: writeOpts(reg.dir), input, yes: false }, deps)).rejects.toMatchObject({ key: "decide.aborted", exitCode: 2 });
    prompter.done();
    expect(git(reg.dir, "rev-parse", "HEAD")).toBe(head);
  });
});

describe("interactive decide with nothing to pick", () => {
  it("says that no meeting is open, not that a flag is missing for want of a terminal", async () => {
    const reg = sampleRepo();
    const head = git(reg.dir, "rev-parse", "HEAD");
    const prompter = fakePrompter([]);
    // The day before the sample's opened meeting: no meeting can decide yet.
    const { deps } = testDeps(prompter, "2026-01-02");
    const failure = decide({ write: writeOpts(reg.dir), input: { circulation: false, body: "steering_group", consensus: false, conditions: [] }, yes: false }, deps);
    await expect(failure).rejects.toMatchObject({ key: "decide.noOpenMeeting", exitCode: 2 });
    prompter.done();
    expect(git(reg.dir, "rev-parse", "HEAD")).toBe(head);
  });
});

describe("interactive pickers", () => {
  it("offers only opened meetings up to today, the latest first; reports not yet accepted, the agenda's as default", async () => {
    const reg = sampleRepo((dir) => {
      const opened = readFileSync(join(dir, "meetings/2026/LG-2026-05.md"), "utf8");
      writeFileSync(join(dir, "meetings/2026/LG-2026-06.md"), opened.replace("id: LG-2026-05", "id: LG-2026-06").replace(`date: ${MEETING_DATE}`, "date: 2026-11-20"));
      const planned = readFileSync(join(SAMPLE_DIR, "meetings/2026/LG-2026-05.md"), "utf8");
      writeFileSync(join(dir, "meetings/2026/LG-2026-07.md"), planned.replace("id: LG-2026-05", "id: LG-2026-07").replace("date: 2026-12-10", "date: 2026-11-25"));
    });
    const base = fakePrompter([
      { select: "Sitzung", answer: MEETING },
      { select: "Bericht", answer: "2026-Q3" },
      { checkbox: "Befangen", answer: ["beispiel"] },
      { input: "Begründung", answer: "" },
    ]);
    const defaults: unknown[] = [];
    const prompter = { ...base, select: <T extends string>(q: Parameters<typeof base.select<T>>[0]) => (defaults.push(q.default), base.select(q)) };
    const { deps } = testDeps(prompter, MEETING_DATE);
    await decide({ write: writeOpts(reg.dir), input: { project: "IKZ-2023-003", type: "accept_report", outcome: "approved", circulation: false, body: "steering_group", consensus: true, conditions: [] }, yes: true }, deps);
    base.done();
    // LG-2026-07 (25.11.) is not opened; LG-2026-06 (20.11.) is older than LG-2026-05 (26.11.).
    expect(base.asked[0]!.choices).toEqual(["LG-2026-05", "LG-2026-06"]);
    expect(defaults[0]).toBe("LG-2026-05");
    // IKZ-2023-003: assessment and 2026-Q2 are accepted (B-2026-013); the agenda item "Quartalsberichte 2026-Q3" names the default.
    expect(base.asked[1]!.choices).toEqual(["2025-Q3", "2025-Q4", "2026-Q1", "2026-Q3"]);
    expect(defaults[1]).toBe("2026-Q3");
    const text = readFileSync(join(reg.dir, "decisions/2026/B-2026-015.md"), "utf8");
    expect(text).toContain("## Begründung\n\nEine Begründung wurde nicht angegeben.");
    // Conflicts of interest are asked among those present; the substitute sat in the member's place and is the one who left the table.
    expect(base.asked[2]!.choices).toEqual(["goetz", "schell", "sittmann", "burghardt", "will", "beispiel"]);
    expect(readRecord(reg, "decisions/2026/B-2026-015.md").excluded).toEqual(["beispiel"]);
    expect(text).toContain("Jonas Vertreter (in Vertretung von Anna Beispiel) nahm wegen Befangenheit an Beratung und Beschlussfassung nicht teil.");
  });
});

describe("standard by circulation, and English", () => {
  it("records a process standard without a project by circulation; the members who replied are the present ones", async () => {
    const reg = sampleRepo();
    const run = await ikz(reg, ["decide", "--type", "standard", "--outcome", "approved", "--circulation", "--date", "2026-11-20", "--present", "goetz,schell,sittmann,will", "--title", "Quartalsberichte bis zum 30. Tag nach Quartalsende", "--text", "Die Projektleitungen legen ihre Quartalsberichte bis zum 30. Tag nach Quartalsende vor."]);
    expect(run.code, run.stderr).toBe(0);
    const d = readRecord(reg, "decisions/2026/B-2026-015.md");
    expect(d).toMatchObject({ type: "standard", mode: "circulation", present: ["goetz", "schell", "sittmann", "will"] });
    expect(d.project).toBeUndefined();
    expect(d.meeting).toBeUndefined();
    const text = readFileSync(join(reg.dir, "decisions/2026/B-2026-015.md"), "utf8");
    expect(text).toContain("Festlegung des Standards „Quartalsberichte bis zum 30. Tag nach Quartalsende“.");
    expect(text).toContain("Die Lenkungsgruppe legt fest: Die Projektleitungen legen ihre Quartalsberichte bis zum 30. Tag nach Quartalsende vor.");
    expect(text).toContain("Abstimmungsergebnis (Umlaufverfahren, 4 von 6 Mitgliedern haben geantwortet): keine Gegenstimme");
    expect((await ikz(reg, ["validate"])).code).toBe(0);
    const member = await ikz(reg, ["decide", "--type", "standard", "--outcome", "approved", "--circulation", "--date", "2026-11-21", "--present", "goetz,schell,becker,will", "--title", "Noch ein Standard", "--text", "Protokolle binnen zwei Wochen."]);
    expect(member.code).toBe(1);
    expect(member.stderr).toContain("„Heinz-Peter Becker“ gehörte am 21.11.2026 nicht der Lenkungsgruppe an");
    expect(member.stderr).toContain("zu wenige Rückmeldungen im Umlaufverfahren: 3, nötig sind 4");
    expect(member.stderr).not.toContain("--circulation");
  });

  it("writes the decision body in English with --lang en", async () => {
    const reg = sampleRepo();
    const run = await ikz(reg, ["--lang", "en", "decide", "IKZ-2025-001", "--type", "hold", "--outcome", "approved", "--meeting", MEETING, "--votes", "6:0:0", "--reason", "Staff shortage at the registry office.", "--resubmission", "2027-06-30"]);
    expect(run.code, run.stderr).toBe(0);
    const text = readFileSync(join(reg.dir, "decisions/2026/B-2026-015.md"), "utf8");
    expect(text.match(/^## .*/gm)).toEqual(["## Subject", "## Resolution", "## Reasons"]);
    expect(text).toContain("The steering group resolves to put the project 'Gemeinsamer Standesamtsbezirk Nordkreis' on hold. It is resubmitted at the first meeting after 30 Jun 2027.");
    expect(text).toContain("Vote: 6 for, 0 against, 0 abstentions (unanimous)");
    expect(readRecord(reg, projectFile(reg, "IKZ-2025-001"))).toMatchObject({ phase: "on_hold", hold_until: "2027-06-30" });
  });
});
