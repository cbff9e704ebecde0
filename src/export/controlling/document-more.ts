import type { ExportSection, ExportTable } from "../document.js";
import type { Labels } from "./doc-helpers.js";
import { reportsHidden } from "./document-core.js";
import { KPI_CATALOGUE } from "./kpis.js";
import type { ControllingData } from "./types.js";

/** Money: savings planned and realised, savings rates against the funding threshold, funding by status. */
export function moneySection(d: ControllingData, l: Labels): ExportSection {
  const { t, col } = l;
  const m = d.money;
  const hidden = reportsHidden(d);
  const figures: NonNullable<ExportSection["figures"]> = [
    { label: t("f.plannedYear"), value: m.plannedPerYearEur, type: "euro" },
    { label: t("f.plannedOperation"), value: m.plannedInOperationPerYearEur, type: "euro" },
    ...(hidden
      ? []
      : [
          { label: t("f.realizedQuarter"), value: m.realizedQuarterEur, type: "euro" as const },
          { label: t("f.realizedYtd"), value: m.realizedYearToDateEur, type: "euro" as const },
          { label: t("f.realizedAll"), value: m.realizedCumulatedEur, type: "euro" as const },
        ]),
  ];
  if (m.thresholdPct !== undefined) figures.push({ label: t("f.threshold", { program: m.thresholdProgram ?? "" }), value: m.thresholdPct, type: "percent" });
  const sum = (status: string) => m.funding.find((f) => f.status === status)?.eur ?? 0;
  // Each funding entry carries its current status only, so a paid grant is no longer "granted": granted counts both,
  // as in the register table and the fact sheet.
  figures.push({ label: t("f.granted"), value: sum("granted") + sum("paid"), type: "euro" }, { label: t("f.paid"), value: sum("paid"), type: "euro" });
  if (m.fundingCancelled.count > 0) figures.push({ label: t("f.grantedCancelled"), value: m.fundingCancelled.eur, type: "euro" });
  const planned = m.byProject.filter((x) => (x.savingsPlannedEur ?? 0) > 0).sort((a, b) => (b.savingsPlannedEur ?? 0) - (a.savingsPlannedEur ?? 0));
  return {
    id: "money",
    title: t("s.money"),
    paragraphs: [hidden ? t("n.reportsHidden") : t("n.savingsByReceipt"), ...(m.thresholdPct === undefined ? [t("n.noThreshold")] : [])],
    figures,
    charts: [{ kind: "bar", title: t("ch.savings"), unit: "euro", points: planned.slice(0, 15).map((x) => ({ label: `${x.project} ${x.title}`, value: x.savingsPlannedEur ?? 0 })) }],
    tables: [
      {
        id: "savings-rates",
        title: t("t.rates"),
        columns: [col("project"), col("title"), col("phase"), col("baseline", "euro"), col("planned", "euro"), col("rate", "percent"), col("meets")],
        rows: m.rates.map((x) => ({ project: x.project, title: x.title, phase: l.phase(x.phase), baseline: x.baselineEur, planned: x.savingsPlannedEur, rate: x.ratePct, meets: x.meetsThreshold ?? null })),
      },
      ...(hidden
        ? []
        : [
            {
              id: "savings",
              title: t("t.savings"),
              columns: [col("project"), col("title"), col("planned", "euro"), col("realizedQuarter", "euro"), col("realizedYtd", "euro"), col("realizedAll", "euro")],
              rows: m.byProject.map((x) => ({ project: x.project, title: x.title, planned: x.savingsPlannedEur ?? null, realizedQuarter: x.realizedQuarterEur, realizedYtd: x.realizedYearToDateEur, realizedAll: x.realizedCumulatedEur })),
            },
          ]),
      {
        id: "funding",
        title: t("t.funding"),
        columns: [col("status"), col("count", "integer"), col("amount", "euro"), col("inQuarterCount", "integer"), col("inQuarterAmount", "euro")],
        rows: m.funding.map((x) => ({ status: t(`fs.${x.status}`), count: x.count, amount: x.eur, inQuarterCount: x.inQuarterCount, inQuarterAmount: x.inQuarterEur })),
      },
    ],
  };
}

/** Participation: projects per municipality and the project × municipality matrix. */
export function participationSection(d: ControllingData, l: Labels): ExportSection {
  const { t, col } = l;
  const p = d.participation;
  const matrix: ExportTable = {
    id: "matrix",
    title: t("t.matrix"),
    columns: [col("project"), ...p.municipalities.map((m) => ({ key: `m:${m.id}`, label: m.name, type: "text" as const }))],
    rows: p.matrix.map((row) => {
      const cells: Record<string, string | null> = { project: row.project };
      for (const m of p.municipalities) cells[`m:${m.id}`] = row.roles[m.id] === undefined ? null : t(`role.${row.roles[m.id]}`);
      return cells;
    }),
    note: t("n.matrixScope"),
  };
  return {
    id: "participation",
    title: t("s.participation"),
    charts: [{ kind: "bar", title: t("ch.municipalities"), unit: "count", points: p.municipalities.map((m) => ({ label: m.name, value: m.total })) }],
    tables: [
      {
        id: "municipalities",
        title: t("t.municipalities"),
        columns: [col("municipality"), col("asLead", "integer"), col("asPartner", "integer"), col("total", "integer"), col("partners", "integer")],
        rows: p.municipalities.map((m) => ({ municipality: m.name, asLead: m.lead, asPartner: m.partner, total: m.total, partners: m.partners })),
      },
      matrix,
    ],
  };
}

/** Process indicators: lead times and how assessed projects ended. */
export function processSection(d: ControllingData, l: Labels): ExportSection {
  const { t, col } = l;
  const p = d.process;
  const stretches = [
    ["ideaToMandate", p.ideaToMandate],
    ["mandateToOperation", p.mandateToOperation],
    ["ideaToOperation", p.ideaToOperation],
  ] as const;
  return {
    id: "process",
    title: t("s.process"),
    figures: [
      ...stretches.map(([key, x]) => ({ label: t("f.medianDays", { name: t(`stretch.${key}`), count: x.count }), value: x.medianDays ?? null, type: "number" as const })),
      { label: t("f.share"), value: p.cooperationSharePct ?? null, type: "percent" },
    ],
    tables: [
      { id: "lead-times", title: t("t.leadTimes"), columns: [col("stretch"), col("count", "integer"), col("median", "number"), col("inQuarter", "integer")], rows: stretches.map(([key, x]) => ({ stretch: t(`stretch.${key}`), count: x.count, median: x.medianDays ?? null, inQuarter: x.inQuarter })) },
      {
        id: "funnel",
        title: t("t.funnel"),
        columns: [col("stage"), col("count", "integer")],
        rows: [
          { stage: t("stage.assessed"), count: p.assessed },
          { stage: t("stage.cooperation"), count: p.becameCooperation },
          { stage: t("stage.cancelled"), count: p.cancelledAfterAssessment },
          { stage: t("stage.open"), count: p.stillOpen },
        ],
      },
    ],
  };
}

/** What needs attention: risks (internal only), support, overdue conditions, lessons of the quarter with their findings. */
export function watchSection(d: ControllingData, l: Labels): ExportSection {
  const { t, col } = l;
  const w = d.watch;
  const internal = d.audience === "internal";
  const tables: ExportTable[] = [];
  if (internal) {
    tables.push({
      id: "risks",
      title: t("t.risks"),
      columns: [col("project"), col("title"), col("period", "text", "col.fromReport"), col("risk"), col("probability", "integer"), col("impact", "integer"), col("score", "integer"), col("measure")],
      rows: w.risks.map((x) => ({ project: x.project, title: x.title, period: l.code("per", x.period), risk: x.text, probability: x.probability ?? null, impact: x.impact ?? null, score: x.score ?? null, measure: x.measure ?? null })),
      note: t("n.riskScale"),
    });
  }
  tables.push(
    { id: "support", title: t("t.support"), columns: [col("date", "date"), col("decision"), col("project"), col("title"), col("kind")], rows: w.support.map((x) => ({ date: x.date, decision: x.decision, project: x.project, title: x.title, kind: l.code("sk", x.kind) })) },
    {
      id: "conditions",
      title: t("t.conditions"),
      columns: [col("due", "date"), col("decision"), col("project"), col("title"), col("condition"), col("owner")],
      rows: w.overdueConditions.map((x) => ({ due: x.due, decision: `${x.decision} (${x.index})`, project: x.project, title: x.title, condition: x.text, owner: x.ownerName ?? x.owner ?? null })),
    },
    {
      id: "carried",
      title: t("t.carried"),
      columns: [col("due", "date"), col("project"), col("title"), col("what")],
      rows: [
        ...w.carriedReports.map((x) => ({ due: x.due, project: x.project, title: x.title, what: t("carried.report", { period: x.period }) })),
        ...w.carriedMilestones.map((x) => ({ due: x.due, project: x.project, title: x.title, what: t("carried.milestone", { id: x.milestone, title: x.milestoneTitle }) })),
      ].sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0)),
    },
    {
      id: "lessons",
      title: t("t.lessons"),
      columns: [col("id"), col("date", "date"), col("title"), col("project"), col("kind"), col("category"), col("released")],
      rows: w.lessons.map((x) => ({ id: x.id, date: x.date, title: x.title, project: x.project ?? null, kind: l.code("lk", x.kind), category: l.code("lc", x.category), released: x.released })),
    },
  );
  return {
    id: "watch",
    title: t("s.watch"),
    paragraphs: internal ? [] : [t("n.risksHidden")],
    figures: [
      ...(internal ? [{ label: t("f.risks"), value: w.risks.length, type: "integer" as const }] : []),
      { label: t("f.support"), value: w.support.length, type: "integer" },
      { label: t("f.conditions"), value: w.overdueConditions.length, type: "integer" },
      { label: t("f.lessons"), value: w.lessons.length, type: "integer" },
    ],
    tables,
    excerpts: w.lessons.filter((x) => x.excerpt !== undefined).map((x) => ({ title: `${x.id} ${x.title}`, markdown: x.excerpt! })),
  };
}

/** The appendix: every key figure with its definition. */
export function kpiSection(l: Labels): ExportSection {
  const { t, col } = l;
  return {
    id: "kpis",
    title: t("s.kpis"),
    tables: [
      {
        id: "kpis",
        title: t("t.kpis"),
        columns: [col("name"), col("definition"), col("unit"), col("section")],
        rows: KPI_CATALOGUE.map((k) => ({ name: k.name[l.lang], definition: k.definition[l.lang], unit: t(`unit.${k.unit}`), section: t(`s.${k.section}`) })),
      },
    ],
  };
}
