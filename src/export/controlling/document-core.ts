import { formatDate } from "../../render/format.js";
import type { ExportSection } from "../document.js";
import type { Labels } from "./doc-helpers.js";
import type { ControllingData } from "./types.js";

const ATTENTION_MAX = 15;

/**
 * Whether the edition holds none of the register's reports: reports reach councils by default (spec/register.md),
 * so a public edition would show a reporting rate of "–", every traffic light "without report" and 0 € realised — figures
 * that read as facts. Such figures are left out with a sentence saying why.
 */
export const reportsHidden = (d: ControllingData): boolean => d.reportsWithheld === true;

/** Overview: the figures a reader needs first, with the provisional and sample notes. */
export function overviewSection(d: ControllingData, l: Labels): ExportSection {
  const { t } = l;
  const paragraphs: string[] = [];
  if (d.quarter.provisional) paragraphs.push(t("c.provisional", { date: formatDate(d.quarter.referenceDate, l.lang) }));
  if (d.register.sample) paragraphs.push(t("c.sample"));
  if (d.source.start === undefined) paragraphs.push(t("n.noStart", { date: formatDate(d.quarter.start, l.lang) }));
  const hidden = reportsHidden(d);
  if (hidden) paragraphs.push(t("n.reportsHidden"));
  const figures: NonNullable<ExportSection["figures"]> = [
    { label: t("f.active"), value: d.portfolio.activeEnd, type: "integer" },
    { label: t("f.transitions"), value: d.portfolio.transitions.length, type: "integer" },
    { label: t("f.decisions"), value: d.decisions.count, type: "integer" },
    { label: t("f.onTime"), value: d.milestones.onTimePct ?? null, type: "percent" },
    ...(hidden ? [] : [{ label: t("f.compliance"), value: d.reports.compliancePct ?? null, type: "percent" as const }, { label: t("f.realizedQuarter"), value: d.money.realizedQuarterEur, type: "euro" as const }]),
    { label: t("f.plannedYear"), value: d.money.plannedPerYearEur, type: "euro" },
    ...(hidden ? [] : [{ label: t("f.realizedYtd"), value: d.money.realizedYearToDateEur, type: "euro" as const }]),
    { label: t("f.conditions"), value: d.watch.overdueConditions.length, type: "integer" },
  ];
  const m = d.money;
  const realizedPoints = hidden
    ? []
    : [
        { label: t("f.realizedQuarter"), value: m.realizedQuarterEur },
        { label: t("f.realizedYtd"), value: m.realizedYearToDateEur },
        { label: t("f.realizedAll"), value: m.realizedCumulatedEur },
      ];
  const charts: NonNullable<ExportSection["charts"]> = [
    {
      kind: "bar",
      title: t("ch.money"),
      unit: "euro",
      points: [
        { label: t("f.plannedYear"), value: m.plannedPerYearEur },
        { label: t("f.plannedOperation"), value: m.plannedInOperationPerYearEur },
        ...realizedPoints,
      ],
    },
  ];
  const attention = attentionRows(d, l);
  return {
    id: "overview",
    title: t("s.overview"),
    paragraphs,
    figures,
    charts,
    tables: [
      {
        id: "attention",
        title: t("t.attention"),
        columns: [l.col("project"), l.col("title"), l.col("what", "text")],
        // The first page stays a page: a large register lists the rest in its sections.
        rows: attention.slice(0, ATTENTION_MAX),
        ...(attention.length === 0 ? { note: t(hidden ? "att.none.public" : "att.none") } : attention.length > ATTENTION_MAX ? { note: t("att.more", { count: attention.length - ATTENTION_MAX }) } : {}),
      },
    ],
  };
}

/** What the steering group should look at first: missing reports, open milestones (from earlier quarters first), slipped forecasts, overdue conditions. */
function attentionRows(d: ControllingData, l: Labels): Array<Record<string, string>> {
  const { t } = l;
  const date = (iso: string) => formatDate(iso, l.lang);
  const rows: Array<{ project: string; title: string; what: string }> = [
    ...d.watch.carriedReports.map((r) => ({ project: r.project, title: r.title, what: t("att.report", { period: r.period, due: date(r.due) }) })),
    ...d.reports.list.filter((r) => r.state === "missing").map((r) => ({ project: r.project, title: r.title, what: t("att.report", { period: r.period, due: date(r.dueDate) }) })),
    ...d.watch.carriedMilestones.map((x) => ({ project: x.project, title: x.title, what: t("att.milestone", { id: x.milestone, title: x.milestoneTitle, due: date(x.due) }) })),
    // In a running quarter a milestone due today is not yet late (as in `ikz check`); at a closed quarter's end it is.
    ...d.milestones.list.filter((x) => x.state === "open" && (d.quarter.provisional ? x.due < d.quarter.referenceDate : x.due <= d.quarter.referenceDate)).map((x) => ({ project: x.project, title: x.title, what: t("att.milestone", { id: x.milestone, title: x.milestoneTitle, due: date(x.due) }) })),
    ...d.milestones.slipped.map((x) => ({ project: x.project, title: x.title, what: t(x.days === 1 ? "att.slipped.one" : "att.slipped", { id: x.milestone, title: x.milestoneTitle, days: x.days, after: date(x.after) }) })),
    ...d.watch.overdueConditions.map((x) => ({ project: x.project, title: x.title, what: t("att.condition", { index: x.index, decision: x.decision, due: date(x.due), text: x.text }) })),
  ];
  return rows;
}

/** Portfolio: phases at start and end, transitions with their decisions, new, closed and cancelled projects. */
export function portfolioSection(d: ControllingData, l: Labels): ExportSection {
  const { t, col } = l;
  const p = d.portfolio;
  const shown = p.phases.filter((x) => x.start > 0 || x.end > 0);
  // Before the Git history began the start state is unknown, not empty: its column stays blank ("–"), not 0.
  const known = d.source.start !== undefined;
  const startOf = (n: number) => (known ? n : null);
  const changeOf = (start: number, end: number) => (known ? end - start : null);
  return {
    id: "portfolio",
    title: t("s.portfolio"),
    ...(known ? {} : { paragraphs: [t("n.noStart", { date: formatDate(d.quarter.start, l.lang) })] }),
    figures: [
      { label: t("f.total"), value: p.totalEnd, type: "integer" },
      { label: t("f.active"), value: p.activeEnd, type: "integer" },
      { label: t("f.new"), value: p.newProjects.length, type: "integer" },
    ],
    charts: [{ kind: "pie", title: t("ch.phases"), unit: "count", points: p.phases.filter((x) => x.end > 0).map((x) => ({ label: l.phase(x.phase), value: x.end })) }],
    tables: [
      {
        id: "phases",
        title: t("t.phases"),
        columns: [col("phase"), col("start", "integer"), col("end", "integer"), col("change", "integer")],
        rows: [
          ...shown.map((x) => ({ phase: l.phase(x.phase), start: startOf(x.start), end: x.end, change: changeOf(x.start, x.end) })),
          { phase: t("row.total"), start: startOf(p.totalStart), end: p.totalEnd, change: changeOf(p.totalStart, p.totalEnd) },
        ],
      },
      {
        id: "transitions",
        title: t("t.transitions"),
        columns: [col("date", "date"), col("project"), col("title"), col("from"), col("to"), col("decision"), col("type")],
        rows: p.transitions.map((x) => ({ date: x.date, project: x.project, title: x.title, from: l.phase(x.from), to: l.phase(x.to), decision: x.decision, type: l.decisionType(x.decisionType) })),
      },
      {
        id: "new-projects",
        title: t("t.new"),
        columns: [col("project"), col("title"), col("created", "date"), col("field"), col("lead")],
        rows: p.newProjects.map((x) => ({ project: x.project, title: x.title, created: x.created, field: x.fieldName ?? x.field, lead: x.leadName ?? x.lead ?? null })),
      },
      { id: "closed", title: t("t.closed"), columns: [col("project"), col("title"), col("date", "date"), col("decision")], rows: p.closed.map((x) => ({ ...x })) },
      { id: "cancelled", title: t("t.cancelled"), columns: [col("project"), col("title"), col("date", "date"), col("decision"), col("reason")], rows: p.cancelled.map((x) => ({ ...x, reason: x.reason ?? null })) },
    ],
  };
}

/** Decisions and meetings of the quarter. */
export function decisionsSection(d: ControllingData, l: Labels): ExportSection {
  const { t, col } = l;
  // Withheld meetings are left out with a sentence, as reports are: "0 meetings" would read as a fact.
  const meetingsHidden = d.meetingsWithheld === true;
  const meetingsTable = {
    id: "meetings",
    title: t("t.meetings"),
    columns: [col("date", "date"), col("meeting"), col("kind"), col("status"), col("decisions", "integer")],
    rows: d.meetings.list.map((x) => ({ date: x.date, meeting: x.id, kind: l.code("mk", x.kind), status: l.code("mst", x.status), decisions: x.decisions })),
  };
  return {
    id: "decisions",
    title: t("s.decisions"),
    ...(meetingsHidden ? { paragraphs: [t("n.meetingsHidden")] } : {}),
    figures: [
      { label: t("f.decisions"), value: d.decisions.count, type: "integer" },
      { label: t("f.effective"), value: d.decisions.effective, type: "integer" },
      ...(meetingsHidden ? [] : [{ label: t("f.meetings"), value: d.meetings.count, type: "integer" as const }]),
    ],
    tables: [
      { id: "decision-types", title: t("t.decisionTypes"), columns: [col("type"), col("count", "integer")], rows: d.decisions.byType.map((x) => ({ type: l.decisionType(x.type), count: x.count })) },
      {
        id: "decisions",
        title: t("t.decisions"),
        columns: [col("date", "date"), col("decision"), col("type"), col("outcome"), col("project"), col("title"), col("body")],
        rows: d.decisions.list.map((x) => ({ date: x.date, decision: x.id, type: l.decisionType(x.type), outcome: l.code("out", x.outcome), project: x.project ?? null, title: x.projectTitle ?? null, body: l.code("body", x.body) })),
      },
      ...(meetingsHidden ? [] : [meetingsTable]),
    ],
  };
}

/** Milestones due in the quarter and slipped forecasts. */
export function milestonesSection(d: ControllingData, l: Labels): ExportSection {
  const { t, col } = l;
  const m = d.milestones;
  return {
    id: "milestones",
    title: t("s.milestones"),
    figures: [
      { label: t("f.milestonesDue"), value: m.due, type: "integer" },
      { label: t("ms.met"), value: m.met, type: "integer" },
      { label: t("ms.late"), value: m.late, type: "integer" },
      { label: t("ms.open"), value: m.open, type: "integer" },
      { label: t("f.onTime"), value: m.onTimePct ?? null, type: "percent" },
      { label: t("f.overdue"), value: m.overdueAtEnd, type: "integer" },
    ],
    tables: [
      {
        id: "milestones",
        title: t("t.milestones"),
        columns: [col("project"), col("title"), col("milestone"), col("due", "date"), col("forecast", "date"), col("done", "date"), col("state")],
        rows: m.list.map((x) => ({ project: x.project, title: x.title, milestone: `${x.milestone} ${x.milestoneTitle}`, due: x.due, forecast: x.forecast ?? null, done: x.done ?? null, state: t(`ms.${x.state}`) })),
      },
      {
        id: "slipped",
        title: t("t.slipped"),
        columns: [col("project"), col("title"), col("milestone"), col("due", "date"), col("before", "date"), col("after", "date"), col("days", "integer")],
        rows: m.slipped.map((x) => ({ project: x.project, title: x.title, milestone: `${x.milestone} ${x.milestoneTitle}`, due: x.due, before: x.before, after: x.after, days: x.days })),
      },
    ],
  };
}

/** Report compliance and traffic lights. */
export function reportsSection(d: ControllingData, l: Labels): ExportSection {
  const { t, col } = l;
  const r = d.reports;
  const configured = d.reports.periods.length > 0 || d.reports.due > 0;
  if (reportsHidden(d)) return { id: "reports", title: t("s.reports"), paragraphs: [t("n.reportsHidden")], tables: [] };
  return {
    id: "reports",
    title: t("s.reports"),
    paragraphs: [configured ? t("n.reportPeriods", { periods: r.periods.join(", ") }) : t("n.noReporting")],
    figures: [
      { label: t("f.reportsDue"), value: r.due, type: "integer" },
      { label: t("f.reportsReceived"), value: r.received, type: "integer" },
      { label: t("f.reportsOnTime"), value: r.onTime, type: "integer" },
      { label: t("f.compliance"), value: r.compliancePct ?? null, type: "percent" },
    ],
    tables: [
      {
        id: "lights",
        title: t("t.lights"),
        columns: [col("dimension"), col("green", "integer"), col("yellow", "integer"), col("red", "integer"), col("none", "integer")],
        rows: r.lights.map((x) => ({ dimension: t(`dim.${x.dimension}`), green: x.green, yellow: x.yellow, red: x.red, none: x.none })),
      },
      {
        id: "reports",
        title: t("t.reports"),
        columns: [col("project"), col("title"), col("period"), col("deadline", "date"), col("submitted", "date"), col("state")],
        rows: r.list.map((x) => ({ project: x.project, title: x.title, period: x.period, deadline: x.dueDate, submitted: x.submitted ?? null, state: t(`rp.${x.state}`) })),
      },
    ],
  };
}
