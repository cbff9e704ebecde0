// Findings of review 7 on ikz decide / ikz condition done, through the built CLI: each rule refuses (exit 1) or is a
// usage error (exit 2) with nothing written and HEAD unchanged; decision files say what was decided in plain German.
// The meeting LG-2026-05 is moved to 26.11.2026 by sampleRepo; dates in 2099 are after any real today.
import { afterAll, describe, expect, it } from "vitest";
import { git, removeTempDirs } from "../helpers/cli.js";
import { ikz, makeRegister } from "../write/register-repo.js";
import { MEETING, decided, editFile, expectNothing, sampleRepo } from "./decide-helpers.js";

afterAll(removeTempDirs, 60_000);

const VOTE = ["--meeting", MEETING, "--votes", "6:0:0"];
const REPLIES = ["--present", "goetz,schell,will,sittmann"];


describe("rules decide now enforces (exit 1)", () => {
  it("a decision dated after today, by a body or by circulation", async () => {
    const reg = sampleRepo();
    const mayors = await expectNothing(reg, ["decide", "IKZ-2024-002", "--type", "acknowledge", "--outcome", "approved", "--body", "mayors_assembly", "--date", "2099-01-05", "--consensus"], 1);
    expect(mayors).toContain("Beschlussdatum 05.01.2099 liegt nach dem heutigen Tag");
    const circulation = await expectNothing(reg, ["decide", "IKZ-2023-002", "--type", "acknowledge", "--outcome", "approved", "--circulation", "--date", "2099-01-05", ...REPLIES], 1);
    expect(circulation).toContain("liegt nach dem heutigen Tag");
  });

  it("a standard set by the mayors' assembly; a hold resubmitted before the decision; a condition due before it", async () => {
    const reg = sampleRepo();
    const standard = await expectNothing(reg, ["decide", "--type", "standard", "--outcome", "approved", "--body", "mayors_assembly", "--date", "2026-11-20", "--consensus", "--title", "Berichtsstandard 2027", "--text", "Quartalsberichte bis zum 15. des Folgemonats."], 1);
    expect(standard).toContain("die Bürgermeister-Dienstversammlung darf „Festlegung Standard“ nicht beschließen – zuständig: Lenkungsgruppe (--body)");
    const hold = await expectNothing(reg, ["decide", "IKZ-2025-001", "--type", "hold", "--outcome", "approved", ...VOTE, "--reason", "Personalmangel", "--resubmission", "2026-11-01"], 1);
    expect(hold).toContain("Zurückstellung für IKZ-2025-001: Wiedervorlage 01.11.2026 liegt nicht nach dem Beschlussdatum 26.11.2026 – --resubmission auf ein Datum nach dem Beschluss setzen (IKZ-LC-018)");
    const due = await expectNothing(reg, ["decide", "IKZ-2025-001", "--type", "acknowledge", "--outcome", "approved_with_conditions", ...VOTE, "--condition", "Kosten klären;2026-11-01;raunheim"], 1);
    expect(due).toContain("Frist der Auflage 01.11.2026 liegt vor dem Beschlussdatum 26.11.2026 (IKZ-DEC-019)");
  });

  it("--supersedes: another project's decision, a later one, one already replaced", async () => {
    const reg = sampleRepo();
    // B-2026-013 (22.09.2026) accepted report 2026-Q2 of IKZ-2023-003.
    expect(await expectNothing(reg, ["decide", "IKZ-2025-001", "--type", "acknowledge", "--outcome", "approved", ...VOTE, "--supersedes", "B-2026-013"], 1)).toContain("IKZ-DEC-017");
    const later = await expectNothing(reg, ["decide", "IKZ-2023-003", "--type", "acknowledge", "--outcome", "approved", "--circulation", "--date", "2026-09-01", ...REPLIES, "--supersedes", "B-2026-013"], 1);
    expect(later).toContain("Beschluss B-2026-013 ist erst vom 22.09.2026");
    await decided(reg, ["IKZ-2023-003", "--type", "acknowledge", "--outcome", "approved", ...VOTE, "--supersedes", "B-2026-013"]);
    const twice = await expectNothing(reg, ["decide", "IKZ-2023-003", "--type", "acknowledge", "--outcome", "approved", ...VOTE, "--supersedes", "B-2026-013"], 1);
    expect(twice).toContain("Beschluss B-2026-013 ist bereits durch B-2026-015 ersetzt – wer ihn erneut ändern will, ersetzt B-2026-015");
    expect((await ikz(reg, ["validate"])).code).toBe(0);
  });

  it("a report accepted twice is named once, not as headline and again as detail", async () => {
    const reg = sampleRepo();
    const stderr = await expectNothing(reg, ["decide", "IKZ-2023-003", "--type", "accept_report", "--report", "2026-Q2", "--outcome", "approved", ...VOTE], 1);
    expect(stderr.split("wurde bereits mit B-2026-013 abgenommen").length).toBe(2);
  });

  it("a meeting not yet opened is the only thing reported", async () => {
    const reg = sampleRepo();
    editFile(reg.dir, "meetings/2026/LG-2026-05.md", [{ op: "set", path: ["status"], value: "planned" }, { op: "delete", path: ["attendance"] }]);
    git(reg.dir, "commit", "-qam", "not opened yet");
    const stderr = await expectNothing(reg, ["decide", "IKZ-2025-001", "--type", "acknowledge", "--outcome", "approved", ...VOTE], 1);
    expect(stderr).toContain("Sitzung LG-2026-05 vom 26.11.2026 ist noch nicht eröffnet");
    expect(stderr).not.toContain("anwesend");
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("malformed values are usage errors (exit 2)", () => {
  it("a condition without due date and municipality, or with an unknown municipality; a change of mandate without --text", async () => {
    const reg = sampleRepo();
    const base = ["decide", "IKZ-2025-001", "--type", "acknowledge", "--outcome", "approved_with_conditions", ...VOTE];
    expect(await expectNothing(reg, [...base, "--condition", "Kosten klären"], 2)).toContain("mit allen drei Teilen");
    expect(await expectNothing(reg, [...base, "--condition", "Kosten klären;2027-01-31"], 2)).toContain("mit allen drei Teilen");
    expect(await expectNothing(reg, [...base, "--condition", "Kosten klären;2027-01-31;darmstadt"], 2)).toContain("darmstadt");
    const change = await expectNothing(reg, ["decide", "IKZ-2025-001", "--type", "change_mandate", "--outcome", "approved", ...VOTE, "--reason", "Riedstadt tritt bei"], 2);
    expect(change).toContain("--text fehlt");
    const reason = await expectNothing(reg, ["decide", "IKZ-2025-001", "--type", "cancel", "--outcome", "approved", ...VOTE], 2);
    expect(reason).toContain("--reason fehlt: ein Abbruch braucht eine Begründung");
  });

  it("decide --help in German lists choices as „Auswahl“ even where commander wraps the line", async () => {
    const reg = sampleRepo();
    const help = await ikz(reg, ["decide", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("(Auswahl:");
    expect(help.stdout).not.toContain("choices");
  });
});

describe("ikz condition done: dates and numbers", () => {
  it("a fulfilment date after today or before the decision is refused (1); condition 0 is a usage error (2)", async () => {
    const reg = makeRegister("sample");
    expect(await expectNothing(reg, ["condition", "done", "B-2025-008", "2", "--date", "2099-12-24"], 1)).toContain("--date 24.12.2099 liegt nach dem heutigen Tag");
    expect(await expectNothing(reg, ["condition", "done", "B-2025-008", "2", "--date", "2020-01-02"], 1)).toContain("liegt vor dem Beschluss B-2025-008");
    expect(await expectNothing(reg, ["condition", "done", "B-2025-008", "0"], 2)).toContain("Auflagennummer „0“ ist keine Zahl 1, 2, …");
  });
});

describe("decision files in plain German", () => {
  it("conditions with due date and municipality, the excluded member by name, the full tally, no invented reason", async () => {
    const reg = sampleRepo();
    const text = await decided(reg, ["IKZ-2025-001", "--type", "acknowledge", "--outcome", "approved_with_conditions", "--meeting", MEETING, "--votes", "4:0:1", "--excluded", "burghardt", "--condition", "Kostenschätzung vorlegen;2027-01-31;kreis-gross-gerau"]);
    expect(text).toContain("folgenden Auflagen:\n\nAuflage 1 (bis 31.01.2027, Kreis Groß-Gerau): Kostenschätzung vorlegen\n\nAbstimmungsergebnis");
    expect(text).toContain("Abstimmungsergebnis: 4 Ja, 0 Nein, 1 Enthaltung\n");
    expect(text).toContain("Patrick Burghardt nahm wegen Befangenheit an Beratung und Beschlussfassung nicht teil.");
    expect(text).toContain("## Begründung\n\nEine Begründung wurde nicht angegeben.");
    expect(text).not.toContain("Voraussetzungen");
    expect(git(reg.dir, "log", "-1", "--format=%s")).toContain("mit Auflagen beschlossen");
  });

  it("rework, deferral, support, cancellation by the mayors' assembly and a change of mandate name body and object", async () => {
    const reg = sampleRepo();
    const rework = await decided(reg, ["IKZ-2023-002", "--type", "accept_report", "--report", "2026-Q3", "--outcome", "rework", ...VOTE, "--reason", "Kennzahlen fehlen"]);
    expect(rework).toContain("Die Lenkungsgruppe gibt den Projektbericht 3. Quartal 2026 zu „Gemeinsame Vollstreckungsstelle Südkreis“ zur Überarbeitung an die Projektleitung zurück.");
    const deferred = await decided(reg, ["IKZ-2025-004", "--type", "mandate", "--outcome", "deferred", ...VOTE]);
    expect(deferred).toContain("Die Lenkungsgruppe beschließt einstimmig, die Beratung über den Projektauftrag für „Gemeinsame E-Akte und digitaler Posteingang“ zu vertagen.");
    expect(deferred).toContain("Abstimmungsergebnis: 6 Ja, 0 Nein, 0 Enthaltungen (einstimmig)");
    expect(deferred).toContain("Eine Begründung wurde nicht angegeben.");
    const support = await decided(reg, ["IKZ-2024-003", "--type", "support", "--support-kind", "mediation", "--outcome", "approved", ...VOTE]);
    expect(support).toContain("Die Lenkungsgruppe beschließt, das Projekt „Gemeinsamer Bauhof Nauheim und Trebur“ durch Vermittlung zu unterstützen.");
    const change = await decided(reg, ["IKZ-2025-001", "--type", "change_mandate", "--outcome", "approved", ...VOTE, "--text", "Riedstadt wird in die Prüfung einbezogen.", "--reason", "Riedstadt hat Interesse erklärt."]);
    expect(change).toContain("Die Lenkungsgruppe ändert den Projektauftrag für „Gemeinsamer Standesamtsbezirk Nordkreis“ wie folgt: Riedstadt wird in die Prüfung einbezogen.");
    const cancel = await decided(reg, ["IKZ-2024-002", "--type", "cancel", "--outcome", "approved", "--body", "mayors_assembly", "--date", "2026-11-27", "--votes", "12:0:0", "--reason", "Förderung entfällt."]);
    expect(cancel).toContain("Die Bürgermeister-Dienstversammlung beschließt, das Projekt „Interkommunale Klimaschutzstelle“ abzubrechen.");
    expect((await ikz(reg, ["validate"])).code).toBe(0);
  });
});
