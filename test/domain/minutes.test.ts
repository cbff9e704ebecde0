import { describe, expect, it } from "vitest";
import { assignDecisions, bodySection, buildMinutes, type MinutesDecision } from "../../src/domain/minutes.js";
import { resultText } from "../../src/commands/meeting-minutes.js";
import { translate } from "../../src/i18n/index.js";
import { minutesMessages } from "../../src/i18n/meeting-messages.js";
import type { AgendaItem, Meeting } from "../../src/domain/types.generated.js";
import { baseConfig, decision } from "../helpers/model.js";

const DATE = "2025-03-17";
// On 17.03.2025 the roster is goetz, ockel, sittmann, schell, becker (kaus left on 30.06.2024); quorum 4.
const MEETING: Meeting = {
  id: "LG-2025-01",
  date: DATE,
  kind: "regular",
  status: "open",
  location: "Rathaus Raunheim",
  attendance: [
    { member: "goetz", present: true },
    { member: "ockel", present: false },
    { member: "sittmann", present: true, substitute: "Eva Muster" },
    { member: "schell", present: true },
    { member: "becker", present: false },
  ],
  agenda: [
    { item: 1, title: "Eröffnung", kind: "information" },
    { item: 2, title: "Priorisierung A", kind: "decision", project: "IKZ-2025-001", decision_type: "prioritize" },
    { item: 3, title: "Abnahme Bericht 1", kind: "decision", project: "IKZ-2025-002", decision_type: "accept_report" },
    { item: 4, title: "Abnahme Bericht 2", kind: "decision", project: "IKZ-2025-002", decision_type: "accept_report" },
    { item: 5, title: "Verschiedenes", kind: "information" },
  ],
};

const minutesDecision = (id: string, type: MinutesDecision["type"], project?: string): MinutesDecision => ({ id, type, outcome: "approved", mode: "vote", ...(project ? { project } : {}), excluded: [], conditions: [] });

describe("buildMinutes", () => {
  it("lists every member of the roster that day as present, substituted or excused, and counts the quorum with substitutes", () => {
    const m = buildMinutes({ meeting: MEETING, config: baseConfig(), decisions: [], projectTitle: () => undefined });
    expect(m.members.map((x) => [x.id, x.state, x.substitute ?? null, x.municipality])).toEqual([
      ["goetz", "present", null, "Raunheim"],
      ["ockel", "absent", null, "Kelsterbach"],
      ["sittmann", "substituted", "Eva Muster", "Trebur"],
      ["schell", "present", null, "Riedstadt"],
      ["becker", "absent", null, "Trebur"],
    ]);
    expect(m.quorum).toEqual({ present: 3, members: 5, required: 4, met: false });
    expect(m.body).toBe("IKZ-Lenkungsgruppe");
    expect(m.chair).toEqual({ name: "Mara Götz", state: "present" });
  });

  it("takes a decision's subject, text and reason from its body and names excluded members and condition owners", () => {
    const d = decision({
      id: "B-2025-004",
      date: DATE,
      type: "prioritize",
      outcome: "approved_with_conditions",
      excluded: ["schell"],
      votes: { for: 2, against: 0, abstain: 1 },
      conditions: [{ text: "Kosten klären.", due: "2025-06-30", owner: "trebur" }],
    });
    d.body = "## Gegenstand\n\nPriorisierung A.\n\n## Beschlusstext\n\nA wird priorisiert.\n\n1. Auflage 1 (bis 30.06.2025, trebur): Kosten klären.\n\nAbstimmungsergebnis: 2 Ja, 0 Nein, 1 Enthaltung\n\n## Begründung\n\nWeil.\n";
    const m = buildMinutes({ meeting: MEETING, config: baseConfig(), decisions: [d], projectTitle: (id) => (id === "IKZ-2025-001" ? "Gemeinsames Ordnungsamt" : undefined) });
    expect(m.items[1]!.decisions).toEqual([
      {
        id: "B-2025-004",
        type: "prioritize",
        outcome: "approved_with_conditions",
        mode: "vote",
        project: "IKZ-2025-001",
        projectTitle: "Gemeinsames Ordnungsamt",
        votes: { for: 2, against: 0, abstain: 1 },
        excluded: ["Sina Schell"],
        conditions: [{ n: 1, text: "Kosten klären.", due: "2025-06-30", owner: "Trebur" }],
        subject: "Priorisierung A.",
        text: "A wird priorisiert.",
        reason: "Weil.",
      },
    ]);
  });
});

describe("assignDecisions", () => {
  it("puts decisions under the item of their project and type, one per item, and the rest under one extra item", () => {
    const items = assignDecisions(MEETING.agenda as AgendaItem[], [
      minutesDecision("B-1", "accept_report", "IKZ-2025-002"),
      minutesDecision("B-2", "accept_report", "IKZ-2025-002"),
      minutesDecision("B-3", "prioritize", "IKZ-2025-001"),
      minutesDecision("B-4", "hold", "IKZ-2025-001"),
      minutesDecision("B-5", "standard"),
    ]);
    expect(items.map((i) => [i.item, i.extra === true, i.decisions.map((d) => d.id)])).toEqual([
      [1, false, []],
      [2, false, ["B-3"]],
      [3, false, ["B-1"]],
      [4, false, ["B-2"]],
      [5, false, []],
      [6, true, ["B-4", "B-5"]],
    ]);
  });

  it("adds no extra item when every decision is on the agenda, and a third matching decision joins the first item", () => {
    const items = assignDecisions(MEETING.agenda as AgendaItem[], ["B-1", "B-2", "B-3"].map((id) => minutesDecision(id, "accept_report", "IKZ-2025-002")));
    expect(items.map((i) => i.decisions.map((d) => d.id))).toEqual([[], [], ["B-1", "B-3"], ["B-2"], []]);
  });
});

describe("bodySection", () => {
  it("returns the text under a heading without the numbered conditions, the vote line and template placeholders", () => {
    const body = "## Gegenstand\n\nWorüber wurde beschlossen?\n\n## Beschlusstext\n\nErster Absatz.\n\nZweiter Absatz.\n\n1. Auflage 1: X\n\nAbstimmungsergebnis: 5 Ja\n\n## Begründung\n";
    expect(bodySection(body, ["Gegenstand"])).toBeUndefined();
    expect(bodySection(body, ["Beschlusstext"])).toBe("Erster Absatz.\n\nZweiter Absatz.");
    expect(bodySection(body, ["Begründung"])).toBeUndefined();
    expect(bodySection(body, ["Fehlt"])).toBeUndefined();
  });
});

describe("resultText", () => {
  const t = (lang: "de" | "en") => (key: string, params?: Record<string, string | number>) => translate(minutesMessages, lang, key, params);
  it("words unanimous votes, split votes with singular and plural, consensus and circulation", () => {
    expect(resultText({ outcome: "approved", mode: "vote", votes: { for: 5, against: 0, abstain: 0 } }, t("de"))).toBe("5 Ja-Stimmen – einstimmig beschlossen");
    expect(resultText({ outcome: "rejected", mode: "vote", votes: { for: 0, against: 4, abstain: 0 } }, t("de"))).toBe("4 Nein-Stimmen – einstimmig abgelehnt");
    expect(resultText({ outcome: "approved", mode: "vote", votes: { for: 3, against: 1, abstain: 1 } }, t("de"))).toBe("3 Ja-Stimmen, 1 Nein-Stimme, 1 Enthaltung – beschlossen");
    // A tie is not unanimous (and not a majority; validation refuses "approved" for it).
    expect(resultText({ outcome: "rejected", mode: "vote", votes: { for: 2, against: 2, abstain: 0 } }, t("de"))).toBe("2 Ja-Stimmen, 2 Nein-Stimmen, 0 Enthaltungen – abgelehnt");
    expect(resultText({ outcome: "deferred", mode: "consensus" }, t("de"))).toBe("im Konsens vertagt");
    expect(resultText({ outcome: "approved", mode: "circulation", votes: { for: 4, against: 0, abstain: 1 } }, t("de"))).toBe("im Umlaufverfahren beschlossen (4 Ja-Stimmen, 0 Nein-Stimmen, 1 Enthaltung)");
    expect(resultText({ outcome: "approved_with_conditions", mode: "vote", votes: { for: 1, against: 0, abstain: 0 } }, t("en"))).toBe("1 in favour – adopted with conditions unanimously");
    expect(resultText({ outcome: "rework", mode: "consensus" }, t("en"))).toBe("referred back for rework by consensus");
  });
});
