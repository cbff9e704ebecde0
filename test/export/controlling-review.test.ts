// Findings of the readers' review (treasurer, mayor, publishing coordinator), each pinned by a test.
import { describe, expect, it } from "vitest";
import { buildControllingDocument } from "../../src/export/controlling/build-document.js";
import { computeControlling } from "../../src/export/controlling/compute.js";
import type { RegisterModel } from "../../src/domain/model.js";
import { resolveOut } from "../../src/export/output.js";
import { project, report } from "../helpers/model.js";
import { IDS, quarterRegisters } from "./controlling-fixture.js";
import { parseQuarter } from "./controlling-helpers.js";

const { D } = IDS;
const Q3 = parseQuarter("2025-Q3")!;
const SOURCE = { end: { registerName: "Test", commit: "a".repeat(40) }, start: { registerName: "Test", commit: "b".repeat(40) } };

function compute(audience: "internal" | "council" | "public", edit: (m: { start: RegisterModel; end: RegisterModel }) => void = () => {}, source: typeof SOURCE | { end: typeof SOURCE.end } = SOURCE) {
  const registers = quarterRegisters();
  edit(registers);
  return computeControlling({ quarter: Q3, ...registers, referenceDate: "2025-09-30", provisional: false, audience, source });
}

describe("public edition: decisions replay the same although reports are not public", () => {
  // A's and C's chains hold an accept_report of their assessment report; the public sees the decision, not the report.
  it("has the same phase transitions and process figures as the internal edition", () => {
    const internal = compute("internal");
    const pub = compute("public");
    expect(pub.portfolio.transitions).toEqual(internal.portfolio.transitions);
    expect(pub.process).toEqual(internal.process);
    // Hand-computed in controlling-kpis.test.ts: order → operation for A, D, E; 3 of 4 assessed became cooperations.
    expect([pub.process.mandateToOperation.count, pub.process.becameCooperation, pub.process.cooperationSharePct]).toEqual([3, 3, 75]);
  });

  it("marks report figures as withheld instead of listing every due report as missing", () => {
    const pub = compute("public");
    expect(pub.reportsWithheld).toBe(true);
    expect([pub.reports.due, pub.reports.list, pub.reports.lights]).toEqual([0, [], []]);
    expect(compute("council").reportsWithheld).toBeUndefined();
    const doc = buildControllingDocument(pub, "de");
    const labels = doc.sections.flatMap((s) => (s.figures ?? []).map((f) => f.label));
    expect(labels.filter((x) => /Berichtsquote|Realisiert|Fällige Quartalsberichte/.test(x))).toEqual([]);
    expect(labels).toContain("Geplante Einsparungen p. a.");
    expect(JSON.stringify(doc)).not.toContain("alle fälligen Berichte");
    expect(doc.sections.find((s) => s.id === "reports")!.paragraphs).toEqual([expect.stringContaining("nicht an die Öffentlichkeit")]);
    expect(doc.sections.find((s) => s.id === "money")!.tables.map((t) => t.id)).toEqual(["savings-rates", "funding"]);
  });
});

describe("money as a treasurer reads it", () => {
  it("does not add an evaluation report's savings to the quarterly ones it sums up", () => {
    const data = compute("internal", ({ end }) => {
      end.reports.push(report({ project: D, period: "evaluation", kind: "evaluation", submitted: "2025-09-01", savings_realized_eur: 40_000, lights: { overall: "green" } }));
    });
    // Unchanged from the quarterly reports alone: 10 000 in Q3, 18 000 this year, 23 000 in all.
    expect([data.money.realizedQuarterEur, data.money.realizedYearToDateEur, data.money.realizedCumulatedEur]).toEqual([10_000, 18_000, 23_000]);
  });

  it("compares the savings rate with the threshold unrounded and prints it rounded down: 14.96 % prints as 14,9 % and misses 15 %", () => {
    const data = compute("internal", ({ end }) => {
      end.projects.push(project({ id: "IKZ-2025-009", title: "Knapp", created: "2025-01-01", savings_planned_eur: 14_960, baseline_costs_eur: 100_000 }));
      end.projects.push(project({ id: "IKZ-2025-010", title: "Genau", created: "2025-01-01", savings_planned_eur: 15_000, baseline_costs_eur: 100_000 }));
    });
    const rate = (id: string) => data.money.rates.find((r) => r.project === id)!;
    expect([rate("IKZ-2025-009").ratePct, rate("IKZ-2025-009").meetsThreshold]).toEqual([14.9, false]);
    expect([rate("IKZ-2025-010").ratePct, rate("IKZ-2025-010").meetsThreshold]).toEqual([15, true]);
  });
});

describe("funding figures", () => {
  it("counts paid grants as granted too, as the register table and the fact sheet do", () => {
    const money = buildControllingDocument(compute("internal"), "de").sections.find((s) => s.id === "money")!;
    const value = (label: string) => money.figures!.find((f) => f.label.startsWith(label))!.value;
    // The fixture: 50 000 € granted (A), 100 000 € paid (D), 75 000 € applied (A).
    expect(value("Förderung bewilligt")).toBe(150_000);
    expect(value("Förderung ausgezahlt")).toBe(100_000);
  });
});

describe("a quarter whose start predates the Git history", () => {
  it("leaves the start column empty and says why instead of showing every project as added", () => {
    const data = compute("internal", () => {}, { end: SOURCE.end });
    // With a known start M3 and M4 slipped (controlling-kpis.test.ts); without one no slip can be told.
    expect(data.milestones.slipped).toEqual([]);
    expect(compute("internal").milestones.slipped).toHaveLength(2);
    const doc = buildControllingDocument(data, "de");
    const portfolio = doc.sections.find((s) => s.id === "portfolio")!;
    expect(portfolio.paragraphs).toEqual([expect.stringContaining("Stand zum Quartalsbeginn ist nicht bekannt")]);
    const phases = portfolio.tables.find((t) => t.id === "phases")!;
    expect(phases.rows.every((r) => r.start === null && r.change === null)).toBe(true);
    expect(doc.sections[0]!.paragraphs).toEqual(expect.arrayContaining([expect.stringContaining("01.07.2025")]));
    // With a known start the column holds numbers: A councils → operation.
    const known = buildControllingDocument(compute("internal"), "en").sections.find((s) => s.id === "portfolio")!;
    expect(known.paragraphs ?? []).toEqual([]);
    expect(known.tables.find((t) => t.id === "phases")!.rows.find((r) => r.phase === "Operation")).toMatchObject({ start: 2, end: 3, change: 1 });
  });
});

describe("--out", () => {
  it("keeps a trailing slash so that a folder that does not exist yet is a folder", () => {
    expect(resolveOut("/tmp/x", "neu/")).toBe("/tmp/x/neu/");
    expect(resolveOut("/tmp/x", "q3.csv")).toBe("/tmp/x/q3.csv");
    expect(resolveOut("/tmp/x", "/abs/dir/")).toBe("/abs/dir/");
  });
});


describe("municipality fact sheet", () => {
  it("counts realised savings from quarterly reports only, like the controlling summary", async () => {
    const { buildFactSheet } = await import("../../src/export/municipality/fact-sheet.js");
    const { register } = await import("../helpers/model.js");
    const participants = [
      { municipality: "raunheim", role: "lead" as const, cost_share: 40 },
      { municipality: "trebur", role: "partner" as const, cost_share: 60 },
    ];
    const model = register({
      projects: [project({ id: "IKZ-2025-001", title: "Bauhof", phase: "evaluation", lead: "raunheim", participants, savings_planned_eur: 50_000 })],
      reports: [
        report({ project: "IKZ-2025-001", period: "2025-Q4", kind: "quarterly", submitted: "2026-01-10", savings_realized_eur: 10_000 }),
        report({ project: "IKZ-2025-001", period: "2026-Q1", kind: "quarterly", submitted: "2026-04-05", savings_realized_eur: 15_000 }),
        // The evaluation sums up the same months: adding it would count 25 000 € twice.
        report({ project: "IKZ-2025-001", period: "evaluation", kind: "evaluation", submitted: "2026-04-08", savings_realized_eur: 25_000 }),
      ],
    });
    const doc = buildFactSheet({ model, municipality: "raunheim", audience: "council", lang: "de", today: "2026-04-10", source: SOURCE.end });
    // 40 % of (10 000 + 15 000).
    expect(doc.sections[0]!.figures!.find((f) => f.label.startsWith("Einsparung realisiert"))!.value).toBe(10_000);
    expect(doc.sections.find((s) => s.id === "projects")!.tables[0]!.rows[0]).toMatchObject({ realized: 25_000, realizedShare: 10_000 });
  });
});

describe("HTML print layout", () => {
  it("lets a fact sheet run on (two pages, not one per section) while the controlling report breaks per section", async () => {
    const { renderHtml } = await import("../../src/export/render/html.js");
    const { buildControllingDocument: build } = await import("../../src/export/controlling/build-document.js");
    const html = renderHtml(build(compute("council"), "de"));
    expect(html).toContain('<body class="doc-controlling">');
    expect(html).toMatch(/\.section \{ break-before: page;/);
    expect(html).toMatch(/\.doc-municipality \.section \{ break-before: auto;/);
  });
});

describe("a running quarter", () => {
  it("does not count milestones due after today against the on-time rate, nor list them as needing attention", () => {
    const registers = quarterRegisters();
    // On 10 Sep 2025: M1 met (due 31 Jul), M2 late (done 5 Sep); M6 (due 15 Sep) and M3 (due 30 Sep) are not due yet.
    const data = computeControlling({ quarter: Q3, ...registers, referenceDate: "2025-09-10", provisional: true, audience: "internal", source: SOURCE });
    expect(data.milestones.list.map((m) => `${m.milestone}:${m.state}`)).toEqual(["M1:met", "M2:late", "M6:open", "M3:open"]);
    // Due by 10 Sep: M1 and M2; one of two on time.
    expect(data.milestones.onTimePct).toBe(50);
    const attention = buildControllingDocument(data, "de").sections[0]!.tables[0]!.rows.map((r) => String(r.what));
    expect(attention.filter((w) => w.startsWith("Meilenstein"))).toEqual([]);
  });

  it("a report whose deadline has not passed is not missing yet, as in 'ikz check': not in the rate, not in the attention list", () => {
    // The 2025-Q2 reports are due by 30 Jul 2025: D sent its report on 25 Jul, E none.
    const on = (referenceDate: string) => computeControlling({ quarter: Q3, ...quarterRegisters(), referenceDate, provisional: true, audience: "internal", source: SOURCE });
    const deadline = on("2025-07-30");
    expect(deadline.reports.list.map((r) => `${r.project}:${r.state}`)).toEqual(["IKZ-2023-001:on_time"]);
    expect([deadline.reports.due, deadline.reports.received, deadline.reports.compliancePct]).toEqual([1, 1, 100]);
    const attention = buildControllingDocument(deadline, "de").sections[0]!.tables[0]!.rows.map((r) => String(r.what));
    expect(attention.filter((w) => w.startsWith("Quartalsbericht 2025-Q2"))).toEqual([]);
    const after = on("2025-07-31");
    expect([after.reports.due, after.reports.received, after.reports.compliancePct]).toEqual([2, 1, 50]);
  });

  it("a milestone due today is not late yet, as in 'ikz check'; at a closed quarter's end the same milestone is missed", () => {
    // On 15 Sep 2025, M6's due day: M1 met, M2 late, M6 open but the day is not over.
    const running = computeControlling({ quarter: Q3, ...quarterRegisters(), referenceDate: "2025-09-15", provisional: true, audience: "internal", source: SOURCE });
    expect(running.milestones.list.find((m) => m.milestone === "M6")?.state).toBe("open");
    expect(running.milestones.onTimePct).toBe(50);
    expect(running.milestones.overdueAtEnd).toBe(0);
    const attention = buildControllingDocument(running, "de").sections[0]!.tables[0]!.rows.map((r) => String(r.what));
    expect(attention.filter((w) => w.startsWith("Meilenstein"))).toEqual([]);
    // The closed quarter, read at the end of 30 Sep: M3, due that day and still open, is missed (M1 of M1, M2, M3, M6 on time).
    const closed = computeControlling({ quarter: Q3, ...quarterRegisters(), referenceDate: "2025-09-30", provisional: false, audience: "internal", source: SOURCE });
    expect(closed.milestones.onTimePct).toBe(25);
  });
});

describe("an empty table with a note", () => {
  it("says it once, in the note, without 'keine Einträge' before it (md and html)", async () => {
    const { renderMarkdown } = await import("../../src/export/render/markdown.js");
    const { renderHtml } = await import("../../src/export/render/html.js");
    const doc = buildControllingDocument(compute("public", ({ end }) => {
      end.projects = end.projects.filter((p) => p.data.id === D);
    }), "de");
    const overview = { ...doc, sections: [doc.sections[0]!] };
    expect(overview.sections[0]!.tables[0]!.rows).toEqual([]);
    const md = renderMarkdown(overview);
    expect(md).toContain("_Keine offenen oder verschobenen Meilensteine und keine überfälligen Auflagen._");
    expect(md).not.toContain("keine Einträge");
    const html = renderHtml(overview);
    expect(html).not.toContain("keine Einträge");
    expect(html).not.toContain("<thead>");
  });
});

describe("fact sheet German", () => {
  it("puts the right article before the council: den Kreistag, des Kreistags, die Gemeindevertretung", async () => {
    const { buildFactSheet } = await import("../../src/export/municipality/fact-sheet.js");
    const { register } = await import("../helpers/model.js");
    const model = register();
    model.config!.data.municipalities.push({ id: "kreis", name: "Kreis Groß-Gerau", kind: "district", region: "nordkreis", council: "district_council" } as never);
    const sheet = (municipality: string, lang: "de" | "en" = "de") => buildFactSheet({ model, municipality, audience: "council", lang, today: "2026-04-10", source: SOURCE.end });
    const kreis = sheet("kreis");
    expect(kreis.subtitle).toBe("Interkommunale Zusammenarbeit – Information für den Kreistag");
    expect(kreis.sections.find((s) => s.id === "pending")!.title).toBe("Anstehende Beschlüsse des Kreistags");
    expect(kreis.sections[0]!.paragraphs![0]).toContain("worüber der Kreistag noch entscheiden muss");
    expect(sheet("trebur").sections.find((s) => s.id === "pending")!.paragraphs).toContain("Keine – derzeit wartet kein Projekt auf einen Beschluss der Gemeindevertretung.");
    expect(sheet("kreis", "en").subtitle).toBe("Inter-municipal cooperation – information for the district council");
  });
});
