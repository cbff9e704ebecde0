import { describe, expect, it } from "vitest";
import { assignDecisions, bodySection, buildMinutes, titleTokens, undecidedPeriods, type MinutesDecision } from "../../src/domain/minutes.js";
import { renderMinutes, resultText } from "../../src/commands/meeting-minutes.js";
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
        excluded: [{ name: "Sina Schell" }],
        conditions: [{ n: 1, text: "Kosten klären.", due: "2025-06-30", owner: "Trebur" }],
        subject: "Priorisierung A.",
        text: "A wird priorisiert.",
        reason: "Weil.",
      },
    ]);
  });

  it("names the substitute of an excluded member who was represented, and drops the body's own conflict-of-interest line", () => {
    const d = decision({ id: "B-2025-005", date: DATE, type: "prioritize", excluded: ["sittmann"], votes: { for: 3, against: 0, abstain: 0 } });
    d.body = "## Beschlusstext\n\nA wird priorisiert.\n\nEva Muster (in Vertretung von X) nahm wegen Befangenheit an Beratung und Beschlussfassung nicht teil.\n";
    const m = buildMinutes({ meeting: MEETING, config: baseConfig(), decisions: [d], projectTitle: () => undefined });
    const got = m.items[1]!.decisions[0]!;
    expect(got.excluded).toEqual([{ name: m.members.find((x) => x.id === "sittmann")!.name, substitute: "Eva Muster" }]);
    expect(got.text).toBe("A wird priorisiert.");
    const text = renderMinutes("/nonexistent-register", m, "de");
    expect(text).toContain(`An der Beratung und Beschlussfassung nahm Eva Muster (in Vertretung von ${got.excluded[0]!.name}) wegen Befangenheit nicht teil.`);
    expect(renderMinutes("/nonexistent-register", m, "en")).toContain(`Eva Muster (representing ${got.excluded[0]!.name}) took no part`);
  });

  it("records only the decisions taken at this meeting: not a circulation decision, not one of another meeting or none", () => {
    const here = decision({ id: "B-2025-010", date: DATE, type: "prioritize" });
    const circulation = decision({ id: "B-2025-011", date: DATE, type: "prioritize", mode: "circulation" });
    const other = decision({ id: "B-2025-012", date: DATE, type: "prioritize", meeting: "LG-2025-02" });
    const none = decision({ id: "B-2025-013", date: DATE, type: "prioritize", body: "mayors_assembly" });
    const m = buildMinutes({ meeting: MEETING, config: baseConfig(), decisions: [here, circulation, other, none], projectTitle: () => undefined });
    expect(m.items.flatMap((i) => i.decisions.map((d) => d.id))).toEqual(["B-2025-010"]);
  });

  it("marks the opening item, and takes the member's function from ikz.yaml", () => {
    const config = baseConfig();
    config.steering_group.members[0]!.function = "Bürgermeisterin der Stadt Raunheim";
    const m = buildMinutes({ meeting: MEETING, config, decisions: [], projectTitle: () => undefined });
    expect(m.items.map((i) => i.opening === true)).toEqual([true, false, false, false, false]);
    expect(m.members[0]!.function).toBe("Bürgermeisterin der Stadt Raunheim");
    expect(m.members[1]!.function).toBeUndefined();
  });
});

describe("reports left undecided under one item", () => {
  it("reads quarters in words and as 2025-Q3 from titles, and the minutes name the reports of a TOP that were not decided", () => {
    expect(titleTokens("Abnahme der Projektberichte (3. Quartal 2025, 4. Quartal 2025): X")).toEqual(["2025-Q3", "2025-Q4"]);
    expect(titleTokens("Acceptance of project reports (Q3 2025, Q4 2025): X")).toEqual(["2025-Q3", "2025-Q4"]);
    expect(titleTokens("Abnahme Projektbericht (2026-Q1) und M2")).toEqual(["2026-Q1", "M2"]);
    const meeting: Meeting = {
      ...MEETING,
      agenda: [
        { item: 1, title: "Eröffnung", kind: "information" },
        { item: 2, title: "Abnahme der Projektberichte (3. Quartal 2025, 4. Quartal 2025, 1. Quartal 2026): B", kind: "decision", project: "IKZ-2025-002", decision_type: "accept_report" },
        { item: 3, title: "Verschiedenes", kind: "information" },
      ],
    };
    const d = decision({ id: "B-2025-020", date: DATE, type: "accept_report", project: "IKZ-2025-002", report: "IKZ-2025-002/2025-Q3" });
    const m = buildMinutes({ meeting, config: baseConfig(), decisions: [d], projectTitle: () => "B" });
    expect(undecidedPeriods(m.items[1]!)).toEqual(["2025-Q4", "2026-Q1"]);
    const text = renderMinutes("/nonexistent-register", m, "de");
    expect(text).toContain("Über die Berichte zum 4. Quartal 2025 und 1. Quartal 2026 wurde in dieser Sitzung nicht beschlossen.");
    expect(text).toMatch(/## TOP 3 – Verschiedenes\n\nWortmeldungen lagen nicht vor\./);
    expect(renderMinutes("/nonexistent-register", m, "en")).toContain("No decision was taken on the reports on Q4 2025 and Q1 2026 at this meeting.");
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
    // The added item stands before "Verschiedenes", which moves down to 6.
    expect(items.map((i) => [i.item, i.extra === true, i.decisions.map((d) => d.id), i.title])).toEqual([
      [1, false, [], "Eröffnung"],
      [2, false, ["B-3"], "Priorisierung A"],
      [3, false, ["B-1"], "Abnahme Bericht 1"],
      [4, false, ["B-2"], "Abnahme Bericht 2"],
      [5, true, ["B-4", "B-5"], ""],
      [6, false, [], "Verschiedenes"],
    ]);
  });

  it("adds the extra item at the end when the agenda has no item for any other business", () => {
    const items = assignDecisions((MEETING.agenda as AgendaItem[]).slice(0, 4), [minutesDecision("B-1", "hold", "IKZ-2025-001")]);
    expect(items.map((i) => [i.item, i.extra === true])).toEqual([[1, false], [2, false], [3, false], [4, false], [5, true]]);
  });

  it("files a report or milestone decision under the item that names its report or milestone, never under one naming another", () => {
    const agenda: AgendaItem[] = [
      { item: 1, title: "Eröffnung", kind: "information" },
      { item: 2, title: "Abnahme Projektbericht (2026-Q3): A", kind: "decision", project: "IKZ-2025-002", decision_type: "accept_report" },
      { item: 3, title: "Meilensteinentscheidung M4: A", kind: "decision", project: "IKZ-2025-002", decision_type: "milestone" },
      { item: 4, title: "Abnahme Projektbericht (2026-Q2): A", kind: "decision", project: "IKZ-2025-002", decision_type: "accept_report" },
      { item: 5, title: "Verschiedenes", kind: "information" },
    ];
    const q2 = { ...minutesDecision("B-1", "accept_report", "IKZ-2025-002"), report: "IKZ-2025-002/2026-Q2" };
    const q1 = { ...minutesDecision("B-2", "accept_report", "IKZ-2025-002"), report: "IKZ-2025-002/2026-Q1" };
    const m3 = { ...minutesDecision("B-3", "milestone", "IKZ-2025-002"), milestone: "M3" };
    const m4 = { ...minutesDecision("B-4", "milestone", "IKZ-2025-002"), milestone: "M4" };
    const items = assignDecisions(agenda, [q2, q1, m3, m4]);
    expect(items.map((i) => [i.item, i.decisions.map((d) => d.id)])).toEqual([[1, []], [2, []], [3, ["B-4"]], [4, ["B-1"]], [5, ["B-2", "B-3"]], [6, []]]);
  });

  it("prefers the item that names the report over one that names none", () => {
    const agenda: AgendaItem[] = [
      { item: 1, title: "Abnahme Projektbericht (Vorteilhaftigkeitsprüfung): A", kind: "decision", project: "IKZ-2025-002", decision_type: "accept_report" },
      { item: 2, title: "Abnahme Projektbericht (2026-Q3): A", kind: "decision", project: "IKZ-2025-002", decision_type: "accept_report" },
    ];
    const q3 = { ...minutesDecision("B-1", "accept_report", "IKZ-2025-002"), report: "IKZ-2025-002/2026-Q3" };
    const assessment = { ...minutesDecision("B-2", "accept_report", "IKZ-2025-002"), report: "IKZ-2025-002/assessment" };
    expect(assignDecisions(agenda, [q3, assessment]).map((i) => i.decisions.map((d) => d.id))).toEqual([["B-2"], ["B-1"]]);
  });

  it("files the decisions on several reports under the one item that lists them", () => {
    const agenda: AgendaItem[] = [{ item: 1, title: "Abnahme der Projektberichte (2026-Q1, 2026-Q2): A", kind: "decision", project: "IKZ-2025-002", decision_type: "accept_report" }];
    const q = (id: string, period: string) => ({ ...minutesDecision(id, "accept_report", "IKZ-2025-002"), report: `IKZ-2025-002/${period}` });
    expect(assignDecisions(agenda, [q("B-1", "2026-Q1"), q("B-2", "2026-Q2"), q("B-3", "2026-Q3")]).map((i) => [i.item, i.decisions.map((d) => d.id)])).toEqual([[1, ["B-1", "B-2"]], [2, ["B-3"]]]);
  });

  it("adds no extra item when every decision is on the agenda, and a third matching decision joins the first item", () => {
    const items = assignDecisions(MEETING.agenda as AgendaItem[], ["B-1", "B-2", "B-3"].map((id) => minutesDecision(id, "accept_report", "IKZ-2025-002")));
    expect(items.map((i) => i.decisions.map((d) => d.id))).toEqual([[], [], ["B-1", "B-3"], ["B-2"], []]);
  });
});

describe("bodySection", () => {
  it("returns the text under a heading without the numbered conditions, the vote line and template placeholders", () => {
    const body = "## Gegenstand\n\nWorüber wurde beschlossen?\n\n## Beschlusstext\n\nErster Absatz.\n\nZweiter Absatz.\n\nDer Beschluss ergeht mit folgenden Auflagen:\n\n1. Auflage 1: X\nAuflage 2 (bis 31.01.2027, Kreis Groß-Gerau): Y\n\nAbstimmungsergebnis: 5 Ja\n\n## Begründung\n\nEine Begründung wurde nicht angegeben.\n";
    expect(bodySection(body, ["Gegenstand"])).toBeUndefined();
    expect(bodySection(body, ["Beschlusstext"])).toBe("Erster Absatz.\n\nZweiter Absatz.");
    expect(bodySection(body, ["Begründung"])).toBeUndefined();
    expect(bodySection(body, ["Fehlt"])).toBeUndefined();
  });

  it("drops what the minutes say in their own lines from a resolution written by ikz decide: the conditions intro ending a sentence and the conflict-of-interest line", () => {
    const body =
      "## Beschlusstext\n\nDie Lenkungsgruppe nimmt den Projektbericht 3. Quartal 2026 ab. Der Beschluss ergeht mit folgenden Auflagen:\n\n" +
      "Auflage 1 (bis 31.03.2027, Kelsterbach): Gebührenkalkulation 2027 vorlegen\n\nAbstimmungsergebnis: 3 Ja, 0 Nein, 1 Enthaltung\n\n" +
      "Patrick Burghardt nahm wegen Befangenheit an Beratung und Beschlussfassung nicht teil.\n\n## Begründung\n\nBericht vollständig.\n";
    expect(bodySection(body, ["Beschlusstext"])).toBe("Die Lenkungsgruppe nimmt den Projektbericht 3. Quartal 2026 ab.");
    const circulation = "## Beschlusstext\n\nDie Lenkungsgruppe legt fest: Berichte bis zum 15. des Folgemonats.\n\nAbstimmungsergebnis (Umlaufverfahren, 5 von 6 Mitgliedern haben geantwortet): 5 Ja, 0 Nein, 0 Enthaltungen\n";
    expect(bodySection(circulation, ["Beschlusstext"])).toBe("Die Lenkungsgruppe legt fest: Berichte bis zum 15. des Folgemonats.");
  });
});

describe("action items", () => {
  it("name a municipality owner by its name and keep free-text owners", () => {
    const meeting: Meeting = { ...MEETING, actions: [{ text: "Kalkulation abstimmen", owner: "trebur", due: "2027-03-31" }, { text: "Protokoll versenden", owner: "Geschäftsstelle" }] };
    const m = buildMinutes({ meeting, config: baseConfig(), decisions: [], projectTitle: () => undefined });
    expect(m.actions.map((a) => a.owner)).toEqual(["Trebur", "Geschäftsstelle"]);
  });
});

describe("resultText", () => {
  const t = (lang: "de" | "en") => (key: string, params?: Record<string, string | number>) => translate(minutesMessages, lang, key, params);
  it("words unanimous votes, split votes with singular and plural, consensus and circulation", () => {
    expect(resultText({ outcome: "approved", mode: "vote", votes: { for: 5, against: 0, abstain: 0 } }, t("de"))).toBe("5 Ja, 0 Nein, 0 Enthaltungen – einstimmig beschlossen");
    expect(resultText({ outcome: "rejected", mode: "vote", votes: { for: 0, against: 4, abstain: 0 } }, t("de"))).toBe("0 Ja, 4 Nein, 0 Enthaltungen – einstimmig abgelehnt");
    expect(resultText({ outcome: "approved", mode: "vote", votes: { for: 3, against: 1, abstain: 1 } }, t("de"))).toBe("3 Ja, 1 Nein, 1 Enthaltung – beschlossen");
    // A tie is not unanimous (and not a majority; validation refuses "approved" for it).
    expect(resultText({ outcome: "rejected", mode: "vote", votes: { for: 2, against: 2, abstain: 0 } }, t("de"))).toBe("2 Ja, 2 Nein, 0 Enthaltungen – abgelehnt");
    expect(resultText({ outcome: "approved_with_conditions", mode: "vote", votes: { for: 4, against: 0, abstain: 1 } }, t("de"))).toBe("4 Ja, 0 Nein, 1 Enthaltung – mit Auflagen beschlossen");
    expect(resultText({ outcome: "deferred", mode: "consensus" }, t("de"))).toBe("im Konsens vertagt");
    expect(resultText({ outcome: "approved", mode: "circulation", votes: { for: 4, against: 0, abstain: 1 } }, t("de"))).toBe("im Umlaufverfahren beschlossen (4 Ja, 0 Nein, 1 Enthaltung)");
    expect(resultText({ outcome: "approved_with_conditions", mode: "vote", votes: { for: 1, against: 0, abstain: 0 } }, t("en"))).toBe("1 in favour, 0 against, 0 abstentions – adopted with conditions unanimously");
    expect(resultText({ outcome: "rework", mode: "consensus" }, t("en"))).toBe("referred back for rework by consensus");
  });
});

describe("renderMinutes", () => {
  const NO_TEMPLATES = "/nonexistent-register";
  it("states in TOP 1 who opened the meeting and that there was no quorum, and approves no agenda then", () => {
    const minutes = buildMinutes({ meeting: MEETING, config: baseConfig(), decisions: [], projectTitle: () => undefined });
    const text = renderMinutes(NO_TEMPLATES, minutes, "de");
    expect(text).toContain("## TOP 1 – Eröffnung\n\nDie Sitzung wird von Mara Götz (Vorsitz) eröffnet. Es wird festgestellt, dass nur 3 von 5 Mitgliedern anwesend oder vertreten sind; die IKZ-Lenkungsgruppe ist nicht beschlussfähig (erforderlich: 4), Beschlüsse können nicht gefasst werden.\n");
    expect(text).not.toContain("## Beschlussfähigkeit");
    expect(text).not.toContain("genehmigt");
    // A decision item without a decision was not dealt with: no deferral is invented.
    expect(text).toContain("## TOP 2 – Priorisierung A\n\nDer Tagesordnungspunkt wurde nicht behandelt.\n");
    expect(text).toContain("Eva Muster in Vertretung von ");
  });

  it("names the deputy who opened the meeting, and says a decision replaces another only once", () => {
    const meeting: Meeting = { ...MEETING, attendance: [{ member: "goetz", present: true, substitute: "Eva Muster" }, { member: "ockel", present: true }, { member: "sittmann", present: true }, { member: "schell", present: true }, { member: "becker", present: false }] };
    const d = decision({ id: "B-2025-004", date: DATE, type: "prioritize", supersedes: "B-2025-001", votes: { for: 4, against: 0, abstain: 0 } });
    d.body = "## Beschlusstext\n\nA wird priorisiert. Dieser Beschluss ersetzt den Beschluss B-2025-001.\n";
    const text = renderMinutes(NO_TEMPLATES, buildMinutes({ meeting, config: baseConfig(), decisions: [d], projectTitle: () => undefined }), "de");
    expect(text).toContain("Die Sitzung wird von Eva Muster in Vertretung von Mara Götz (Vorsitz) eröffnet. Es wird festgestellt, dass 4 von 5 Mitgliedern anwesend oder vertreten sind; die IKZ-Lenkungsgruppe ist beschlussfähig. Die Tagesordnung wird ohne Änderungen genehmigt.");
    expect(text.match(/ersetzt den Beschluss B-2025-001/g)).toHaveLength(1);
    expect(text).toContain("Abstimmungsergebnis: 4 Ja, 0 Nein, 0 Enthaltungen – einstimmig beschlossen.");
    // Without the sentence in the decision's own text the minutes add it.
    d.body = "## Beschlusstext\n\nA wird priorisiert.\n";
    const again = renderMinutes(NO_TEMPLATES, buildMinutes({ meeting, config: baseConfig(), decisions: [d], projectTitle: () => undefined }), "de");
    expect(again.match(/Dieser Beschluss ersetzt den Beschluss B-2025-001\./g)).toHaveLength(1);
  });
});
