// ikz meeting new | open | close, spawned on copies of the sample register in temp Git repositories.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { git, removeTempDirs } from "../helpers/cli.js";
import { meetingOpen } from "../../src/commands/meeting-open.js";
import { gitStatus, ikzIn, lastCommitMessage, readRecord, registerRepo, scriptedPrompter, snapshot, testDeps, writeFlags, type AskedQuestion } from "../helpers/records.js";

afterAll(removeTempDirs, 60_000);

const SNAPSHOTS = new URL("./__snapshots__/", import.meta.url);
const MEETING = "meetings/2026/LG-2026-06.md";

/** Runs ikz validate and expects no errors. */
async function expectValid(dir: string): Promise<void> {
  const run = await ikzIn(dir, "validate");
  expect(run.stdout + run.stderr).toMatch(/keine Fehler/);
  expect(run.code).toBe(0);
}

/** A refused run changes nothing: same files, same HEAD, clean tree. */
async function expectUnchanged(dir: string, args: string[], code: number, message: RegExp): Promise<void> {
  const head = git(dir, "rev-parse", "HEAD");
  const before = snapshot(dir);
  const run = await ikzIn(dir, ...args);
  expect(run.stderr).toMatch(message);
  expect(run.code).toBe(code);
  expect(git(dir, "rev-parse", "HEAD")).toBe(head);
  expect(snapshot(dir)).toEqual(before);
  expect(gitStatus(dir)).toBe("");
}

/** Writes files into the register and commits them (records the coordinator would have written by hand). */
function commitFiles(dir: string, files: Record<string, string>): void {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(join(dir, file, ".."), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", "test records");
}

/** A planned meeting on 20 Nov 2026 with a hand-made agenda (decision items, one report item, opening, AOB). */
const PLANNED = `---
id: LG-2026-06
date: 2026-11-20
kind: regular
location: Rathaus Raunheim, Sitzungssaal
status: planned
agenda:
  - item: 1
    title: Eröffnung, Feststellung der Beschlussfähigkeit und Genehmigung der Tagesordnung
    kind: information
  - item: 2
    title: "Abnahme Projektbericht (2026-Q3): Gemeinsame Vollstreckungsstelle Südkreis"
    kind: decision
    project: IKZ-2023-002
    decision_type: accept_report
  - item: 3
    title: "Unterstützung: Gemeinsame Stelle für Informationssicherheit"
    kind: decision
    project: IKZ-2024-001
    decision_type: support
  - item: 4
    title: "Meilensteinentscheidung M4: Interkommunale Klimaschutzstelle"
    kind: decision
    project: IKZ-2024-002
    decision_type: milestone
  - item: 5
    title: Sachstand der Förderanträge
    kind: report
  - item: 6
    title: Verschiedenes
    kind: information
---

Die Sitzung ist geplant.
`;

const PRESENT = "present: [goetz, schell, sittmann, beispiel, will]";

/**
 * Four decisions of the meeting: a split vote with conditions and an excluded member, a consensus, and two not on the
 * agenda (a change of mandate, and the acceptance of an older report of a project whose item names the 2026-Q3 report).
 */
const DECISIONS: Record<string, string> = {
  "decisions/2026/B-2026-015.md": `---
id: B-2026-015
date: 2026-11-20
type: accept_report
outcome: approved_with_conditions
body: steering_group
meeting: LG-2026-06
project: IKZ-2023-002
report: IKZ-2023-002/2026-Q3
mode: vote
votes: { for: 3, against: 1, abstain: 0 }
${PRESENT}
excluded: [schell]
conditions:
  - text: Kostenschlüssel 2027 mit allen Partnern abstimmen.
    due: 2027-02-28
    owner: riedstadt
  - text: Abbauplan für die Altrückstände vorlegen.
---

## Gegenstand

Abnahme des Quartalsberichts 2026-Q3 der Vollstreckungsstelle Südkreis.

## Beschlusstext

Der Quartalsbericht 2026-Q3 wird abgenommen.

1. Auflage 1 (bis 28.02.2027, riedstadt): Kostenschlüssel 2027 mit allen Partnern abstimmen.
2. Auflage 2: Abbauplan für die Altrückstände vorlegen.

Abstimmungsergebnis: 3 Ja, 1 Nein, 0 Enthaltungen

## Begründung

Der Bericht ist vollständig; offen sind Kostenschlüssel und Altrückstände.
`,
  "decisions/2026/B-2026-016.md": `---
id: B-2026-016
date: 2026-11-20
type: support
outcome: approved
body: steering_group
meeting: LG-2026-06
project: IKZ-2024-001
mode: consensus
${PRESENT}
support_kind: methodical
---

## Gegenstand

Methodische Unterstützung beim Basis-Sicherheitskonzept.

## Beschlusstext

Die Geschäftsstelle unterstützt die Projektleitung bei der Modellierung nach IT-Grundschutz.

## Begründung

Warum hat das Gremium so entschieden?
`,
  "decisions/2026/B-2026-017.md": `---
id: B-2026-017
date: 2026-11-20
type: change_mandate
outcome: rejected
body: steering_group
meeting: LG-2026-06
project: IKZ-2024-004
mode: vote
votes: { for: 1, against: 3, abstain: 1 }
${PRESENT}
reason: Die Erweiterung um Tiefbauleistungen übersteigt den Auftrag.
---

## Gegenstand

Erweiterung des Auftrags um Tiefbauleistungen.

## Beschlusstext

Der Auftrag wird nicht erweitert.
`,
  "decisions/2026/B-2026-018.md": `---
id: B-2026-018
date: 2026-11-20
type: accept_report
outcome: approved
body: steering_group
meeting: LG-2026-06
project: IKZ-2023-002
report: IKZ-2023-002/2026-Q2
mode: vote
votes: { for: 5, against: 0, abstain: 0 }
${PRESENT}
---

## Gegenstand

Abnahme des Quartalsberichts 2026-Q2 der Vollstreckungsstelle Südkreis.

## Beschlusstext

Der Quartalsbericht 2026-Q2 wird abgenommen.

Abstimmungsergebnis: 5 Ja, 0 Nein, 0 Enthaltungen
`,
};

const OPEN_ARGS = ["meeting", "open", "LG-2026-06", "--present", "goetz,sittmann,beispiel,will", "--substitute", "schell=Erste Beigeordnete Eva Muster", "--guest", "Katrin Lehmann, Projektleitung Vollstreckungsstelle"];
const CLOSE_ARGS = ["meeting", "close", "LG-2026-06", "--action", "Kostenschlüssel mit den Partnern abstimmen;Stadt Riedstadt;2027-02-28", "--action", "Sachstand Förderanträge nachreichen;Geschäftsstelle IKZ;2027-01-15", "--next-meeting", "2027-03-16", "--time", "14:00 bis 16:05 Uhr", "--recorder", "Geschäftsstelle IKZ, Stadt Raunheim"];

describe("ikz meeting new", () => {
  it("plans the next meeting of the year with a generated agenda, prints it, and commits one file", async () => {
    const dir = registerRepo();
    const run = await ikzIn(dir, "meeting", "new", "--date", "2027-03-16", "--location", "Rathaus Raunheim, Sitzungssaal");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const file = "meetings/2027/LG-2027-01.md";
    expect(run.stdout).toContain(`geschrieben: ${file}`);
    expect(run.stdout).toContain("Tagesordnung der Sitzung LG-2027-01 am 16.03.2027:");
    const { data, body } = readRecord(join(dir, file));
    expect(data).toMatchObject({ id: "LG-2027-01", date: "2027-03-16", kind: "regular", location: "Rathaus Raunheim, Sitzungssaal", status: "planned" });
    const agenda = data.agenda as Array<{ item: number; title: string; kind: string; project?: string; decision_type?: string }>;
    expect(agenda.map((a) => a.item)).toEqual(agenda.map((_, i) => i + 1));
    expect(agenda[0]).toEqual({ item: 1, title: "Eröffnung, Feststellung der Beschlussfähigkeit und Genehmigung der Tagesordnung", kind: "information" });
    expect(agenda.at(-1)).toEqual({ item: agenda.length, title: "Verschiedenes", kind: "information" });
    // Condition 2 of B-2025-008 is due 31.12.2026 and not in the project's conditions_done.
    expect(agenda).toContainEqual(expect.objectContaining({ kind: "report", project: "IKZ-2023-003", decision_type: "acknowledge", title: expect.stringMatching(/^Überfällige Auflage 2 aus B-2025-008 \(fällig 31\.12\.2026\)/) }));
    // IKZ-2026-002 waits for start_interest, but the planned LG-2026-05 (10.12.2026) already has it on its agenda.
    expect(agenda.some((a) => a.project === "IKZ-2026-002")).toBe(false);
    for (const a of agenda.slice(1, -1)) expect(run.stdout).toContain(a.title);
    expect(body).toContain("\n## Tagesordnung\n\n1. Eröffnung");
    expect(lastCommitMessage(dir)).toMatch(/^ikz: Sitzung LG-2027-01 am 16.03.2027 geplant\n\nIkz-Record: LG-2027-01$/);
    expect(git(dir, "show", "--name-only", "--format=", "HEAD")).toBe(file);
    await expectValid(dir);
  });

  it("refuses a second meeting on the same day (exit 1, nothing changed) unless it is extraordinary", async () => {
    const dir = registerRepo();
    await expectUnchanged(dir, ["meeting", "new", "--date", "2026-12-10"], 1, /am 10\.12\.2026 gibt es schon die Sitzung LG-2026-05 .*--kind extraordinary/);
    const run = await ikzIn(dir, "meeting", "new", "--date", "2026-12-10", "--kind", "extraordinary");
    expect(run.code).toBe(0);
    expect(readRecord(join(dir, "meetings/2026/LG-2026-06.md")).data).toMatchObject({ kind: "extraordinary", status: "planned" });
    await expectValid(dir);
  });

  it("refuses a meeting of kind circulation: circulation decisions need no meeting (exit 2, nothing changed)", async () => {
    const dir = registerRepo();
    await expectUnchanged(dir, ["meeting", "new", "--date", "2027-01-12", "--kind", "circulation"], 2, /Umlaufbeschluss braucht keine Sitzung: ikz decide <projekt> … --circulation/);
  });

  it("lists the reports waiting since the last accepted one, submitted by the meeting day, and funding applications of the coming weeks", async () => {
    const dir = registerRepo();
    const run = await ikzIn(dir, "meeting", "new", "--date", "2026-11-25", "--kind", "extraordinary");
    expect(run.code).toBe(0);
    const agenda = readRecord(join(dir, "meetings/2026/LG-2026-06.md")).data.agenda as Array<{ title: string; project?: string; decision_type?: string }>;
    // IKZ-2023-002 has no quarterly report accepted: all five wait, under one item.
    const reports = agenda.filter((a) => a.project === "IKZ-2023-002" && a.decision_type === "accept_report").map((a) => a.title.replace(/:.*/, ""));
    expect(reports).toEqual(["Abnahme der Projektberichte (3. Quartal 2025, 4. Quartal 2025, 1. Quartal 2026, 2. Quartal 2026, 3. Quartal 2026)"]);
    // IKZ-2023-003's 2026-Q2 report was accepted (B-2026-013): the older ones are overtaken, 2026-Q3 waits.
    expect(agenda.filter((a) => a.project === "IKZ-2023-003" && a.decision_type === "accept_report").map((a) => a.title.replace(/:.*/, ""))).toEqual(["Abnahme Projektbericht (3. Quartal 2026)"]);
    // The programme ends on 31.12.2026: applications planned for 15.12. and 18.12. are agreed at this meeting.
    expect(agenda.filter((a) => a.title.startsWith("Förderantrag")).map((a) => `${a.project} ${/geplant zum ([\d.]+)/.exec(a.title)?.[1]}`)).toEqual(["IKZ-2024-003 18.12.2026", "IKZ-2024-004 15.12.2026"]);
    await expectValid(dir);
    // A meeting on 01.10.2026 knows nothing of the 2026-Q3 reports submitted in October.
    const early = await ikzIn(dir, "meeting", "new", "--date", "2026-10-01", "--kind", "extraordinary");
    expect(early.code).toBe(0);
    const earlyAgenda = readRecord(join(dir, "meetings/2026/LG-2026-07.md")).data.agenda as Array<{ title: string }>;
    expect(earlyAgenda.some((a) => a.title.includes("2026-Q3"))).toBe(false);
  });

  it("a second meeting on the same day does not repeat the agenda of the first", async () => {
    const dir = registerRepo();
    expect((await ikzIn(dir, "meeting", "new", "--date", "2026-11-25")).code).toBe(0);
    expect((await ikzIn(dir, "meeting", "new", "--date", "2026-11-25", "--kind", "extraordinary")).code).toBe(0);
    const first = readRecord(join(dir, "meetings/2026/LG-2026-06.md")).data.agenda as unknown[];
    const second = readRecord(join(dir, "meetings/2026/LG-2026-07.md")).data.agenda as unknown[];
    expect(first.length).toBeGreaterThan(2);
    expect(second).toHaveLength(2);
    await expectValid(dir);
  });

  it("a bad --kind and a missing meeting id are usage errors with the error prefix and the subcommand's help", async () => {
    const dir = registerRepo();
    await expectUnchanged(dir, ["meeting", "new", "--date", "2027-01-12", "--kind", "foo"], 2, /^ikz: Fehler: „foo“ ist für --kind nicht erlaubt – erlaubt: regular, extraordinary\n$/);
    // The help offers only the kinds a meeting can have.
    const help = await ikzIn(dir, "meeting", "new", "--help");
    expect(help.stdout).toMatch(/--kind <art>\s+Art: regular oder extraordinary/);
    expect(help.stdout).not.toMatch(/choices:.*circulation/);
    await expectUnchanged(dir, ["meeting", "open"], 2, /^ikz: Fehler: Angabe fehlt: Sitzungs-ID \(z\. B\. LG-2025-03\) – „ikz meeting open --help“ zeigt den Aufruf\n$/);
    await expectUnchanged(dir, ["--lang", "en", "meeting", "close"], 2, /^ikz: error: missing: meeting ID \(e\.g\. LG-2025-03\) – 'ikz meeting close --help' shows the usage\n$/);
  });

  it("without a terminal a missing --date is a usage error naming the flag", async () => {
    const dir = registerRepo();
    await expectUnchanged(dir, ["meeting", "new"], 2, /--date fehlt/);
  });
});

describe("ikz meeting open", () => {
  it("records attendance for the roster of the day; exactly at quorum (a substitute counts) the group can decide", async () => {
    const dir = registerRepo();
    commitFiles(dir, { [MEETING]: PLANNED });
    const run = await ikzIn(dir, "meeting", "open", "LG-2026-06", "--present", "goetz,sittmann,beispiel", "--substitute", "schell=Erste Beigeordnete Eva Muster");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("LG-2026-06: 4 von 6 Mitgliedern anwesend oder vertreten – beschlussfähig (nötig: 4).");
    const { data } = readRecord(join(dir, MEETING));
    expect(data.status).toBe("open");
    // Becker left on 30.06.2024: the roster of 20.11.2026 has six members, Beispiel in his place.
    expect(data.attendance).toEqual([
      { member: "goetz", present: true },
      { member: "schell", present: true, substitute: "Erste Beigeordnete Eva Muster" },
      { member: "sittmann", present: true },
      { member: "beispiel", present: true },
      { member: "burghardt", present: false },
      { member: "will", present: false },
    ]);
    expect(lastCommitMessage(dir)).toMatch(/Ikz-Record: LG-2026-06$/);
    await expectValid(dir);
  });

  it("says in the body of a meeting planned by meeting new that it is open now", async () => {
    const dir = registerRepo();
    expect((await ikzIn(dir, "meeting", "new", "--date", "2026-11-25")).code).toBe(0);
    const file = join(dir, "meetings/2026/LG-2026-06.md");
    expect(readRecord(file).body).toContain("Die Sitzung ist geplant; die Niederschrift folgt nach der Sitzung.");
    expect((await ikzIn(dir, "meeting", "open", "LG-2026-06", "--present", "goetz,schell,sittmann,will")).code).toBe(0);
    const { body } = readRecord(file);
    expect(body).toContain("\n## Tagesordnung\n\n1. Eröffnung");
    expect(body).toContain("Die Sitzung ist eröffnet, die Anwesenheit erfasst; die Niederschrift folgt nach der Sitzung.");
    expect(body).not.toContain("ist geplant");
    await expectValid(dir);
  });

  it("warns without quorum but records the attendance (exit 0)", async () => {
    const dir = registerRepo();
    commitFiles(dir, { [MEETING]: PLANNED });
    const run = await ikzIn(dir, "meeting", "open", "LG-2026-06", "--present", "goetz,sittmann,will");
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("nur 3 von 6 Mitgliedern anwesend oder vertreten, nötig sind 4 – die Sitzung kann stattfinden, aber nichts beschließen");
    expect(readRecord(join(dir, MEETING)).data.status).toBe("open");
    await expectValid(dir);
  });

  it("refuses to change the attendance of a meeting that already has decisions, naming them (exit 1)", async () => {
    const dir = registerRepo();
    commitFiles(dir, { [MEETING]: PLANNED });
    expect((await ikzIn(dir, ...OPEN_ARGS)).code).toBe(0);
    commitFiles(dir, DECISIONS);
    await expectUnchanged(dir, ["meeting", "open", "LG-2026-06", "--present", "goetz,schell,sittmann,will"], 1, /LG-2026-06 hat schon Beschlüsse \(B-2026-015, B-2026-016, B-2026-017, B-2026-018\); die Anwesenheit kann nicht mehr geändert werden/);
  });

  it("refuses a member who has left, an unknown id, a closed meeting, a future one, a circulation and a missing --present", async () => {
    const dir = registerRepo();
    commitFiles(dir, { [MEETING]: PLANNED, "meetings/2099/LG-2099-01.md": PLANNED.replace("LG-2026-06", "LG-2099-01").replace("2026-11-20", "2099-11-20") });
    await expectUnchanged(dir, ["meeting", "open", "LG-2099-01", "--present", "goetz"], 1, /LG-2099-01 ist erst am 20\.11\.2099 – die Anwesenheit wird am Sitzungstag erfasst/);
    await expectUnchanged(dir, ["meeting", "open", "LG-2026-06", "--present", "goetz,becker,sittmann,will"], 1, /becker \(Heinz-Peter Becker\) gehört am 20\.11\.2026 nicht zur Lenkungsgruppe \(Mitglied 10\.12\.2013 bis 30\.06\.2024\)/);
    await expectUnchanged(dir, ["meeting", "open", "LG-2026-06", "--present", "goetz,sitman"], 2, /unbekannter Wert „sitman“ – meinten Sie „sittmann“\?/);
    await expectUnchanged(dir, ["meeting", "open", "LG-2026-6", "--present", "goetz"], 2, /meinten Sie „LG-2026-06“\?/);
    await expectUnchanged(dir, ["meeting", "open", "LG-2026-04", "--present", "goetz"], 1, /LG-2026-04 ist geschlossen/);
    await expectUnchanged(dir, ["meeting", "open", "LG-2098-01", "--present", "goetz"], 2, /unbekannter Wert „LG-2098-01“/);
    await expectUnchanged(dir, ["meeting", "open", "LG-2026-06"], 2, /--present fehlt/);
    await expectUnchanged(dir, ["meeting", "open", "LG-2026-06", "--present", "goetz", "--substitute", "goetz=Max Muster"], 2, /goetz steht in --present und in --substitute/);
    commitFiles(dir, { "meetings/2026/LG-2026-07.md": PLANNED.replace("LG-2026-06", "LG-2026-07").replace("kind: regular", "kind: circulation") });
    await expectUnchanged(dir, ["meeting", "open", "LG-2026-07", "--present", "goetz,schell,sittmann,will"], 1, /LG-2026-07 ist als Umlaufverfahren \(kind: circulation\) angelegt – ein Umlaufverfahren hat keine Anwesenheit/);
  });
});

describe("ikz meeting open on a terminal", () => {
  it("asks who is present (checkbox of the roster that day), then a substitute or nobody for each one missing", async () => {
    const dir = registerRepo();
    commitFiles(dir, { [MEETING]: PLANNED });
    const asked: AskedQuestion[] = [];
    const prompter = scriptedPrompter(
      [
        { expect: /^Wer ist anwesend\?/, answer: ["goetz", "sittmann", "will"] },
        { expect: /^Vertretung für Thomas Schell \(leer = entschuldigt\)/, answer: "Eva Muster" },
        { expect: /^Vertretung für Anna Beispiel/, answer: "" },
        { expect: /^Vertretung für Patrick Burghardt/, answer: "" },
      ],
      asked,
    );
    const outcome = await meetingOpen({ write: writeFlags(dir), id: "lg-2026-06", substitutes: [], guests: [] }, testDeps({ today: "2026-11-28", prompter }));
    expect(asked.map((q) => q.kind)).toEqual(["checkbox", "input", "input", "input"]);
    expect(asked[0]!.choices?.map((c) => c.value)).toEqual(["goetz", "schell", "sittmann", "beispiel", "burghardt", "will"]);
    expect(outcome.result.quorum).toEqual({ present: 4, members: 6, required: 4, met: true });
    expect(readRecord(join(dir, MEETING)).data.attendance).toEqual([
      { member: "goetz", present: true },
      { member: "schell", present: true, substitute: "Eva Muster" },
      { member: "sittmann", present: true },
      { member: "beispiel", present: false },
      { member: "burghardt", present: false },
      { member: "will", present: true },
    ]);
    expect(gitStatus(dir)).toBe("");
  });
});

describe("ikz meeting close", () => {
  it("refuses a meeting without attendance and leaves everything as it was", async () => {
    const dir = registerRepo();
    commitFiles(dir, { [MEETING]: PLANNED });
    await expectUnchanged(dir, ["meeting", "close", "LG-2026-06"], 1, /LG-2026-06 hat noch keine Anwesenheit – erst eröffnen: ikz meeting open LG-2026-06/);
  });

  it("keeps a BOM and CRLF line endings of the meeting file through open and close", async () => {
    const dir = registerRepo();
    commitFiles(dir, { [MEETING]: `\uFEFF${PLANNED.replace(/\n/g, "\r\n")}` });
    expect((await ikzIn(dir, "meeting", "open", "LG-2026-06", "--present", "goetz,schell,sittmann,will")).code).toBe(0);
    const run = await ikzIn(dir, "meeting", "close", "LG-2026-06");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const text = readFileSync(join(dir, MEETING), "utf8");
    expect(text.startsWith("\uFEFF---\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toContain("\n");
    expect(text).toContain("\r\n# Niederschrift\r\n");
    // Without --next-meeting the minutes name the next planned meeting after this one: LG-2026-05 on 10.12.2026.
    expect(text).toContain("Die nächste Sitzung findet am Donnerstag, 10. Dezember 2026 statt.");
    expect(readRecord(join(dir, MEETING)).data.next_meeting).toBe("2026-12-10");
    await expectValid(dir);
  });

  it("refuses a next meeting on or before the meeting day (exit 1, nothing changed)", async () => {
    const dir = registerRepo();
    commitFiles(dir, { [MEETING]: PLANNED });
    expect((await ikzIn(dir, "meeting", "open", "LG-2026-06", "--present", "goetz,schell,sittmann,will")).code).toBe(0);
    await expectUnchanged(dir, ["meeting", "close", "LG-2026-06", "--next-meeting", "2026-11-01"], 1, /--next-meeting 01\.11\.2026 liegt nicht nach dem Sitzungstag 20\.11\.2026 von LG-2026-06/);
    await expectUnchanged(dir, ["meeting", "close", "LG-2026-06", "--next-meeting", "2026-11-20"], 1, /liegt nicht nach dem Sitzungstag/);
  });

  it("refuses an action item without owner or due date, or due before the meeting (exit 2, nothing changed)", async () => {
    const dir = registerRepo();
    commitFiles(dir, { [MEETING]: PLANNED });
    expect((await ikzIn(dir, "meeting", "open", "LG-2026-06", "--present", "goetz,schell,sittmann,will")).code).toBe(0);
    await expectUnchanged(dir, ["meeting", "close", "LG-2026-06", "--action", "nur Text"], 2, /--action „nur Text“: Form "was;wer;bis" \(alle drei Angaben nötig/);
    await expectUnchanged(dir, ["meeting", "close", "LG-2026-06", "--action", "Text;Geschäftsstelle IKZ"], 2, /alle drei Angaben nötig/);
    await expectUnchanged(dir, ["meeting", "close", "LG-2026-06", "--action", "Text;;2027-01-15"], 2, /alle drei Angaben nötig/);
    await expectUnchanged(dir, ["meeting", "close", "LG-2026-06", "--action", "Text;riedstadt;2026-11-19"], 2, /Frist 19\.11\.2026 liegt vor dem Sitzungstag 20\.11\.2026 von LG-2026-06/);
    // Due on the meeting day itself is fine.
    expect((await ikzIn(dir, "meeting", "close", "LG-2026-06", "--action", "Text;riedstadt;2026-11-20")).code).toBe(0);
  });

  it("names the first meeting after the meeting day even if it is already closed (back-dated minutes)", async () => {
    const dir = registerRepo();
    commitFiles(dir, { [MEETING]: PLANNED });
    expect((await ikzIn(dir, "meeting", "open", "LG-2026-06", "--present", "goetz,schell,sittmann,will")).code).toBe(0);
    // LG-2026-05 is closed on 25.11.2026, before the planned one on 10.12.
    const later = join(dir, "meetings/2026/LG-2026-05.md");
    writeFileSync(later, readFileSync(later, "utf8").replace(/^date: 2026-12-10$/m, "date: 2026-11-25").replace(/^status: \w+$/m, "status: closed\nattendance:\n  - member: goetz\n    present: true"));
    git(dir, "commit", "-q", "-am", "LG-2026-05 held and closed");
    expect((await ikzIn(dir, "meeting", "close", "LG-2026-06")).code).toBe(0);
    expect(readFileSync(join(dir, MEETING), "utf8")).toContain("Die nächste Sitzung findet am Mittwoch, 25. November 2026 statt.");
  });

  it("without a later meeting and without --next-meeting the minutes say nothing about a next meeting", async () => {
    const dir = registerRepo();
    commitFiles(dir, { [MEETING]: PLANNED });
    expect((await ikzIn(dir, "meeting", "open", "LG-2026-06", "--present", "goetz,schell,sittmann,will")).code).toBe(0);
    // LG-2026-05, the only meeting planned after this one, moves to the day before.
    const later = join(dir, "meetings/2026/LG-2026-05.md");
    writeFileSync(later, readFileSync(later, "utf8").replace(/^date: 2026-12-10$/m, "date: 2026-11-19"));
    git(dir, "commit", "-q", "-am", "move LG-2026-05");
    const run = await ikzIn(dir, "meeting", "close", "LG-2026-06");
    expect(run.code).toBe(0);
    // No next meeting known: the minutes leave the section out rather than guess.
    const text = readFileSync(join(dir, MEETING), "utf8");
    expect(text).not.toContain("## Nächste Sitzung");
    expect(text).toMatch(/## Maßnahmen\n\nKeine\.\n\nVorsitz: /);
    expect(readRecord(join(dir, MEETING)).data.next_meeting).toBeUndefined();
  });

  for (const lang of ["de", "en"] as const) {
    it(`writes the minutes (${lang}) with every decision under its item, closes the meeting, and refuses to close it again`, async () => {
      const dir = registerRepo();
      commitFiles(dir, { [MEETING]: PLANNED });
      expect((await ikzIn(dir, ...OPEN_ARGS)).code).toBe(0);
      commitFiles(dir, DECISIONS);
      await expectValid(dir);
      const run = await ikzIn(dir, "--lang", lang, ...CLOSE_ARGS);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      const { data, body } = readRecord(join(dir, MEETING));
      expect(data).toMatchObject({
        status: "closed",
        guests: [{ name: "Katrin Lehmann", role: "Projektleitung Vollstreckungsstelle" }],
        actions: [{ text: "Kostenschlüssel mit den Partnern abstimmen", owner: "Stadt Riedstadt", due: "2027-02-28" }, { text: "Sachstand Förderanträge nachreichen", owner: "Geschäftsstelle IKZ", due: "2027-01-15" }],
        next_meeting: "2027-03-16",
      });
      const fixture = new URL(`meeting-minutes.${lang}.md`, SNAPSHOTS);
      // After a deliberate change of wording: IKZ_UPDATE_FIXTURES=1, then read the fixtures as a clerk would.
      if (process.env.IKZ_UPDATE_FIXTURES === "1") writeFileSync(fixture, body);
      expect(body).toBe(readFileSync(fixture, "utf8"));
      expect(lastCommitMessage(dir)).toMatch(/Ikz-Record: LG-2026-06$/);
      expect(git(dir, "show", "--name-only", "--format=", "HEAD")).toBe(MEETING);
      await expectValid(dir);
      await expectUnchanged(dir, ["meeting", "close", "LG-2026-06"], 1, /LG-2026-06 ist geschlossen/);
    });
  }
});
