import { describe, expect, it } from "vitest";
import { forAudience } from "../../src/export/audience.js";
import { readFileSync } from "node:fs";
import { computeControlling } from "../../src/export/controlling/compute.js";
import { emptyModel } from "../../src/export/controlling/context.js";
import { KPI_CATALOGUE } from "../../src/export/controlling/kpis.js";
import { parseQuarter } from "../../src/export/controlling/quarter.js";
import { attribute, shareOf } from "../../src/export/municipality/attribution.js";
import { pendingResolutions } from "../../src/export/municipality/council-items.js";
import { buildFactSheet } from "../../src/export/municipality/fact-sheet.js";
import type { ExportDocument } from "../../src/export/document.js";
import { project, register, report } from "../helpers/model.js";

const SOURCE = { registerName: "IKZ Test", commit: "abc", commitDate: "2026-03-31T18:00:00+02:00" };

const figure = (doc: ExportDocument, prefix: string) => doc.sections[0]!.figures!.find((f) => f.label.startsWith(prefix))!.value;
const table = (doc: ExportDocument, section: string) => doc.sections.find((s) => s.id === section)!.tables[0];

describe("cost-share attribution", () => {
  it("uses the municipality's cost share; shares left open split the rest equally; no shares at all split equally", () => {
    const given = { participants: [{ municipality: "raunheim", role: "lead" as const, cost_share: 40 }, { municipality: "trebur", role: "partner" as const, cost_share: 60 }] };
    expect(shareOf(given, "raunheim")).toBe(0.4);
    const mixed = { participants: [{ municipality: "raunheim", role: "lead" as const, cost_share: 40 }, { municipality: "trebur", role: "partner" as const }, { municipality: "riedstadt", role: "partner" as const }] };
    expect(shareOf(mixed, "trebur")).toBe(0.3); // (100 − 40) / 2
    const none = { participants: [{ municipality: "raunheim", role: "lead" as const }, { municipality: "trebur", role: "partner" as const }, { municipality: "riedstadt", role: "partner" as const }, { municipality: "kelsterbach", role: "partner" as const }] };
    expect(shareOf(none, "kelsterbach")).toBe(0.25);
    expect(shareOf(none, "gernsheim")).toBe(0);
    expect(attribute(90_000, 0.3)).toBe(27_000);
    expect(attribute(undefined, 0.3)).toBeUndefined();
  });
});

describe("council items", () => {
  it("a project in `councils` without an approval of the municipality waits for its council; a deferred resolution waits too", () => {
    const participants = [{ municipality: "raunheim", role: "lead" as const }, { municipality: "trebur", role: "partner" as const }];
    const projects = [
      project({ id: "IKZ-2026-001", phase: "councils", participants, council_resolutions: [{ municipality: "trebur", date: "2026-02-01", result: "approved" }] }),
      project({ id: "IKZ-2026-002", phase: "councils", participants, council_resolutions: [{ municipality: "raunheim", date: "2026-02-01", result: "approved" }] }),
      project({ id: "IKZ-2026-003", phase: "proposal", participants, council_resolutions: [{ municipality: "raunheim", date: "2026-02-10", result: "deferred" }] }),
      project({ id: "IKZ-2026-004", phase: "councils", participants, council_resolutions: [{ municipality: "raunheim", date: "2026-01-10", result: "deferred" }, { municipality: "raunheim", date: "2026-03-01", result: "approved" }] }),
      project({ id: "IKZ-2026-005", phase: "cancelled", participants }),
    ];
    expect(pendingResolutions(projects, "raunheim").map((p) => [p.project.id, p.deferredOn ?? null])).toEqual([
      ["IKZ-2026-001", null],
      ["IKZ-2026-003", "2026-02-10"],
    ]);
  });
});

describe("past council resolutions", () => {
  it("keep a rejection, though it took the municipality out of the project's participants", () => {
    const model = register({
      projects: [
        project({ id: "IKZ-2025-001", title: "Kasse", phase: "implementation", lead: "trebur", participants: [{ municipality: "trebur", role: "lead" }, { municipality: "riedstadt", role: "partner" }], council_resolutions: [
          { municipality: "trebur", body: "Gemeindevertretung Trebur", date: "2026-01-20", result: "approved" },
          { municipality: "raunheim", body: "Stadtverordnetenversammlung Raunheim", date: "2026-01-25", result: "rejected", reference: "SV/2026/004" },
          { municipality: "riedstadt", body: "Stadtverordnetenversammlung Riedstadt", date: "2026-02-01", result: "approved" },
        ] }),
      ],
    });
    const doc = buildFactSheet({ model, municipality: "raunheim", audience: "council", lang: "de", today: "2026-03-31", source: SOURCE });
    expect(table(doc, "resolutions")?.rows.map((r) => [r.date, r.id, r.result, r.reference])).toEqual([["2026-01-25", "IKZ-2025-001", "abgelehnt", "SV/2026/004"]]);
    // It is no project of Raunheim's any more: not among its projects, its shares or its pending resolutions.
    expect(figure(doc, "Projekte mit Beteiligung")).toBe(0);
  });
});

describe("buildFactSheet", () => {
  const participants = (share: number) => [
    { municipality: "raunheim", role: "lead" as const, cost_share: share },
    { municipality: "trebur", role: "partner" as const, cost_share: 100 - share },
  ];
  const model = register({
    projects: [
      project({ id: "IKZ-2025-001", title: "Bauhof", phase: "operation", lead: "raunheim", participants: participants(40), savings_planned_eur: 50_000, funding: [{ program: "hessen-ikz", status: "granted", amount_eur: 50_000 }] }),
      project({ id: "IKZ-2025-002", title: "Kasse", phase: "councils", lead: "trebur", participants: [{ municipality: "trebur", role: "lead" }, { municipality: "raunheim", role: "partner" }, { municipality: "riedstadt", role: "partner" }], savings_planned_eur: 30_000 }),
      project({ id: "IKZ-2025-003", title: "Abgebrochen", phase: "cancelled", lead: "raunheim", participants: participants(50), savings_planned_eur: 1_000_000 }),
      project({ id: "IKZ-2025-004", title: "Nicht beteiligt", phase: "operation", lead: "trebur", participants: [{ municipality: "trebur", role: "lead" }, { municipality: "kelsterbach", role: "partner" }], savings_planned_eur: 70_000 }),
      project({ id: "IKZ-2025-005", title: "Geheim", phase: "councils", lead: "raunheim", participants: participants(50), savings_planned_eur: 40_000, visibility: "internal" }),
    ],
    reports: [
      report({ project: "IKZ-2025-001", period: "2025-Q4", kind: "quarterly", submitted: "2026-01-10", savings_realized_eur: 10_000, lights: { overall: "yellow" } }),
      report({ project: "IKZ-2025-001", period: "2026-Q1", kind: "quarterly", submitted: "2026-04-05", savings_realized_eur: 12_500, lights: { overall: "green" } }),
    ],
  });
  const build = (audience: "council" | "internal") => buildFactSheet({ model: forAudience(model, audience), municipality: "raunheim", audience, lang: "de", today: "2026-04-10", source: SOURCE });

  it("adds up the municipality's share of savings by cost share, leaving out cancelled projects and projects it is not part of", () => {
    const doc = build("council");
    expect(figure(doc, "Projekte mit Beteiligung")).toBe(3);
    expect(figure(doc, "davon federführend")).toBe(2);
    // 40 % of 50 000 + a third of 30 000 (no cost shares: equal parts); the cancelled million does not count.
    expect(figure(doc, "Einsparung geplant")).toBe(20_000 + 10_000);
    // 40 % of (10 000 + 12 500) realised in reports.
    expect(figure(doc, "Einsparung realisiert")).toBe(9_000);
    expect(figure(doc, "Förderung bewilligt")).toBe(50_000);
    expect(table(doc, "projects")!.rows.map((r) => [r.id, r.share, r.plannedShare, r.light])).toEqual([
      ["IKZ-2025-001", 40, 20_000, "Grün"],
      ["IKZ-2025-002", 33.3, 10_000, null],
      ["IKZ-2025-003", 50, 500_000, null],
    ]);
  });

  it("a cancelled project's grant is not in the granted funding, as in the controlling summary: it is shown apart", () => {
    const withGrant = register({
      ...model,
      projects: model.projects.map((p) => (p.data.id === "IKZ-2025-003" ? { ...p, data: { ...p.data, funding: [{ program: "hessen-ikz", status: "paid" as const, amount_eur: 75_000, date: "2025-06-01" }] } } : p)),
      config: model.config!.data,
    });
    const doc = buildFactSheet({ model: withGrant, municipality: "raunheim", audience: "council", lang: "de", today: "2026-04-10", source: SOURCE });
    expect(figure(doc, "Förderung bewilligt")).toBe(50_000);
    expect(figure(doc, "Förderung abgebrochener Projekte")).toBe(75_000);
    expect(table(doc, "funding")!.rows.map((r) => [r.id, r.status, r.amount])).toEqual([
      ["IKZ-2025-001", "bewilligt", 50_000],
      ["IKZ-2025-003", "ausgezahlt (Projekt abgebrochen)", 75_000],
    ]);
    // The controlling summary over the same projects: the same granted sum, the same amount apart.
    const quarter = parseQuarter("2026-Q1")!;
    const scoped = { ...withGrant, projects: withGrant.projects.filter((p) => ["IKZ-2025-001", "IKZ-2025-003"].includes(p.data.id)) };
    const money = computeControlling({ quarter, start: emptyModel(scoped.config), end: scoped, referenceDate: quarter.end, provisional: false, audience: "council", source: { end: SOURCE } }).money;
    const sum = (status: string) => money.funding.find((f) => f.status === status)!.eur;
    expect(sum("granted") + sum("paid")).toBe(50_000);
    expect(money.fundingCancelled).toEqual({ count: 1, eur: 75_000 });
    // Without a cancelled project's grant the sheet has no such line.
    expect(build("council").sections[0]!.figures!.some((f) => f.label.startsWith("Förderung abgebrochener Projekte"))).toBe(false);
  });

  it("says what domain.md says about repayment, and only under a table with a cancelled project's entry", () => {
    const withGrant = register({
      ...model,
      projects: model.projects.map((p) => (p.data.id === "IKZ-2025-003" ? { ...p, data: { ...p.data, funding: [{ program: "hessen-ikz", status: "granted" as const, amount_eur: 75_000 }] } } : p)),
      config: model.config!.data,
    });
    const note = (m: typeof model, lang: "de" | "en" = "de") => table(buildFactSheet({ model: m, municipality: "raunheim", audience: "council", lang, today: "2026-04-10", source: SOURCE }), "funding")!.note;
    expect(note(withGrant)).toBe("Beträge gelten für die ganze Kooperation, nicht nur für Raunheim. Förderung abgebrochener Projekte zählt in keiner Summe; eine Förderung für eine Machbarkeitsstudie wird zurückgefordert, wenn keine Kooperation zustande kommt.");
    expect(note(withGrant, "en")).toContain("a grant for a feasibility study is reclaimed if no cooperation results.");
    // No cancelled project in the table: nothing about cancelled projects under it.
    expect(note(model)).toBe("Beträge gelten für die ganze Kooperation, nicht nur für Raunheim.");
    // The KPI catalogue and the schema say the same: no repayment stated as fact for every cancelled project.
    const funding = KPI_CATALOGUE.find((k) => k.id === "funding")!;
    const schema = JSON.parse(readFileSync(new URL("../../schemas/controlling.schema.json", import.meta.url), "utf8")) as { properties: { money: { properties: { fundingCancelled: { description: string } } } } };
    for (const text of [funding.definition.de, funding.definition.en, schema.properties.money.properties.fundingCancelled.description]) {
      expect(text).toMatch(/Machbarkeitsstudie|feasibility study/);
      expect(text).not.toMatch(/kommt keine Kooperation zustande, wird sie zurückgefordert|it is reclaimed when/);
    }
  });

  it("names the council by its kind and lists what waits for it; an internal project shows only in the internal sheet", () => {
    const council = build("council");
    expect(council.subtitle).toBe("Interkommunale Zusammenarbeit – Information für die Stadtverordnetenversammlung");
    expect(table(council, "pending")!.rows.map((r) => [r.id, r.state])).toEqual([["IKZ-2025-002", "noch kein Beschluss"]]);
    expect(figure(council, "Beschlüsse, die")).toBe(1);
    const internal = build("internal");
    expect(table(internal, "pending")!.rows.map((r) => r.id)).toEqual(["IKZ-2025-002", "IKZ-2025-005"]);
    expect(JSON.stringify(council)).not.toContain("Geheim");
    expect(JSON.stringify(internal)).toContain("Geheim");
  });

  it("says so in words when there is nothing to decide, no funding or no milestone", () => {
    const empty = buildFactSheet({ model: register(), municipality: "trebur", audience: "council", lang: "en", today: "2026-04-10", source: SOURCE });
    expect(empty.title).toBe("IKZ fact sheet Trebur");
    const pending = empty.sections.find((s) => s.id === "pending")!;
    expect(pending.tables).toEqual([]);
    expect(pending.paragraphs).toContain("None – no project is waiting for a resolution of the municipal council.");
  });
});
