import { addDays, daysBetween, findOverdueMilestones, latestReport } from "../../domain/checks.js";
import { isRunning } from "../../domain/lifecycle.js";
import { compareIds, type Rec } from "../../domain/model.js";
import { owesQuarterlyReport, reportingStretches } from "../../domain/report-duty.js";
import type { Report } from "../../domain/types.generated.js";
import type { QuarterContext } from "./context.js";
import { inQuarter, previousQuarter, type QuarterSpan } from "./quarter.js";
import type { MilestoneKpis, ReportKpis } from "./types.js";

const pct = (part: number, whole: number): number | undefined => (whole === 0 ? undefined : Math.round((part / whole) * 1000) / 10);

/**
 * Milestones due in the quarter (met on time, met late, open at the reference date), and forecasts that slipped in it.
 * `provisional`: the quarter runs and the reference date is today, whose end has not come.
 */
export function computeMilestones(ctx: QuarterContext, provisional = false): MilestoneKpis {
  const list: MilestoneKpis["list"] = [];
  const slipped: MilestoneKpis["slipped"] = [];
  const startProjects = new Map(ctx.start.projects.map((p) => [p.data.id, p.data]));
  for (const { data: p } of ctx.end.projects) {
    if (p.phase === "cancelled") continue;
    const before = new Map((startProjects.get(p.id)?.milestones ?? []).map((m) => [m.id, m]));
    for (const m of p.milestones ?? []) {
      const done = m.done !== undefined && m.done <= ctx.referenceDate ? m.done : undefined;
      if (inQuarter(m.due, ctx.quarter)) {
        const state = done === undefined ? "open" : done <= m.due ? "met" : "late";
        list.push({ project: p.id, title: p.title, milestone: m.id, milestoneTitle: m.title, due: m.due, ...(m.forecast ? { forecast: m.forecast } : {}), ...(done ? { done } : {}), state, gate: m.gate === true });
      }
      const old = before.get(m.id);
      if (done !== undefined || m.forecast === undefined || old?.done !== undefined) continue;
      // Without a forecast at the quarter's start the plan was the due date then (or now, for a milestone added in the quarter).
      const was = old?.forecast ?? old?.due ?? m.due;
      if (m.forecast > was) slipped.push({ project: p.id, title: p.title, milestone: m.id, milestoneTitle: m.title, due: m.due, before: was, after: m.forecast, days: daysBetween(was, m.forecast) });
    }
  }
  const order = <T extends { project: string; milestone: string }>(a: T, b: T) => compareIds(a.project, b.project) || (a.milestone < b.milestone ? -1 : a.milestone > b.milestone ? 1 : 0);
  list.sort((a, b) => (a.due !== b.due ? (a.due < b.due ? -1 : 1) : order(a, b)));
  const n = (state: string) => list.filter((x) => x.state === state).length;
  // While the quarter runs, a milestone due today or later is not late yet (as in `ikz check`): the rate counts those
  // due before today. A closed quarter's reference date is its last day, read at its end: due then and open is missed.
  const late = (due: string) => (provisional ? due < ctx.referenceDate : due <= ctx.referenceDate);
  const onTime = pct(n("met"), list.filter((x) => late(x.due) || x.state !== "open").length);
  return {
    due: list.length,
    met: n("met"),
    late: n("late"),
    open: n("open"),
    ...(onTime !== undefined ? { onTimePct: onTime } : {}),
    list,
    slipped: slipped.sort(order),
    overdueAtEnd: findOverdueMilestones(ctx.end, ctx.referenceDate).length,
  };
}

/** The quarters whose report falls due inside this quarter (quarter end + report_due_days). */
export function periodsDueIn(quarter: QuarterSpan, dueDays: number): QuarterSpan[] {
  const out: QuarterSpan[] = [];
  for (let p = quarter, i = 0; i < 12; p = previousQuarter(p), i++) if (inQuarter(addDays(p.end, dueDays), quarter)) out.push(p);
  return out.reverse();
}

const DIMENSIONS = ["overall", "schedule", "costs", "quality", "resources"] as const;

/**
 * Report compliance: quarterly reports that fell due in the quarter vs received (on time or late), and the traffic
 * lights at the reference date. Which reports are due is `ikz check`'s rule (owesQuarterlyReport) – also for a
 * project paused, closed or cancelled since: a quarter's figures do not change afterwards. `provisional`:
 * while the quarter runs, a report whose deadline has not passed and that has not come in is not due yet (as in
 * `ikz check`) and is left out.
 */
export function computeReports(ctx: QuarterContext, provisional = false): ReportKpis {
  const reporting = ctx.end.config?.data.reporting;
  const periods = reporting?.quarterly_reports ? periodsDueIn(ctx.quarter, reporting.report_due_days) : [];
  const list: ReportKpis["list"] = [];
  const duties = ctx.end.projects.map(({ data: p }) => ({ p, stretches: reportingStretches(p, ctx.replays.get(p.id) ?? { steps: [] }) }));
  for (const period of periods) {
    const dueDate = addDays(period.end, reporting!.report_due_days);
    for (const { p, stretches } of duties) {
      if (!owesQuarterlyReport(stretches, period.end)) continue;
      const project = p.id;
      const report = ctx.endIndex.reports.get(`${project}/${period.label}`)?.data;
      const submitted = report !== undefined && report.submitted <= ctx.referenceDate ? report.submitted : undefined;
      if (provisional && submitted === undefined && dueDate >= ctx.referenceDate) continue;
      const state = submitted === undefined ? "missing" : submitted <= dueDate ? "on_time" : "late";
      list.push({ project, title: ctx.titleOf(project), period: period.label, dueDate, ...(submitted ? { submitted } : {}), state });
    }
  }
  list.sort((a, b) => (a.period !== b.period ? (a.period < b.period ? -1 : 1) : compareIds(a.project, b.project)));
  const received = list.filter((x) => x.state !== "missing").length;
  const compliance = pct(received, list.length);
  return {
    periods: periods.map((p) => p.label),
    due: list.length,
    received,
    onTime: list.filter((x) => x.state === "on_time").length,
    ...(compliance !== undefined ? { compliancePct: compliance } : {}),
    list,
    lights: countLights(ctx),
  };
}

function countLights(ctx: QuarterContext): ReportKpis["lights"] {
  const byProject = new Map<string, Rec<Report>[]>();
  for (const r of ctx.end.reports) if (r.data.submitted <= ctx.referenceDate) byProject.set(r.data.project, [...(byProject.get(r.data.project) ?? []), r]);
  const rows = DIMENSIONS.map((dimension) => ({ dimension, green: 0, yellow: 0, red: 0, none: 0 }));
  // Running projects as `ikz status` counts them: a paused project is neither here nor in the open risks or overdue milestones.
  for (const { data: p } of ctx.end.projects) {
    if (!isRunning(p.phase)) continue;
    const lights = latestReport(byProject.get(p.id) ?? [])?.data.lights;
    rows.forEach((row, i) => row[lights?.[DIMENSIONS[i]!] ?? "none"]++);
  }
  return rows;
}
