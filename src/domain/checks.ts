import type { Issue, PathSegment } from "./finding.js";
import { indexRegister, type Rec, type RegisterIndex, type RegisterModel } from "./model.js";
import { isRunning, lifecycleOf, takesEffect } from "./lifecycle.js";
import { replayDecisions, type Replay } from "./replay.js";
import { parseQuarterLabel, previousQuarter, quarterEnd, quarterLabel, quarterOf, type Quarter } from "./quarter.js";
import { owesQuarterlyReport, reportingStretches } from "./report-duty.js";
import type { Decision, Project, Report } from "./types.generated.js";

/** Stable codes of the date-aware checks (spec/lifecycle.md "Date-aware checks"). */
export const CHECK_CODES = {
  overdueMilestone: "IKZ-CHK-001",
  forecastLate: "IKZ-CHK-002",
  missingReport: "IKZ-CHK-003",
  overdueCondition: "IKZ-CHK-004",
  holdPastResubmission: "IKZ-CHK-005",
  redWithoutSupport: "IKZ-CHK-006",
  fundingPastDate: "IKZ-CHK-007",
} as const;

/** Where a finding of a check belongs: a record file, a key path in it, and its project. */
export interface CheckPlace {
  project: string;
  file: string;
  path: PathSegment[];
}

export interface OverdueMilestone extends CheckPlace {
  milestone: string;
  title: string;
  due: string;
  forecast?: string;
  gate: boolean;
  /** Days since the due date (1 on the day after it). */
  days: number;
}

export interface MissingReport extends CheckPlace {
  /** The quarter, e.g. 2026-Q3. */
  period: string;
  /** The last day the report was on time: quarter end + report_due_days. */
  due: string;
}

export interface FundingPastDate extends CheckPlace {
  program: string;
  date: string;
  amountEur?: number;
  /** Index of the entry in the project's funding list. */
  index: number;
}


const DAY = 86_400_000;
const toDay = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY;
/** Whole days from `from` to `to` (positive when `to` is later). */
export const daysBetween = (from: string, to: string): number => Math.round(toDay(to) - toDay(from));
/** A date plus some days, YYYY-MM-DD. */
export const addDays = (date: string, days: number): string => new Date((toDay(date) + days) * DAY).toISOString().slice(0, 10);

/** Milestones due before today and not done, in running projects (isRunning: neither paused nor finished). */
export function findOverdueMilestones(model: RegisterModel, today: string): OverdueMilestone[] {
  const out: OverdueMilestone[] = [];
  for (const { file, data: p } of model.projects) {
    if (!isRunning(p.phase)) continue;
    (p.milestones ?? []).forEach((m, i) => {
      if (m.done !== undefined || m.due >= today) return;
      out.push({ project: p.id, file, path: ["milestones", i, "due"], milestone: m.id, title: m.title, due: m.due, ...(m.forecast ? { forecast: m.forecast } : {}), gate: m.gate === true, days: daysBetween(m.due, today) });
    });
  }
  return out;
}

/** Funding applications still `planned` after their planned date, in running projects (neither paused nor finished). */
export function findFundingPastDate(model: RegisterModel, today: string): FundingPastDate[] {
  const out: FundingPastDate[] = [];
  for (const { file, data: p } of model.projects) {
    if (!isRunning(p.phase)) continue;
    (p.funding ?? []).forEach((f, index) => {
      if (f.status !== "planned" || f.date === undefined || f.date >= today) return;
      out.push({ project: p.id, file, path: ["funding", index, "date"], program: f.program, date: f.date, ...(f.amount_eur !== undefined ? { amountEur: f.amount_eur } : {}), index });
    });
  }
  return out;
}

/**
 * The quarters whose report is due by today, newest first: every quarter ending on or after `since` whose due
 * date (quarter end + `report_due_days`) has passed. No window: a report missing for years stays missing as long
 * as the project owes it (owesQuarterlyReport). On the due date itself the report is not yet late.
 */
export function dueQuarters(today: string, dueDays: number, since: string): Quarter[] {
  const out: Quarter[] = [];
  for (let x = quarterOf(today); quarterEnd(x) >= since; x = previousQuarter(x)) if (addDays(quarterEnd(x), dueDays) < today) out.push(x);
  return out;
}

/**
 * Quarterly reports missing by `today` (spec: reporting in ikz.yaml): each quarter the project owes a report for
 * (owesQuarterlyReport) whose due date has passed – chased only while the project is running (isRunning): a project
 * on hold, closed or cancelled is not reminded, though the quarters it owed stay due in the controlling figures. `replayOf` gives the project's replayed decisions when the caller
 * has them (the controlling summary replays once for all its figures).
 */
export function findMissingReports(model: RegisterModel, today: string, index: RegisterIndex = indexRegister(model), replayOf?: (project: string) => Replay | undefined): MissingReport[] {
  const reporting = model.config?.data.reporting;
  if (!reporting?.quarterly_reports) return [];
  const lifecycle = lifecycleOf(model.config?.data);
  const out: MissingReport[] = [];
  for (const { file, data: p } of model.projects) {
    if (!isRunning(p.phase)) continue;
    const replay = replayOf?.(p.id) ?? replayDecisions(index.decisionsByProject.get(p.id) ?? [], (id) => index.reports.get(id)?.data, lifecycle);
    const stretches = reportingStretches(p, replay);
    if (stretches.length === 0) continue;
    for (const x of dueQuarters(today, reporting.report_due_days, stretches[0]!.from)) {
      const period = quarterLabel(x);
      if (!owesQuarterlyReport(stretches, quarterEnd(x)) || index.reports.has(`${p.id}/${period}`)) continue;
      out.push({ project: p.id, file, path: ["phase"], period, due: addDays(quarterEnd(x), reporting.report_due_days) });
    }
  }
  return out.sort((a, b) => (a.project === b.project ? (a.period < b.period ? -1 : 1) : a.project < b.project ? -1 : 1));
}

/**
 * The project's most recent report: the one that speaks for the latest day – a quarterly report for its quarter's
 * end, other reports for their submission – then the latest submission. A late report for an old quarter does not
 * replace the current one.
 */
export function latestReport(reports: readonly Rec<Report>[]): Rec<Report> | undefined {
  let best: Rec<Report> | undefined;
  for (const r of reports) {
    const d = r.data;
    if (!best) {
      best = r;
      continue;
    }
    const [day, bestDay] = [reportDay(d), reportDay(best.data)];
    if (day > bestDay || (day === bestDay && (d.submitted > best.data.submitted || (d.submitted === best.data.submitted && d.period > best.data.period)))) best = r;
  }
  return best;
}

/** The day a report describes: a quarter's last day for a quarterly report, else the day it was submitted. */
function reportDay(report: Pick<Report, "kind" | "period" | "submitted">): string {
  const x = report.kind === "quarterly" ? parseQuarterLabel(report.period) : undefined;
  return x !== undefined ? quarterEnd(x) : report.submitted;
}

/** A red report no support was decided for, and the latest support decision after it that did not take effect, if any. */
export interface RedWithoutSupport {
  report: Rec<Report>;
  /** The latest support decision on or after the report's submission that was rejected, deferred or returned for rework. */
  declined?: Decision;
}

/**
 * A running project's latest report when it is red overall and no support was decided on or after its submission.
 * Support is decided by a `support` decision that takes effect (approved, with or without conditions): a rejected,
 * deferred or reworked one has no effect (spec/lifecycle.md outcomes), so the project is still without support – as
 * the controlling summary lists only effective support decisions. A project that is not running (isRunning: on hold,
 * closed, cancelled) is not chased, as its lights and risks are left out of ikz status and the controlling summary.
 */
export function redWithoutSupport(project: Project, reports: readonly Rec<Report>[], index: RegisterIndex): RedWithoutSupport | undefined {
  if (!isRunning(project.phase)) return undefined;
  const latest = latestReport(reports);
  if (latest?.data.lights.overall !== "red") return undefined;
  const since = (index.decisionsByProject.get(project.id) ?? []).filter((d) => d.data.type === "support" && d.data.date >= latest.data.submitted);
  if (since.some((d) => takesEffect(d.data.outcome))) return undefined;
  const declined = since.at(-1)?.data;
  return { report: latest, ...(declined !== undefined ? { declined } : {}) };
}

/** The resubmission date of a project on hold: hold_until, else the latest effective hold decision's. */
export function resubmissionOf(project: Project, index: RegisterIndex): string | undefined {
  if (project.hold_until !== undefined) return project.hold_until;
  const hold = (index.decisionsByProject.get(project.id) ?? []).filter((d) => d.data.type === "hold" && takesEffect(d.data.outcome)).at(-1);
  return hold?.data.resubmission;
}

/** Every date-aware check of spec/lifecycle.md as warnings, as of `today` (YYYY-MM-DD). Pure: no clock, no IO. */
export function runDateChecks(model: RegisterModel, today: string): Issue[] {
  const index = indexRegister(model);
  const out: Issue[] = [];
  const warn = (code: string, file: string, path: PathSegment[], params: Record<string, string | number>) => out.push({ code, severity: "warning", file, path, params });

  for (const m of findOverdueMilestones(model, today)) {
    warn(CHECK_CODES.overdueMilestone, m.file, m.path, { project: m.project, milestone: m.milestone, title: m.title, due: m.due, days: m.days });
  }
  for (const r of findMissingReports(model, today, index)) warn(CHECK_CODES.missingReport, r.file, r.path, { project: r.project, period: r.period, due: r.due });
  for (const f of findFundingPastDate(model, today)) warn(CHECK_CODES.fundingPastDate, f.file, f.path, { project: f.project, program: f.program, date: f.date, index: f.index });

  const reportsByProject = new Map<string, Rec<Report>[]>();
  for (const r of model.reports) reportsByProject.set(r.data.project, [...(reportsByProject.get(r.data.project) ?? []), r]);

  for (const { file, data: p } of model.projects) {
    if (isRunning(p.phase)) {
      (p.milestones ?? []).forEach((m, i) => {
        // Once the due date has passed the milestone is overdue (IKZ-CHK-001); before that a later forecast warns early.
        if (m.done === undefined && m.forecast !== undefined && m.forecast > m.due && m.due >= today) {
          warn(CHECK_CODES.forecastLate, file, ["milestones", i, "forecast"], { project: p.id, milestone: m.id, title: m.title, due: m.due, forecast: m.forecast });
        }
      });
    }
    if (p.phase === "on_hold") {
      const date = resubmissionOf(p, index);
      if (date !== undefined && date < today) warn(CHECK_CODES.holdPastResubmission, file, [p.hold_until !== undefined ? "hold_until" : "phase"], { project: p.id, date });
    }
    const red = redWithoutSupport(p, reportsByProject.get(p.id) ?? [], index);
    if (red) {
      const { file: at, data: r } = red.report;
      const params: Record<string, string> = { project: p.id, period: r.period, submitted: r.submitted };
      if (red.declined !== undefined) Object.assign(params, { declined: red.declined.id, declinedOutcome: red.declined.outcome });
      warn(CHECK_CODES.redWithoutSupport, at, ["lights", "overall"], params);
    }
  }

  for (const c of findOverdueConditions(model, today, index)) warn(CHECK_CODES.overdueCondition, c.file, c.path, { project: c.project, decision: c.decision, index: c.index, due: c.due });
  return out;
}

export interface OverdueCondition extends CheckPlace {
  decision: string;
  /** Number of the condition, from 1 as in the minutes ("Auflage 1"). */
  index: number;
  text: string;
  due: string;
  owner?: string;
}

/** Conditions of effective, not superseded decisions that are past due and not in the project's conditions_done. */
export function findOverdueConditions(model: RegisterModel, today: string, index: RegisterIndex = indexRegister(model)): OverdueCondition[] {
  const out: OverdueCondition[] = [];
  const superseded = new Set(model.decisions.map((d) => d.data.supersedes).filter((s): s is string => s !== undefined));
  for (const { file, data: d } of model.decisions) {
    if (!d.conditions || d.project === undefined || !takesEffect(d.outcome) || superseded.has(d.id)) continue;
    const project = index.projects.get(d.project)?.data;
    if (!project || project.phase === "cancelled") continue;
    d.conditions.forEach((c, i) => {
      const done = project.conditions_done?.some((x) => x.decision === d.id && x.index === i + 1);
      if (done || c.due === undefined || c.due >= today) return;
      out.push({ project: d.project!, file, path: ["conditions", i, "due"], decision: d.id, index: i + 1, text: c.text, due: c.due, ...(c.owner !== undefined ? { owner: c.owner } : {}) });
    });
  }
  return out;
}
