// Findings of the second review of ikz decide / ikz condition done, through the built CLI: refusals (exit 1) and usage
// errors (exit 2) write nothing and leave HEAD as it was; accepted decisions say in plain German what was decided.
import { afterAll, describe, expect, it } from "vitest";
import { removeTempDirs } from "../helpers/cli.js";
import { ikz } from "../write/register-repo.js";
import { MEETING, decided, expectNothing, sampleRepo } from "./decide-helpers.js";

afterAll(removeTempDirs, 60_000);


const SUPPORT = ["IKZ-2024-002", "--type", "support", "--support-kind", "methodical", "--meeting", MEETING];

describe("the outcome agrees with the tally (P1)", () => {
  it("a rejection the majority voted for, and a deferral without a majority, are refused; a rejection voted down is recorded in words", async () => {
    const reg = sampleRepo();
    const rejected = await expectNothing(reg, ["decide", ...SUPPORT, "--outcome", "rejected", "--votes", "4:1:0", "--reason", "Kein Bedarf"], 1);
    expect(rejected).toContain("Ergebnis „abgelehnt“ widerspricht den Stimmen (Ja: 4, Nein: 1, Enthaltungen: 0)");
    expect(rejected).toContain("(IKZ-DEC-020)");
    const deferred = await expectNothing(reg, ["decide", ...SUPPORT, "--outcome", "deferred", "--votes", "1:4:0"], 1);
    expect(deferred).toContain("keine Mehrheit für Vertagung oder Rückgabe (Ja: 1, Nein: 4, Enthaltungen: 0)");
    const text = await decided(reg, [...SUPPORT, "--outcome", "rejected", "--votes", "1:4:1", "--reason", "Kein Bedarf"]);
    expect(text).toContain("Die Lenkungsgruppe lehnt es ab, das Projekt „Interkommunale Klimaschutzstelle“ durch methodische Begleitung zu unterstützen.");
    expect((await ikz(reg, ["validate"])).code).toBe(0);
  });

  it("a deferral by consensus says einvernehmlich once, not einstimmig", async () => {
    const reg = sampleRepo();
    const text = await decided(reg, [...SUPPORT, "--outcome", "deferred", "--consensus"]);
    expect(text).toContain("Die Lenkungsgruppe beschließt einvernehmlich, die Beratung über");
    expect(text).toContain("Abstimmungsergebnis: einvernehmlich ohne förmliche Abstimmung");
    expect(text).not.toContain("einstimmig");
  });
});

describe("who took no part: the substitute who sat in the member's place (P1)", () => {
  it("names the substitute for the represented member", async () => {
    const reg = sampleRepo();
    const text = await decided(reg, ["IKZ-2024-002", "--type", "acknowledge", "--outcome", "approved", "--meeting", MEETING, "--votes", "4:0:1", "--excluded", "beispiel"]);
    expect(text).toContain("Jonas Vertreter (in Vertretung von Anna Beispiel) nahm wegen Befangenheit an Beratung und Beschlussfassung nicht teil.");
    expect(text).not.toContain("Anna Beispiel nahm");
  });
});

describe("flags that do not fit (exit 2)", () => {
  it("a standard needs its wording; type-specific values are refused for other types; --supersedes foo is unknown as written", async () => {
    const reg = sampleRepo();
    const standard = await expectNothing(reg, ["decide", "--type", "standard", "--title", "Berichtsstandard 2028", "--outcome", "approved", "--meeting", MEETING, "--consensus"], 2);
    expect(standard).toContain("--text fehlt: ein Standard braucht seinen Wortlaut");
    const base = ["decide", "IKZ-2024-002", "--type", "acknowledge", "--outcome", "approved", "--meeting", MEETING, "--consensus"];
    expect(await expectNothing(reg, [...base, "--resubmission", "2027-06-30"], 2)).toContain("--resubmission passt nicht zu --type acknowledge (nur bei --type hold)");
    expect(await expectNothing(reg, [...base, "--milestone", "M2"], 2)).toContain("--milestone passt nicht zu --type acknowledge (nur bei --type milestone)");
    expect(await expectNothing(reg, [...base, "--report", "2026-Q3"], 2)).toContain("--report passt nicht zu --type acknowledge (nur bei --type accept_report)");
    expect(await expectNothing(reg, [...base, "--support-kind", "technical"], 2)).toContain("--support-kind passt nicht zu --type acknowledge (nur bei --type support)");
    const foo = await expectNothing(reg, [...base, "--supersedes", "foo"], 2);
    expect(foo).toContain("--supersedes: Beschluss „foo“ gibt es nicht");
    expect(await expectNothing(reg, ["decide", "IKZ-2024-002", "--type", "acknowledge", "--outcome", "approved", "--meeting", MEETING, "--circulation"], 2)).toContain("--meeting und --circulation schließen sich aus");
    expect(await expectNothing(reg, ["decide", "--type", "acknowledge", "--outcome", "approved", "--meeting", MEETING, "--consensus"], 2)).toContain("die Projekt-ID fehlt (z. B. „ikz decide IKZ-2024-002 --type …“)");
  });

  it("a rejected hold needs no resubmission date; a funder needs no vote and gets no vote line", async () => {
    const reg = sampleRepo();
    const hold = await decided(reg, ["IKZ-2024-002", "--type", "hold", "--outcome", "rejected", "--meeting", MEETING, "--votes", "1:5:0", "--reason", "Projekt läuft gut"]);
    expect(hold).not.toContain("resubmission:");
    const funder = await decided(reg, ["IKZ-2024-002", "--type", "acknowledge", "--outcome", "approved", "--body", "funder", "--date", "2026-11-20"]);
    expect(funder).toContain("Der Fördermittelgeber nimmt den Sachstand");
    expect(funder).not.toContain("Abstimmungsergebnis");
    expect(funder).not.toContain("einvernehmlich");
    expect((await ikz(reg, ["validate"])).code).toBe(0);
  });
});

describe("rules shared with validation (exit 1)", () => {
  it("the mayors may not cancel a project put on hold in its assessment", async () => {
    const reg = sampleRepo();
    const out = await expectNothing(reg, ["decide", "IKZ-2025-002", "--type", "cancel", "--outcome", "approved", "--body", "mayors_assembly", "--date", "2026-11-20", "--consensus", "--reason", "Kein Bedarf mehr"], 1);
    expect(out).toContain("das Projekt wurde in der Phase „Vorteilhaftigkeitsprüfung“ zurückgestellt – jetzt zuständig: Lenkungsgruppe (--body)");
  });

  it("a closed or cancelled project takes only an acknowledgement", async () => {
    const reg = sampleRepo();
    const cancelled = await expectNothing(reg, ["decide", "IKZ-2025-003", "--type", "change_mandate", "--outcome", "approved", "--meeting", MEETING, "--consensus", "--text", "Neuer Umfang", "--reason", "Neubewertung"], 1);
    expect(cancelled).toContain("„Auftragsänderung“ ist in der Phase „Abgebrochen“ nicht möglich – in dieser Phase möglich: Kenntnisnahme");
    const closed = await expectNothing(reg, ["decide", "IKZ-2023-001", "--type", "support", "--support-kind", "technical", "--outcome", "approved", "--meeting", MEETING, "--consensus"], 1);
    expect(closed).toContain("in der Phase „Abgeschlossen“ nicht möglich");
    await decided(reg, ["IKZ-2023-001", "--type", "acknowledge", "--outcome", "approved", "--meeting", MEETING, "--consensus"]);
  });

  it("condition done on a replaced decision names the one that replaced it; the replacing decision names the date of the old one", async () => {
    const reg = sampleRepo();
    const text = await decided(reg, ["IKZ-2023-003", "--type", "acknowledge", "--outcome", "approved", "--meeting", MEETING, "--consensus", "--supersedes", "b-2025-008"]);
    expect(text).toContain("Dieser Beschluss ersetzt den Beschluss B-2025-008 vom 13.05.2025.");
    const out = await expectNothing(reg, ["condition", "done", "B-2025-008", "1", "--date", "2026-11-26"], 1);
    expect(out).toContain("Beschluss B-2025-008 ist durch B-2026-015 ersetzt; seine Auflagen gelten nicht mehr");
  });
});
