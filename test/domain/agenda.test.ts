import { describe, expect, it } from "vitest";
import { agendaFor } from "../../src/commands/meeting-new.js";
import { buildAgenda, FUNDING_LOOKAHEAD_DAYS, numberAgenda, type AgendaEntry } from "../../src/domain/agenda.js";
import { decision, meeting, project, register, report } from "../helpers/model.js";

const DAY = "2026-03-10";
const two = (lead: string, partner: string) => [{ municipality: lead, role: "lead" as const }, { municipality: partner, role: "partner" as const }];

/** One project for each kind of waiting item, and a twin that just misses it. */
function model() {
  return register({
    projects: [
      project({ id: "IKZ-2026-001", phase: "idea" }),
      project({ id: "IKZ-2026-002", phase: "interest", lead: "raunheim", interest: [{ municipality: "raunheim", level: "interested", date: "2026-01-05" }, { municipality: "trebur", level: "interested", date: "2026-01-06" }] }),
      // Only one municipality interested: prioritising waits.
      project({ id: "IKZ-2026-003", phase: "interest", lead: "raunheim", interest: [{ municipality: "raunheim", level: "interested", date: "2026-01-05" }, { municipality: "trebur", level: "observer", date: "2026-01-06" }] }),
      project({ id: "IKZ-2026-004", phase: "assessment", lead: "raunheim", participants: two("raunheim", "trebur") }),
      // Gate M2 done and not decided; M1 done but no gate.
      project({ id: "IKZ-2026-005", phase: "implementation", lead: "trebur", participants: two("trebur", "riedstadt"), milestones: [{ id: "M1", title: "Aufbau", due: "2026-01-31", done: "2026-01-20" }, { id: "M2", title: "Betriebsbereit", due: "2026-02-28", done: "2026-02-25", gate: true }] }),
      project({ id: "IKZ-2026-006", phase: "operation", lead: "trebur", participants: two("trebur", "riedstadt") }),
      project({ id: "IKZ-2026-007", phase: "on_hold", hold_until: "2026-03-01" }),
      // Resubmission after the meeting day: not yet.
      project({ id: "IKZ-2026-008", phase: "on_hold", hold_until: "2026-04-01" }),
      project({
        id: "IKZ-2026-009",
        phase: "councils",
        lead: "raunheim",
        participants: two("raunheim", "kelsterbach"),
        council_resolutions: [
          { municipality: "raunheim", body: "StVV Raunheim", date: "2026-02-01", result: "approved" },
          { municipality: "kelsterbach", body: "StVV Kelsterbach", date: "2026-02-10", result: "approved" },
        ],
        agreement: { type: "oerv", signed: "2026-03-01" },
        conditions_done: [{ decision: "B-2025-010", index: 2, date: "2026-01-15" }],
        funding: [
          { program: "hessen-ikz", status: "planned", amount_eur: 50000, date: "2026-03-10" },
          { program: "hessen-ikz", status: "planned", amount_eur: 5000, date: "2026-03-11" },
        ],
      }),
    ],
    reports: [
      report({ project: "IKZ-2026-004", period: "assessment", kind: "assessment", submitted: "2026-02-15" }),
      report({ project: "IKZ-2026-006", period: "2025-Q4", kind: "quarterly", submitted: "2026-01-20", lights: { overall: "red" } }),
    ],
    decisions: [
      // Conditions 1 (past due) and 2 (done) and 3 (due after the meeting day).
      decision({ id: "B-2025-010", project: "IKZ-2026-009", type: "direction", outcome: "approved_with_conditions", conditions: [{ text: "Kostenschlüssel abstimmen", due: "2026-02-28", owner: "raunheim" }, { text: "Satzung", due: "2026-01-31" }, { text: "Bericht", due: "2026-06-30" }] }),
    ],
  });
}

const brief = (entries: readonly AgendaEntry[]) => entries.map((e) => `${e.reason} ${e.project} ${e.decisionType}${e.report ? ` ${e.report}` : ""}${e.milestone ? ` ${e.milestone}` : ""}${e.condition ? ` ${e.decision}#${e.condition}` : ""}${e.program ? ` ${e.program}` : ""} ${e.kind}`);

describe("buildAgenda", () => {
  it("lists each kind of waiting item once, urgent first, reports before the steps they open", () => {
    expect(brief(buildAgenda(model(), DAY))).toEqual([
      "red_without_support IKZ-2026-006 support IKZ-2026-006/2025-Q4 decision",
      "resubmission IKZ-2026-007 resume decision",
      "accept_report IKZ-2026-004 accept_report IKZ-2026-004/assessment decision",
      // The latest quarterly report waits for acceptance too.
      "accept_report IKZ-2026-006 accept_report IKZ-2026-006/2025-Q4 decision",
      "milestone_decision IKZ-2026-005 milestone M2 decision",
      "next_step IKZ-2026-001 start_interest decision",
      "next_step IKZ-2026-002 prioritize decision",
      "next_step IKZ-2026-009 implementation_release decision",
      "overdue_condition IKZ-2026-009 acknowledge B-2025-010#1 report",
      // Both planned applications: the one of the meeting day and the one of the day after.
      "funding_due IKZ-2026-009 acknowledge hessen-ikz report",
      "funding_due IKZ-2026-009 acknowledge hessen-ikz report",
    ]);
  });

  it("counts from the day it is given: resubmission and conditions after their date", () => {
    const on = (day: string) => buildAgenda(model(), day).map((e) => e.reason).filter((r) => ["resubmission", "overdue_condition"].includes(r));
    expect(on("2026-02-28")).toEqual([]);
    // Condition 1 was due 28.02.; the hold runs until 01.03. inclusive.
    expect(on("2026-03-01")).toEqual(["overdue_condition"]);
    expect(on("2026-03-02")).toEqual(["resubmission", "overdue_condition"]);
  });

  it("lists planned funding applications up to 90 days after the day (and those past their date)", () => {
    const funding = (day: string) => buildAgenda(model(), day).filter((e) => e.reason === "funding_due").map((e) => e.date);
    expect(FUNDING_LOOKAHEAD_DAYS).toBe(90);
    // 09.12.2025 + 90 days = 09.03.2026: the application of 10.03. is not yet due for agreement.
    expect(funding("2025-12-09")).toEqual([]);
    expect(funding("2025-12-10")).toEqual(["2026-03-10"]);
    expect(funding("2025-12-11")).toEqual(["2026-03-10", "2026-03-11"]);
    expect(funding("2026-06-30")).toEqual(["2026-03-10", "2026-03-11"]);
  });

  it("lists the quarterly reports since the last accepted one as one item, but only those submitted and milestones done by the day", () => {
    const m = model();
    m.reports.push(
      report({ project: "IKZ-2026-006", period: "2025-Q2", kind: "quarterly", submitted: "2025-07-20", lights: { overall: "green" } }),
      report({ project: "IKZ-2026-006", period: "2025-Q3", kind: "quarterly", submitted: "2025-10-20", lights: { overall: "green" } }),
      report({ project: "IKZ-2026-006", period: "2026-Q1", kind: "quarterly", submitted: "2026-04-15", lights: { overall: "green" } }),
    );
    m.projects[4]!.data.milestones![1]!.done = "2026-03-11";
    const reportsOf = (day: string) => buildAgenda(m, day).filter((e) => e.reason === "accept_report" && e.project === "IKZ-2026-006").map((e) => [e.report, e.reports, e.date]);
    expect(reportsOf(DAY)).toEqual([["IKZ-2026-006/2025-Q4", ["IKZ-2026-006/2025-Q2", "IKZ-2026-006/2025-Q3", "IKZ-2026-006/2025-Q4"], "2026-01-20"]]);
    expect(buildAgenda(m, DAY).some((e) => e.reason === "milestone_decision")).toBe(false);
    // Accepting 2025-Q3 overtakes 2025-Q2; from 15.04. the 2026-Q1 report waits too, and the gate done on 11.03.
    m.decisions.push(decision({ id: "B-2026-001", date: "2026-03-01", project: "IKZ-2026-006", type: "accept_report", report: "IKZ-2026-006/2025-Q3" }));
    expect(reportsOf(DAY)).toEqual([["IKZ-2026-006/2025-Q4", undefined, "2026-01-20"]]);
    expect(reportsOf("2026-04-15")).toEqual([["IKZ-2026-006/2026-Q1", ["IKZ-2026-006/2025-Q4", "IKZ-2026-006/2026-Q1"], "2026-04-15"]]);
    expect(buildAgenda(m, "2026-04-15").filter((e) => e.reason === "milestone_decision").map((e) => e.milestone)).toEqual(["M2"]);
    const titles = agendaFor(buildAgenda(m, "2026-04-15"), "de").map((a) => a.title);
    expect(titles).toContain("Abnahme der Projektberichte (4. Quartal 2025, 1. Quartal 2026): Gemeinsames Ordnungsamt");
  });

  it("drops what is decided: an accepted report, a passed gate, a support decision after the red report", () => {
    const m = model();
    m.decisions.push(
      decision({ id: "B-2026-001", date: "2026-03-01", project: "IKZ-2026-004", type: "accept_report", report: "IKZ-2026-004/assessment" }),
      decision({ id: "B-2026-002", date: "2026-03-01", project: "IKZ-2026-005", type: "milestone", milestone: "M2" }),
      decision({ id: "B-2026-003", date: "2026-03-01", project: "IKZ-2026-006", type: "support", support_kind: "mediation" }),
    );
    const entries = brief(buildAgenda(m, DAY));
    expect(entries.filter((e) => /IKZ-2026-00[456]/.test(e))).toEqual(["accept_report IKZ-2026-006 accept_report IKZ-2026-006/2025-Q4 decision"]);
  });

  it("leaves out what an earlier or same-day meeting not yet closed has on its agenda; a closed or later meeting does not count", () => {
    const m = model();
    const agenda = [{ item: 1, title: "Start", kind: "decision" as const, project: "IKZ-2026-001", decision_type: "start_interest" as const }];
    m.meetings.push(meeting({ id: "LG-2026-01", date: "2026-03-05", status: "planned", attendance: undefined, agenda }));
    expect(buildAgenda(m, DAY, DAY).some((e) => e.project === "IKZ-2026-001")).toBe(false);
    // A meeting not yet closed on the same day (a second, extraordinary one) counts too.
    m.meetings[0]!.data.date = DAY;
    expect(buildAgenda(m, DAY, DAY).some((e) => e.project === "IKZ-2026-001")).toBe(false);
    // The same meeting planned after this one (or already closed) does not take the item away.
    m.meetings[0]!.data.date = "2026-03-20";
    expect(buildAgenda(m, DAY, DAY).some((e) => e.project === "IKZ-2026-001")).toBe(true);
    m.meetings[0]!.data.date = "2026-03-05";
    m.meetings[0]!.data.status = "closed";
    expect(buildAgenda(m, DAY, DAY).some((e) => e.project === "IKZ-2026-001")).toBe(true);
  });
});

describe("numberAgenda", () => {
  it("numbers from 1 with the opening first and any other business last, and cuts over-long titles to 200 characters", () => {
    const entries = buildAgenda(model(), DAY).slice(0, 2);
    const items = numberAgenda(entries, { opening: "Eröffnung", other: "Verschiedenes", titleOf: (e) => (e.reason === "resubmission" ? "x".repeat(250) : `Titel ${e.project}`) });
    expect(items.map((i) => [i.item, i.kind, i.project ?? null, i.decision_type ?? null])).toEqual([
      [1, "information", null, null],
      [2, "decision", "IKZ-2026-006", "support"],
      [3, "decision", "IKZ-2026-007", "resume"],
      [4, "information", null, null],
    ]);
    expect(items[0]!.title).toBe("Eröffnung");
    expect(items[1]!.title).toBe("Titel IKZ-2026-006");
    expect([...items[2]!.title]).toHaveLength(200);
    expect(items[2]!.title.endsWith("…")).toBe(true);
    expect(items[3]!.title).toBe("Verschiedenes");
  });
});

describe("agendaFor (titles of the agenda items)", () => {
  it("names the decision type, the report, milestone, condition or program, and the project, in German and English", () => {
    const m = model();
    m.config!.data.funding_programs![0]!.name = "IKZ-Förderung Hessen";
    const de = agendaFor(buildAgenda(m, DAY), "de").map((a) => a.title);
    expect(de).toEqual([
      "Eröffnung, Feststellung der Beschlussfähigkeit und Genehmigung der Tagesordnung",
      "Unterstützung / Vermittlung nach rotem Bericht 4. Quartal 2025: Gemeinsames Ordnungsamt",
      "Wiederaufnahme nach Wiedervorlage zum 01.03.2026: Gemeinsames Ordnungsamt",
      "Abnahme Projektbericht (Vorteilhaftigkeitsprüfung): Gemeinsames Ordnungsamt",
      "Abnahme Projektbericht (4. Quartal 2025): Gemeinsames Ordnungsamt",
      "Meilensteinentscheidung M2: Gemeinsames Ordnungsamt",
      "Start Interessenbekundung: Gemeinsames Ordnungsamt",
      "Priorisierung: Gemeinsames Ordnungsamt",
      "Umsetzungsfreigabe: Gemeinsames Ordnungsamt",
      "Überfällige Auflage 1 aus B-2025-010 (fällig 28.02.2026): Gemeinsames Ordnungsamt",
      "Förderantrag IKZ-Förderung Hessen (geplant zum 10.03.2026): Gemeinsames Ordnungsamt",
      "Förderantrag IKZ-Förderung Hessen (geplant zum 11.03.2026): Gemeinsames Ordnungsamt",
      "Verschiedenes",
    ]);
    const en = agendaFor(buildAgenda(m, DAY), "en").map((a) => a.title);
    expect(en[0]).toBe("Opening, quorum and approval of the agenda");
    expect(en[3]).toBe("Acceptance of project report (assessment): Gemeinsames Ordnungsamt");
    expect(en[9]).toBe("Overdue condition 1 of B-2025-010 (due 28 Feb 2026): Gemeinsames Ordnungsamt");
    expect(en.at(-1)).toBe("Any other business");
  });
});
