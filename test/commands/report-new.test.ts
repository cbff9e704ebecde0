import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { reportNew } from "../../src/commands/report-new.js";
import { renderTemplate } from "../../src/register/template.js";
import { git, removeTempDirs } from "../helpers/cli.js";
import {
  gitStatus,
  ikzIn,
  lastCommitChanges,
  lastCommitMessage,
  readRecord,
  registerRepo,
  scriptedPrompter,
  snapshot,
  testDeps,
  writeFlags,
  type AskedQuestion,
} from "../helpers/records.js";

afterAll(removeTempDirs);

describe("ikz report new (no terminal)", () => {
  it("creates reports/<project>/<period>.md with lights, milestones and the template body, in one commit", async () => {
    const dir = registerRepo();
    const run = await ikzIn(
      dir,
      "report", "new", "IKZ-2024-002", "--period", "2025-Q4",
      "--overall", "yellow", "--schedule", "green", "--costs", "red",
      "--progress", "60", "--savings-realized", "12.000", "--author", "Miriam Vogt", "--date", "2026-01-12",
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("reports/IKZ-2024-002/2025-Q4.md");

    const { data, body } = readRecord(join(dir, "reports/IKZ-2024-002/2025-Q4.md"));
    expect(data).toEqual({
      project: "IKZ-2024-002",
      period: "2025-Q4",
      kind: "quarterly",
      submitted: "2026-01-12",
      author: "Miriam Vogt",
      lights: { overall: "yellow", schedule: "green", costs: "red" },
      progress_pct: 60,
      savings_realized_eur: 12000,
      milestones: [
        { id: "M1", status: "done", date: "2025-04-22" },
        { id: "M2", status: "done", date: "2026-02-12" },
        { id: "M3", status: "done", date: "2026-10-15" },
        { id: "M4", status: "open" },
        { id: "M5", status: "open" },
      ],
    });
    // Key order as in the sample reports.
    expect(Object.keys(data)).toEqual(["project", "period", "kind", "submitted", "author", "lights", "progress_pct", "savings_realized_eur", "milestones"]);
    expect(body).toMatch(/^\n## Sachstand\n\n4\. Quartal 2025: /);
    expect(body).toContain("- M4 Gemeinsame Treibhausgasbilanz und Maßnahmenprogramm: offen, fällig am 31.03.2027");
    expect(body).toContain("\n## Nächste Schritte\n");
    expect(body).not.toContain("## Ergebnis");
    expect(body).not.toMatch(/undefined|\n\n\n/);

    expect(lastCommitChanges(dir)).toEqual(["A\treports/IKZ-2024-002/2025-Q4.md"]);
    expect(lastCommitMessage(dir)).toBe("ikz: Bericht IKZ-2024-002/2025-Q4 angelegt\n\nIkz-Record: IKZ-2024-002/2025-Q4");
    expect(gitStatus(dir)).toBe("");
    const validate = await ikzIn(dir, "validate");
    expect(validate.code, validate.stdout).toBe(0);
  });

  it("writes milestone dates in English as every English output does (31 Mar 2027, not 2027-03-31)", async () => {
    const dir = registerRepo();
    const run = await ikzIn(
      dir,
      "--lang", "en", "report", "new", "IKZ-2024-002", "--period", "2025-Q4",
      "--overall", "yellow", "--schedule", "green", "--costs", "red", "--author", "Miriam Vogt", "--date", "2026-01-12",
    );
    expect(run.code, run.stderr).toBe(0);
    const { body } = readRecord(join(dir, "reports/IKZ-2024-002/2025-Q4.md"));
    expect(body).toContain("- M1 ");
    expect(body).toContain(": done on 22 Apr 2025");
    expect(body).toContain("- M4 Gemeinsame Treibhausgasbilanz und Maßnahmenprogramm: open, due 31 Mar 2027");
    expect(body).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it("derives the kind from a named period and gives assessment reports Ergebnis and Empfehlung", async () => {
    const dir = registerRepo("minimal-register");
    const run = await ikzIn(dir, "report", "new", "IKZ-2025-001", "--period", "assessment", "--overall", "green", "--date", "2025-06-30");
    expect(run.code, run.stderr).toBe(0);
    const { data, body } = readRecord(join(dir, "reports/IKZ-2025-001/assessment.md"));
    expect(data).toEqual({ project: "IKZ-2025-001", period: "assessment", kind: "assessment", submitted: "2025-06-30", lights: { overall: "green" } });
    expect(body).toContain("Vorteilhaftigkeitsprüfung: ");
    expect(body).toContain("\n## Ergebnis\n");
    expect(body).toContain("\n## Empfehlung\n");
    expect(body).not.toContain("Meilensteine");
    expect(lastCommitMessage(dir)).toContain("Ikz-Record: IKZ-2025-001/assessment");
    expect((await ikzIn(dir, "validate")).code).toBe(0);
  });

  it("takes the traffic lights in German too (grün, gelb, rot) and refuses other words with the allowed ones", async () => {
    const dir = registerRepo("minimal-register");
    const run = await ikzIn(dir, "report", "new", "IKZ-2025-001", "--period", "assessment", "--overall", "Grün", "--costs", "rot", "--schedule", "gelb", "--date", "2025-06-30");
    expect(run.code, run.stderr).toBe(0);
    expect(readRecord(join(dir, "reports/IKZ-2025-001/assessment.md")).data).toMatchObject({ lights: { overall: "green", costs: "red", schedule: "yellow" } });
    const head = git(dir, "rev-parse", "HEAD");
    const refused = await ikzIn(dir, "report", "new", "IKZ-2025-001", "--period", "2025-Q3", "--overall", "blau");
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/„blau“.*green, yellow, red/);
    expect(git(dir, "rev-parse", "HEAD")).toBe(head);
  });

  it("refuses a period that already has a report (exit 1) and changes nothing", async () => {
    const dir = registerRepo();
    const head = git(dir, "rev-parse", "HEAD");
    const before = snapshot(dir);
    const run = await ikzIn(dir, "report", "new", "IKZ-2023-002", "--period", "2026-Q2", "--overall", "green");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("reports/IKZ-2023-002/2026-Q2.md");
    expect(run.stderr).toMatch(/liegt schon vor/);
    expect(git(dir, "rev-parse", "HEAD")).toBe(head);
    expect(snapshot(dir)).toEqual(before);
    expect(gitStatus(dir)).toBe("");
    // Without a terminal and without --overall: the existing report is the answer, not the missing light.
    const bare = await ikzIn(dir, "report", "new", "IKZ-2023-002", "--period", "2026-Q2");
    expect(bare.code).toBe(1);
    expect(bare.stderr).toMatch(/liegt schon vor/);
  });

  it("refuses a quarter that ended before the project was created, and a submission before it (exit 1, nothing written)", async () => {
    const dir = registerRepo();
    const head = git(dir, "rev-parse", "HEAD");
    // IKZ-2024-002 was created on 2024-03-04.
    const early = await ikzIn(dir, "report", "new", "IKZ-2024-002", "--period", "2023-Q4", "--overall", "green", "--date", "2024-06-01");
    expect(early.code).toBe(1);
    expect(early.stderr).toContain("IKZ-RPT-002 period: Bericht für 2023-Q4: das Quartal endete am 31.12.2023, vor der Aufnahme des Projekts IKZ-2024-002 am 04.03.2024 – Zeitraum prüfen (frühestens 2024-Q1)");
    const before = await ikzIn(dir, "report", "new", "IKZ-2024-002", "--period", "2024-Q1", "--overall", "green", "--date", "2024-03-01");
    expect(before.code).toBe(1);
    expect(before.stderr).toContain("IKZ-PRJ-005 submitted: Datum 01.03.2024 liegt vor der Aufnahme des Projekts IKZ-2024-002 am 04.03.2024");
    expect(git(dir, "rev-parse", "HEAD")).toBe(head);
    expect(gitStatus(dir)).toBe("");
    // The quarter in which the project was created is fine.
    expect((await ikzIn(dir, "report", "new", "IKZ-2024-002", "--period", "2024-Q1", "--overall", "green", "--date", "2024-04-10")).code).toBe(0);
  });

  it("says that an accepted report is append-only", async () => {
    const dir = registerRepo();
    const run = await ikzIn(dir, "report", "new", "IKZ-2023-001", "--period", "assessment", "--overall", "green");
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/abgenommen und damit festgeschrieben/);
  });

  it("without a terminal --overall is required: exit 2 naming the flag, no hang", async () => {
    const dir = registerRepo();
    const run = await ikzIn(dir, "report", "new", "IKZ-2024-002", "--period", "2026-Q4", "--schedule", "green");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--overall");
    expect(gitStatus(dir)).toBe("");
  });

  it("refuses an unknown project with a suggestion and a malformed period (exit 2)", async () => {
    const dir = registerRepo();
    const unknown = await ikzIn(dir, "report", "new", "IKZ-2024-02", "--period", "2026-Q4", "--overall", "green");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("meinten Sie „IKZ-2024-002“");
    const period = await ikzIn(dir, "report", "new", "IKZ-2024-002", "--period", "2026-Q5", "--overall", "green");
    expect(period.code).toBe(2);
    expect(period.stderr).toContain("--period");
    // The value as typed, not lower-cased.
    expect(period.stderr).toContain("„2026-Q5“");
    const kind = await ikzIn(dir, "report", "new", "IKZ-2024-002", "--period", "final", "--kind", "quarterly", "--overall", "green");
    expect(kind.code).toBe(2);
    expect(gitStatus(dir)).toBe("");
  });
});

describe("report new with a terminal (scripted prompter)", () => {
  it("asks for the lights that were not given, with German labels, and for the author", async () => {
    const dir = registerRepo();
    const asked: AskedQuestion[] = [];
    const prompter = scriptedPrompter(
      [
        { expect: /Gesamtbewertung/, answer: "yellow" },
        { expect: /Kosten/, answer: "red" },
        { expect: /Qualität/, answer: "green" },
        { expect: /Personal/, answer: "green" },
        { expect: /Verfasst von/, answer: "Miriam Vogt" },
      ],
      asked,
    );
    const deps = testDeps({ prompter, today: "2027-01-08" });
    const outcome = await reportNew({ ...writeFlags(dir), project: "IKZ-2024-002", period: "2026-Q4", lights: { schedule: "green" } }, deps);
    expect(outcome.result).toEqual({ id: "IKZ-2024-002/2026-Q4", file: "reports/IKZ-2024-002/2026-Q4.md" });
    expect(asked.map((q) => q.kind)).toEqual(["select", "select", "select", "select", "input"]);
    expect(asked[0]!.choices!.map((c) => [c.value, c.name])).toEqual([["green", "Grün"], ["yellow", "Gelb"], ["red", "Rot"]]);
    const { data } = readRecord(join(dir, "reports/IKZ-2024-002/2026-Q4.md"));
    expect(data.lights).toEqual({ overall: "yellow", schedule: "green", costs: "red", quality: "green", resources: "green" });
    expect(data.author).toBe("Miriam Vogt");
    expect(data.submitted).toBe("2027-01-08");
    expect(outcome.commit).toBe(git(dir, "rev-parse", "HEAD"));
    expect(lastCommitChanges(dir)).toEqual(["A\treports/IKZ-2024-002/2026-Q4.md"]);
  });

  it("asks for the period with the last finished quarter as default", async () => {
    const dir = registerRepo();
    const asked: AskedQuestion[] = [];
    const prompter = scriptedPrompter([
      { expect: /Berichtszeitraum/, answer: "2026-Q4" },
      { expect: /Gesamtbewertung/, answer: "green" },
      { expect: /Termine/, answer: "green" },
      { expect: /Kosten/, answer: "green" },
      { expect: /Qualität/, answer: "green" },
      { expect: /Personal/, answer: "green" },
    ], asked);
    const outcome = await reportNew({ ...writeFlags(dir), project: "IKZ-2024-002", lights: {}, author: "Miriam Vogt" }, testDeps({ prompter, today: "2027-01-08" }));
    expect(outcome.result.id).toBe("IKZ-2024-002/2026-Q4");
    expect(asked[0]).toMatchObject({ kind: "input", default: "2026-Q4" });
    expect(existsSync(join(dir, "reports/IKZ-2024-002/2026-Q4.md"))).toBe(true);
  });

  it("refuses an existing report before asking anything", async () => {
    const dir = registerRepo();
    const before = readFileSync(join(dir, "reports/IKZ-2023-002/2026-Q2.md"), "utf8");
    const deps = testDeps({ prompter: scriptedPrompter([]) });
    await expect(reportNew({ ...writeFlags(dir), project: "IKZ-2023-002", period: "2026-Q2", lights: {} }, deps)).rejects.toMatchObject({ key: "report-exists", exitCode: 1 });
    await expect(reportNew({ ...writeFlags(dir), project: "IKZ-2099-001", period: "2026-Q2", lights: {} }, deps)).rejects.toMatchObject({ key: "unknown-code", exitCode: 2 });
    expect(readFileSync(join(dir, "reports/IKZ-2023-002/2026-Q2.md"), "utf8")).toBe(before);
  });
});

describe("templates/decision.md and templates/minutes.md (used by the decision commands)", () => {
  it("renders a decision with conditions and vote under Gegenstand, Beschlusstext, Begründung", () => {
    const text = renderTemplate("/nonexistent", "decision", {
      frontMatter: "---\nid: B-2025-008\n---\n",
      subject: "Umsetzungsfreigabe für „Gemeinsame Aufsicht über Geldspielgeräte in Gaststätten“ (IKZ-2023-003).",
      text: "Die Umsetzung wird freigegeben. Die Freigabe erfolgt mit folgenden Auflagen:",
      conditions: [
        { n: 1, text: "Muster-Gebührensatzung bereitstellen.", due: "30.09.2025", owner: "Stadt Kelsterbach" },
        { n: 2, text: "Erfahrungsbericht vorlegen." },
      ],
      vote: "6 Ja, 0 Nein, 0 Enthaltungen",
      reason: "Alle Gremien haben zugestimmt.",
    });
    expect(text).toBe(
      "---\nid: B-2025-008\n---\n\n## Gegenstand\n\nUmsetzungsfreigabe für „Gemeinsame Aufsicht über Geldspielgeräte in Gaststätten“ (IKZ-2023-003).\n\n" +
        "## Beschlusstext\n\nDie Umsetzung wird freigegeben. Die Freigabe erfolgt mit folgenden Auflagen:\n\n" +
        // One paragraph per condition, as the minutes quote them ("Auflage 1 (bis …, …): …").
        "Auflage 1 (bis 30.09.2025, Stadt Kelsterbach): Muster-Gebührensatzung bereitstellen.\n\nAuflage 2: Erfahrungsbericht vorlegen.\n\n" +
        "Abstimmungsergebnis: 6 Ja, 0 Nein, 0 Enthaltungen\n\n## Begründung\n\nAlle Gremien haben zugestimmt.\n",
    );
    const bare = renderTemplate("/nonexistent", "decision", { frontMatter: "---\nid: B-2025-001\n---\n", subject: "Festlegung eines Standards." });
    expect(bare).not.toContain("Auflage");
    expect(bare).not.toContain("Abstimmungsergebnis");
    expect(bare.match(/^## .*/gm)).toEqual(["## Gegenstand", "## Beschlusstext", "## Begründung"]);
  });
});
