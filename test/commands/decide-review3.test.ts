// Findings of the third user-view review of ikz decide, through the built CLI: a meeting planned and opened with
// ikz itself (a member represented by a substitute, as `ikz meeting open --substitute` writes it), then decisions
// that must be refused (exit 1, nothing written) or written in the right words; `ikz validate` flags hand-written ones.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { describeRefusal } from "../../src/commands/decide-refusal.js";
import { formatDate } from "../../src/render/format.js";
import { git, removeTempDirs } from "../helpers/cli.js";
import { ikz, projectFile, type TestRegister } from "../write/register-repo.js";
import { MEETING, decided, expectNothing, sampleRepo } from "./decide-helpers.js";

afterAll(removeTempDirs, 60_000);

/** The sample with LG-2026-06 on 20.11.2026 planned and opened through the CLI: 4 of 6, Carsten Sittmann represented by Eva Muster. */
async function withMeeting(): Promise<TestRegister> {
  const reg = sampleRepo();
  const planned = await ikz(reg, ["meeting", "new", "--date", "2026-11-20"]);
  expect(planned.code, planned.stderr).toBe(0);
  const opened = await ikz(reg, ["meeting", "open", "LG-2026-06", "--present", "goetz,will,schell", "--substitute", "sittmann=Eva Muster"]);
  expect(opened.code, opened.stderr).toBe(0);
  return reg;
}

const IN_MEETING = ["--meeting", "LG-2026-06"];

describe("defect 1: the type must be possible in the phase whatever the outcome", () => {
  it("a rejected closure and a deferred release of a project in idea are refused and name what is possible", async () => {
    const reg = await withMeeting();
    const close = await expectNothing(reg, ["decide", "IKZ-2026-002", "--type", "close", "--outcome", "rejected", ...IN_MEETING, "--consensus", "--reason", "x"], 1);
    expect(close).toContain("„Projektabschluss“ ist in der Phase „Idee“ nicht möglich – in dieser Phase möglich: Start Interessenbekundung");
    // The codes --type takes follow the labels.
    expect(close).toMatch(/in dieser Phase möglich: [^(]+ \(--type start_interest(, [a-z_]+)*\)/);
    const release = await expectNothing(reg, ["decide", "IKZ-2026-002", "--type", "implementation_release", "--outcome", "deferred", ...IN_MEETING, "--consensus"], 1);
    expect(release).toContain("„Umsetzungsfreigabe“ ist in der Phase „Idee“ nicht möglich");
  });

  it("validate flags a hand-written deferred closure of a project in idea at its type (IKZ-LC-002)", async () => {
    const reg = await withMeeting();
    const ok = await decided(reg, ["IKZ-2026-002", "--type", "acknowledge", "--outcome", "approved", ...IN_MEETING, "--consensus"]);
    const file = `decisions/2026/${/^id: (B-\d{4}-\d{3})$/m.exec(ok)![1]}.md`;
    writeFileSync(join(reg.dir, file), ok.replace("type: acknowledge", "type: close").replace("outcome: approved", "outcome: deferred"));
    const run = await ikz(reg, ["validate"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`${file}:4:7: Fehler IKZ-LC-002 type: Beschlussart „Projektabschluss“ ist in Phase „Idee“ nicht möglich`));
  });

  it("a back-dated approval that would leave later decisions in a phase they are not possible in is refused; validate stays clean", async () => {
    const reg = sampleRepo();
    const how = { rework: ["--consensus", "--reason", "Kosten offen"], deferred: ["--consensus"], rejected: ["--votes", "1:4:1", "--reason", "nein"] };
    for (const [outcome, rest] of Object.entries(how)) await decided(reg, ["IKZ-2024-004", "--type", "direction", "--outcome", outcome, "--meeting", MEETING, ...rest]);
    // A day earlier, by circulation: the direction would move the project to councils under the three above.
    const early = ["decide", "IKZ-2024-004", "--type", "direction", "--outcome", "approved", "--circulation", "--date", "2026-11-25", "--present", "goetz,schell,sittmann,will"];
    const refused = await expectNothing(reg, early, 1);
    expect(refused).toContain("ein Beschluss vom 25.11.2026 käme im Ablauf vor B-2026-015 vom 26.11.2026 („Richtungsentscheidung“), und der wäre dann in der Phase „Gremienbeteiligung“ nicht mehr möglich – Datum prüfen");
    expect(refused).toContain("B-2026-017");
    expect((await ikz(reg, ["validate"])).code).toBe(0);
    // On the meeting's date it comes after them (same date, higher number) and is recorded.
    await decided(reg, ["IKZ-2024-004", "--type", "direction", "--outcome", "approved", "--meeting", MEETING, "--consensus"]);
    expect(readFileSync(join(reg.dir, projectFile(reg, "IKZ-2024-004")), "utf8")).toMatch(/^phase: councils$/m);
    expect((await ikz(reg, ["validate"])).code).toBe(0);
  });
});

describe("defect 2: a decision in which every member present is excluded", () => {
  it("is refused (IKZ-DEC-022) and the project stays as it was", async () => {
    const reg = await withMeeting();
    const before = readFileSync(join(reg.dir, projectFile(reg, "IKZ-2026-001")), "utf8");
    const stderr = await expectNothing(reg, ["decide", "IKZ-2026-001", "--type", "cancel", "--outcome", "approved", ...IN_MEETING, "--excluded", "goetz,will,schell,sittmann", "--consensus", "--reason", "kein Bedarf"], 1);
    expect(stderr).toContain("niemand stimmberechtigt: alle 4 Anwesenden sind befangen (excluded)");
    expect(stderr).toContain("(IKZ-DEC-022)");
    expect(readFileSync(join(reg.dir, projectFile(reg, "IKZ-2026-001")), "utf8")).toBe(before);
    // One member without a conflict may decide: the excluded still count for the quorum.
    await decided(reg, ["IKZ-2026-001", "--type", "cancel", "--outcome", "approved", ...IN_MEETING, "--excluded", "will,schell,sittmann", "--consensus", "--reason", "kein Bedarf"]);
  });
});

describe("defect 3: accept_report of a report submitted after the decision date", () => {
  it("is refused (IKZ-LC-020) with the date from which it can be accepted", async () => {
    const reg = await withMeeting();
    const made = await ikz(reg, ["report", "new", "IKZ-2025-001", "--period", "assessment", "--kind", "assessment", "--overall", "green"]);
    expect(made.code, made.stderr).toBe(0);
    const submitted = /^submitted: (\S+)$/m.exec(readFileSync(join(reg.dir, "reports/IKZ-2025-001/assessment.md"), "utf8"))![1]!.replace(/['"]/g, "");
    expect(submitted > "2026-11-20", "the report is submitted today, after the meeting").toBe(true);
    const stderr = await expectNothing(reg, ["decide", "IKZ-2025-001", "--type", "accept_report", "--report", "assessment", "--outcome", "approved", ...IN_MEETING, "--votes", "3:0:0", "--excluded", "sittmann"], 1);
    expect(stderr).toContain(`Bericht IKZ-2025-001/assessment wurde erst am ${formatDate(submitted, "de")} eingereicht, nach dem Beschlussdatum 20.11.2026`);
    expect(stderr).toContain(`oder die Abnahme in einer Sitzung ab dem ${formatDate(submitted, "de")} beschließen (IKZ-LC-020)`);
  });
});

describe("defect 4: an excluded member represented by a substitute", () => {
  it("the decision names the substitute, as the minutes and ikz show do", async () => {
    const reg = await withMeeting();
    const text = await decided(reg, ["IKZ-2024-002", "--type", "acknowledge", "--outcome", "approved", ...IN_MEETING, "--votes", "3:0:0", "--excluded", "sittmann"]);
    expect(text).toContain("Eva Muster (in Vertretung von Carsten Sittmann) nahm wegen Befangenheit an Beratung und Beschlussfassung nicht teil.");
    expect(text).not.toContain("Carsten Sittmann nahm");
  });
});

describe("defect 5: the body's article in refusals", () => {
  it("der Fördermittelgeber, die Bürgermeister-Dienstversammlung (through the CLI, German and English)", async () => {
    const reg = sampleRepo();
    const funder = ["decide", "IKZ-2025-004", "--type", "cancel", "--outcome", "approved", "--body", "funder", "--date", "2026-11-26", "--reason", "x"];
    const de = await expectNothing(reg, funder, 1);
    expect(de).toContain("der Fördermittelgeber darf „Abbruch“ nicht beschließen");
    expect(de).not.toContain("die Fördermittelgeber");
    const en = await ikz(reg, ["--lang", "en", ...funder]);
    expect(en.stderr).toContain("the funder may not take 'Cancellation'");
    const mayors = await expectNothing(reg, ["decide", "IKZ-2025-004", "--type", "cancel", "--outcome", "approved", "--body", "mayors_assembly", "--date", "2026-11-26", "--consensus", "--reason", "x"], 1);
    expect(mayors).toContain("die Bürgermeister-Dienstversammlung darf „Abbruch“ erst ab der Gremienbeteiligung beschließen");
    expect(git(reg.dir, "status", "--porcelain")).toBe("");
  });

  it.each([
    ["steering_group", "die Lenkungsgruppe darf", "the steering group may"],
    ["mayors_assembly", "die Bürgermeister-Dienstversammlung darf", "the mayors' assembly may"],
    ["funder", "der Fördermittelgeber darf", "the funder may"],
  ])("every body's refusal has its article: %s", (body, de, en) => {
    for (const code of ["decide.bodyNotAllowed", "decide.bodyNotAllowedAtAll", "decide.bodyOnlyInPhases", "decide.bodyOnlyInPhasesHold"]) {
      const issue = { code, severity: "error" as const, file: "decisions/2026/B-2026-015.md", path: ["body"], params: { type: "cancel", body, phase: "prioritized", phases: "councils", bodies: "steering_group" } };
      expect(describeRefusal(issue, "de")).toMatch(new RegExp(`^${de} `));
      expect(describeRefusal(issue, "en")).toMatch(new RegExp(`^${en} `));
    }
  });
});
