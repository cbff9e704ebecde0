import { isRunning, takesEffect } from "../../domain/lifecycle.js";
import { byDateThenId, compareIds } from "../../domain/model.js";
import { PHASE_ORDER } from "../../domain/portfolio.js";
import type { QuarterContext } from "./context.js";
import { inQuarter } from "./quarter.js";
import type { DecisionKpis, MeetingKpis, PortfolioKpis } from "./types.js";

const byProjectThenDate = <T extends { project: string; date?: string }>(a: T, b: T) => compareIds(a.project, b.project) || ((a.date ?? "") < (b.date ?? "") ? -1 : (a.date ?? "") > (b.date ?? "") ? 1 : 0);

/** Projects per phase at start and end, phase transitions in the quarter with their decisions, new, closed and cancelled projects. */
export function computePortfolio(ctx: QuarterContext): PortfolioKpis {
  const count = (projects: QuarterContext["start"]["projects"], phase: string) => projects.filter((p) => p.data.phase === phase).length;
  const transitions: PortfolioKpis["transitions"] = [];
  for (const [project, replay] of ctx.replays) {
    for (const step of replay.steps) {
      const d = step.decision.data;
      if (!inQuarter(d.date, ctx.quarter) || step.before === step.after) continue;
      transitions.push({ project, title: ctx.titleOf(project), date: d.date, from: step.before, to: step.after, decision: d.id, decisionType: d.type });
    }
  }
  transitions.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : compareIds(a.decision, b.decision)));
  // Names as ikz.yaml gives them, for the tables: a reader of the summary knows "Mörfelden-Walldorf", not "moerfelden-walldorf".
  const config = ctx.end.config?.data;
  const fieldName = (id: string) => config?.fields?.find((f) => f.id === id)?.name;
  const municipalityName = (id: string) => config?.municipalities?.find((m) => m.id === id)?.name;
  const newProjects = ctx.end.projects
    .filter((p) => inQuarter(p.data.created, ctx.quarter))
    .map(({ data: p }) => {
      const names = { fieldName: fieldName(p.field), leadName: p.lead === undefined ? undefined : municipalityName(p.lead) };
      return {
        project: p.id,
        title: p.title,
        created: p.created,
        field: p.field,
        ...(names.fieldName !== undefined ? { fieldName: names.fieldName } : {}),
        ...(p.lead !== undefined ? { lead: p.lead } : {}),
        ...(names.leadName !== undefined ? { leadName: names.leadName } : {}),
      };
    })
    .sort((a, b) => compareIds(a.project, b.project));
  const closed = transitions.filter((t) => t.to === "closed").map((t) => ({ project: t.project, title: t.title, date: t.date, decision: t.decision }));
  const cancelled = transitions
    .filter((t) => t.to === "cancelled")
    .map((t) => {
      const reason = ctx.endIndex.decisions.get(t.decision)?.data.reason ?? ctx.endIndex.projects.get(t.project)?.data.cancel_reason;
      return { project: t.project, title: t.title, date: t.date, decision: t.decision, ...(reason !== undefined ? { reason } : {}) };
    });
  return {
    phases: PHASE_ORDER.map((phase) => ({ phase, start: count(ctx.start.projects, phase), end: count(ctx.end.projects, phase) })),
    totalStart: ctx.start.projects.length,
    totalEnd: ctx.end.projects.length,
    activeEnd: ctx.end.projects.filter((p) => isRunning(p.data.phase)).length,
    transitions,
    newProjects,
    closed: closed.sort(byProjectThenDate),
    cancelled: cancelled.sort(byProjectThenDate),
  };
}

const tally = (values: string[]) => {
  const map = new Map<string, number>();
  for (const v of values) map.set(v, (map.get(v) ?? 0) + 1);
  return [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
};

/** Decisions dated in the quarter: how many, by type and outcome, and the list in replay order. */
export function computeDecisions(ctx: QuarterContext): DecisionKpis {
  const inQ = ctx.end.decisions.filter((d) => inQuarter(d.data.date, ctx.quarter)).sort(byDateThenId);
  return {
    count: inQ.length,
    effective: inQ.filter((d) => takesEffect(d.data.outcome)).length,
    byType: tally(inQ.map((d) => d.data.type)).map(([type, count]) => ({ type, count })),
    byOutcome: tally(inQ.map((d) => d.data.outcome)).map(([outcome, count]) => ({ outcome, count })),
    list: inQ.map(({ data: d }) => ({
      id: d.id,
      date: d.date,
      type: d.type,
      outcome: d.outcome,
      body: d.body,
      ...(d.project !== undefined ? { project: d.project, projectTitle: ctx.titleOf(d.project) } : {}),
      ...(d.meeting !== undefined ? { meeting: d.meeting } : {}),
    })),
  };
}

/** Steering-group meetings dated in the quarter, with the number of decisions taken in each. */
export function computeMeetings(ctx: QuarterContext): MeetingKpis {
  const list = ctx.end.meetings
    .filter((m) => inQuarter(m.data.date, ctx.quarter))
    .sort((a, b) => (a.data.date !== b.data.date ? (a.data.date < b.data.date ? -1 : 1) : compareIds(a.data.id, b.data.id)))
    .map(({ data: m }) => ({ id: m.id, date: m.date, kind: m.kind, status: m.status, decisions: ctx.end.decisions.filter((d) => d.data.meeting === m.id).length }));
  return { count: list.length, list };
}
