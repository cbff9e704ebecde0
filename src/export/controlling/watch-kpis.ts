import { findMissingReports, findOverdueConditions, findOverdueMilestones, latestReport } from "../../domain/checks.js";
import { isRunning, takesEffect } from "../../domain/lifecycle.js";
import { byDateThenId, compareIds, groupBy } from "../../domain/model.js";
import type { QuarterContext } from "./context.js";
import { inQuarter } from "./quarter.js";
import type { WatchKpis } from "./types.js";

const EXCERPT_MAX = 2000;

/** The part of a lesson body worth printing: from its "Erkenntnis" (finding) section on, else the whole body; headings demoted. */
export function lessonExcerpt(body: string): string {
  const start = body.search(/^#{1,3}\s*(Erkenntnis|Finding|Insight)/im);
  const text = (start >= 0 ? body.slice(start) : body).replace(/^#{1,3}\s/gm, "#### ").trim();
  const chars = [...text];
  return chars.length > EXCERPT_MAX ? `${chars.slice(0, EXCERPT_MAX - 1).join("")}…` : text;
}

/**
 * What needs attention: open risks of the latest reports, support decided in the quarter, conditions overdue at the
 * reference date, reports and milestones still open from before the quarter, lessons of the quarter. Without
 * `reportsVisible` (an edition the reports are withheld from) no report can be told missing.
 */
export function computeWatch(ctx: QuarterContext, reportsVisible = true): WatchKpis {
  const { end, quarter, referenceDate } = ctx;
  const reports = groupBy(end.reports.filter((r) => r.data.submitted <= referenceDate), (r) => r.data.project);
  const risks: WatchKpis["risks"] = [];
  for (const { data: p } of [...end.projects].sort((a, b) => compareIds(a.data.id, b.data.id))) {
    // Running projects only, as the traffic lights count them: a paused project's risks rest with it.
    if (!isRunning(p.phase)) continue;
    const latest = latestReport(reports.get(p.id) ?? [])?.data;
    for (const r of latest?.risks ?? []) {
      const score = r.probability !== undefined && r.impact !== undefined ? r.probability * r.impact : undefined;
      risks.push({ project: p.id, title: p.title, period: latest!.period, text: r.text, ...(r.probability !== undefined ? { probability: r.probability } : {}), ...(r.impact !== undefined ? { impact: r.impact } : {}), ...(score !== undefined ? { score } : {}), ...(r.measure !== undefined ? { measure: r.measure } : {}) });
    }
  }
  risks.sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
  const support = end.decisions
    .filter((d) => d.data.type === "support" && takesEffect(d.data.outcome) && inQuarter(d.data.date, quarter))
    .sort(byDateThenId)
    .map(({ data: d }) => ({ project: d.project ?? "", title: d.project !== undefined ? ctx.titleOf(d.project) : "", decision: d.id, date: d.date, ...(d.support_kind ? { kind: d.support_kind } : {}), outcome: d.outcome }));
  const ownerName = (id: string) => end.config?.data.municipalities?.find((m) => m.id === id)?.name;
  const overdueConditions: WatchKpis["overdueConditions"] = findOverdueConditions(end, referenceDate, ctx.endIndex).map((c) => ({
    project: c.project,
    title: ctx.titleOf(c.project),
    decision: c.decision,
    index: c.index,
    text: c.text,
    due: c.due,
    ...(c.owner !== undefined ? { owner: c.owner } : {}),
    // The municipality's name for the table ("Raunheim", not "raunheim"); the code stays for JSON users.
    ...(c.owner !== undefined && ownerName(c.owner) !== undefined ? { ownerName: ownerName(c.owner)! } : {}),
  }));
  overdueConditions.sort((a, b) => (a.due !== b.due ? (a.due < b.due ? -1 : 1) : compareIds(a.decision, b.decision) || a.index - b.index));
  // A report or milestone missed in an earlier quarter stays open until it is done, as `ikz check` says; the
  // quarter's own are in the reporting and milestone figures.
  const before = (date: string) => date < quarter.start;
  const carriedReports: WatchKpis["carriedReports"] = reportsVisible
    ? findMissingReports(end, referenceDate, ctx.endIndex, (project) => ctx.replays.get(project))
        .filter((r) => before(r.due))
        .map((r) => ({ project: r.project, title: ctx.titleOf(r.project), period: r.period, due: r.due }))
        .sort((a, b) => (a.due !== b.due ? (a.due < b.due ? -1 : 1) : compareIds(a.project, b.project)))
    : [];
  const carriedMilestones: WatchKpis["carriedMilestones"] = findOverdueMilestones(end, referenceDate)
    .filter((m) => before(m.due))
    .map((m) => ({ project: m.project, title: ctx.titleOf(m.project), milestone: m.milestone, milestoneTitle: m.title, due: m.due, ...(m.forecast !== undefined ? { forecast: m.forecast } : {}) }))
    .sort((a, b) => (a.due !== b.due ? (a.due < b.due ? -1 : 1) : compareIds(a.project, b.project) || (a.milestone < b.milestone ? -1 : a.milestone > b.milestone ? 1 : 0)));
  const inQ = end.lessons.filter((l) => inQuarter(l.data.date, quarter)).sort((a, b) => compareIds(a.data.id, b.data.id));
  const lessons = inQ.map(({ data: l, body }) => {
    const excerpt = lessonExcerpt(body);
    return { id: l.id, title: l.title, date: l.date, ...(l.project !== undefined ? { project: l.project } : {}), kind: l.kind, category: l.category, released: l.released, ...(excerpt !== "" ? { excerpt } : {}) };
  });
  return { risks, support, overdueConditions, carriedReports, carriedMilestones, lessons };
}
