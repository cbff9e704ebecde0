import { indexRegister, type Rec, type RegisterIndex, type RegisterModel } from "./model.js";
import { ACTIVE_PHASES, PHASE_LABELS, isRunning, takesEffect, type DecisionType, type Phase } from "./lifecycle.js";
import { findFundingPastDate, findMissingReports, findOverdueMilestones, latestReport, redWithoutSupport, resubmissionOf } from "./checks.js";
import { splitFunding, sumFunding } from "./funding.js";
import type { Funding, Lights, Meeting, Project, Report } from "./types.generated.js";
import { addsToRealizedSavings, realizedSavingsYear } from "./realized-savings.js";
import { countInterested } from "./interest.js";

/** A project line of the portfolio: where it stands and its latest traffic lights. */
export interface PortfolioProject {
  id: string;
  title: string;
  phase: Phase;
  lead?: string;
  participants: number;
  savingsPlannedEur?: number;
  latestReport?: { period: string; kind: Report["kind"]; submitted: string; lights: Lights };
}

/** Number of projects in one phase, with the phase's names. */
export interface PhaseCount {
  phase: Phase;
  label: { de: string; en: string };
  count: number;
}

/** Sum of funding entries of one status. */
export interface FundingSum {
  count: number;
  eur: number;
}

/** Something the steering group has to decide on, and which decision it needs. */
export interface WaitingItem {
  kind: "accept_report" | "milestone_decision" | "next_step" | "resubmission" | "red_without_support";
  project: string;
  projectTitle: string;
  decisionType: DecisionType;
  report?: string;
  milestone?: string;
  /** The date the item refers to: report submission, milestone done, resubmission date. */
  date?: string;
}

/** The next steering-group meeting. */
export interface NextMeeting {
  id: string;
  date: string;
  kind: Meeting["kind"];
  status: Meeting["status"];
  location?: string;
  agenda: Array<{ item: number; title: string; project?: string; decisionType?: string }>;
}

/** The portfolio at a glance, as plain data: what `ikz status` prints in every format. */
export interface Portfolio {
  today: string;
  register: { name: string; sample: boolean };
  municipality?: { id: string; name: string };
  counts: {
    projects: number;
    active: number;
    onHold: number;
    closed: number;
    cancelled: number;
    /** Latest overall light of the active projects (the same set as `active`); `none` without any report. */
    lights: { green: number; yellow: number; red: number; none: number };
    overdueMilestones: number;
    missingReports: number;
    waiting: number;
  };
  phases: PhaseCount[];
  projects: PortfolioProject[];
  savings: { plannedEur: number; realizedEur: number; realizedByYear: Array<{ year: number; eur: number }> };
  /**
   * Sums by status of the projects that are not cancelled (splitFunding); `overdue`: planned applications whose planned
   * date has passed (part of `planned`); `cancelled`: granted or paid funding of cancelled projects, in no sum above.
   */
  funding: { planned: FundingSum; applied: FundingSum; granted: FundingSum; paid: FundingSum; overdue: FundingSum; cancelled: FundingSum };
  overdueMilestones: Array<{ project: string; projectTitle: string; milestone: string; title: string; due: string; forecast?: string; gate: boolean; days: number }>;
  missingReports: Array<{ project: string; projectTitle: string; period: string; due: string }>;
  waiting: WaitingItem[];
  nextMeeting?: NextMeeting;
}

/** Phases in the order people read them: the way through the active phases, then paused, then final. */
export const PHASE_ORDER: readonly Phase[] = [...ACTIVE_PHASES, "on_hold", "closed", "cancelled"];

/** Whether a municipality leads or takes part in a project. */
export function involves(project: Project, municipality: string): boolean {
  return project.lead === municipality || (project.participants ?? []).some((p) => p.municipality === municipality);
}

/** The register narrowed to one municipality's projects (lead or partner) and their reports and decisions. */
function scopeTo(model: RegisterModel, municipality: string): RegisterModel {
  const projects = model.projects.filter((p) => involves(p.data, municipality));
  const ids = new Set(projects.map((p) => p.data.id));
  return { ...model, projects, reports: model.reports.filter((r) => ids.has(r.data.project)), decisions: model.decisions.filter((d) => d.data.project !== undefined && ids.has(d.data.project)), lessons: model.lessons.filter((l) => l.data.project !== undefined && ids.has(l.data.project)) };
}

/** Summarises the register as of `today` (YYYY-MM-DD), optionally for one municipality (an id from ikz.yaml). Pure. */
export function summarizePortfolio(full: RegisterModel, today: string, municipality?: string): Portfolio {
  const model = municipality === undefined ? full : scopeTo(full, municipality);
  const index = indexRegister(model);
  const config = full.config?.data;
  const order = (p: Phase) => PHASE_ORDER.indexOf(p);
  const sorted = [...model.projects].sort((a, b) => order(a.data.phase) - order(b.data.phase) || (a.data.id < b.data.id ? -1 : 1));
  const reportsByProject = new Map<string, Rec<Report>[]>();
  for (const r of model.reports) reportsByProject.set(r.data.project, [...(reportsByProject.get(r.data.project) ?? []), r]);
  const titleOf = (id: string) => index.projects.get(id)?.data.title ?? id;

  const projects = sorted.map(({ data: p }): PortfolioProject => {
    const latest = latestReport(reportsByProject.get(p.id) ?? [])?.data;
    return {
      id: p.id,
      title: p.title,
      phase: p.phase,
      ...(p.lead !== undefined ? { lead: p.lead } : {}),
      participants: p.participants?.length ?? 0,
      ...(p.savings_planned_eur !== undefined ? { savingsPlannedEur: p.savings_planned_eur } : {}),
      ...(latest ? { latestReport: { period: latest.period, kind: latest.kind, submitted: latest.submitted, lights: latest.lights } } : {}),
    };
  });

  // The same projects as counts.active ("11 aktiv"), so the two lines add up: paused projects are counted as on hold, not here.
  const lights = { green: 0, yellow: 0, red: 0, none: 0 };
  for (const p of projects) if (isRunning(p.phase)) lights[p.latestReport?.lights.overall ?? "none"]++;

  const overdueMilestones = findOverdueMilestones(model, today)
    .map(({ project, milestone, title, due, forecast, gate, days }) => ({ project, projectTitle: titleOf(project), milestone, title, due, ...(forecast ? { forecast } : {}), gate, days }))
    .sort((a, b) => (a.due !== b.due ? (a.due < b.due ? -1 : 1) : a.project < b.project ? -1 : 1));
  const missingReports = findMissingReports(model, today, index).map(({ project, period, due }) => ({ project, projectTitle: titleOf(project), period, due }));
  const waiting = findWaiting(model, index, reportsByProject, today);
  const count = (phase: Phase) => model.projects.filter((p) => p.data.phase === phase).length;

  return {
    today,
    register: { name: config?.name ?? "", sample: config?.sample === true },
    ...(municipality !== undefined ? { municipality: { id: municipality, name: config?.municipalities.find((m) => m.id === municipality)?.name ?? municipality } } : {}),
    counts: {
      projects: model.projects.length,
      active: model.projects.filter((p) => isRunning(p.data.phase)).length,
      onHold: count("on_hold"),
      closed: count("closed"),
      cancelled: count("cancelled"),
      lights,
      overdueMilestones: overdueMilestones.length,
      missingReports: missingReports.length,
      waiting: waiting.length,
    },
    phases: PHASE_ORDER.map((phase) => ({ phase, label: PHASE_LABELS[phase], count: count(phase) })),
    projects,
    savings: summarizeSavings(model),
    funding: summarizeFunding(model, today),
    overdueMilestones,
    missingReports,
    waiting,
    ...nextMeetingOf(model, today),
  };
}

function summarizeSavings(model: RegisterModel): Portfolio["savings"] {
  let plannedEur = 0;
  for (const { data: p } of model.projects) if (isRunning(p.phase) || p.phase === "closed") plannedEur += p.savings_planned_eur ?? 0;
  const byYear = new Map<number, number>();
  let realizedEur = 0;
  for (const { data: r } of model.reports) {
    // Same rule as the controlling summary: only quarterly reports, whose periods never overlap, so no euro counts twice.
    if (!addsToRealizedSavings(r) || r.savings_realized_eur === undefined) continue;
    // By report period, not submission date: the savings belong to the quarter the report covers.
    const year = realizedSavingsYear(r);
    byYear.set(year, (byYear.get(year) ?? 0) + r.savings_realized_eur);
    realizedEur += r.savings_realized_eur;
  }
  return { plannedEur, realizedEur, realizedByYear: [...byYear].sort(([a], [b]) => a - b).map(([year, eur]) => ({ year, eur })) };
}

function summarizeFunding(model: RegisterModel, today: string): Portfolio["funding"] {
  const late = findFundingPastDate(model, today);
  const overdue = { count: late.length, eur: late.reduce((sum, f) => sum + (f.amountEur ?? 0), 0) };
  const { counted, repayable } = splitFunding(model.projects.map((p) => p.data));
  const of = (status: Funding["status"]) => sumFunding(counted.filter((x) => x.funding.status === status));
  return { planned: of("planned"), applied: of("applied"), granted: of("granted"), paid: of("paid"), overdue, cancelled: sumFunding(repayable) };
}

function nextMeetingOf(model: RegisterModel, today: string): { nextMeeting?: NextMeeting } {
  const next = model.meetings
    .filter((m) => m.data.date >= today && (m.data.status === "planned" || m.data.status === "open"))
    .sort((a, b) => (a.data.date !== b.data.date ? (a.data.date < b.data.date ? -1 : 1) : a.data.id < b.data.id ? -1 : 1))[0]?.data;
  if (!next) return {};
  const agenda = (next.agenda ?? []).map((a) => ({ item: a.item, title: a.title, ...(a.project ? { project: a.project } : {}), ...(a.decision_type ? { decisionType: a.decision_type } : {}) }));
  return { nextMeeting: { id: next.id, date: next.date, kind: next.kind, status: next.status, ...(next.location ? { location: next.location } : {}), agenda } };
}

/** What waits for a decision of the steering group as of `today`, in the order `ikz status` lists it. Pure. */
export function findWaitingItems(model: RegisterModel, today: string, options: WaitingOptions = {}): WaitingItem[] {
  const reportsByProject = new Map<string, Rec<Report>[]>();
  for (const r of model.reports) reportsByProject.set(r.data.project, [...(reportsByProject.get(r.data.project) ?? []), r]);
  return findWaiting(model, indexRegister(model), reportsByProject, today, options);
}

/** How much of the waiting list to give. */
export interface WaitingOptions {
  /** Every quarterly report not yet accepted after the latest accepted one, not only the latest (the agenda lists them all). */
  everyReport?: boolean;
}

/** Report kinds the steering group accepts one by one; of quarterly reports only the latest waits. */
const ACCEPTED_ONE_BY_ONE: ReadonlyArray<Report["kind"]> = ["assessment", "milestone", "final", "evaluation"];

/** What waits for a decision of the steering group (the same list `ikz meeting new` builds its agenda from). */
function findWaiting(model: RegisterModel, index: RegisterIndex, reportsByProject: Map<string, Rec<Report>[]>, today: string, options: WaitingOptions = {}): WaitingItem[] {
  const out: WaitingItem[] = [];
  for (const { data: p } of [...model.projects].sort((a, b) => (a.data.id < b.data.id ? -1 : 1))) {
    if (p.phase === "closed" || p.phase === "cancelled") continue;
    const base = { project: p.id, projectTitle: p.title };
    const decisions = index.decisionsByProject.get(p.id) ?? [];
    const effective = decisions.filter((d) => takesEffect(d.data.outcome));
    const accepted = new Set(effective.filter((d) => d.data.type === "accept_report").map((d) => d.data.report));
    // Reports submitted and milestones done after the day do not wait yet (an agenda for an earlier date).
    const reports = (reportsByProject.get(p.id) ?? []).filter((r) => r.data.submitted <= today);
    const latestQuarterly = latestReport(reports.filter((r) => r.data.kind === "quarterly"));
    // Quarterly reports before the latest accepted one are overtaken by that acceptance; the later ones wait.
    const acceptedUntil = reports.filter((r) => r.data.kind === "quarterly" && accepted.has(`${p.id}/${r.data.period}`)).reduce((max, r) => (r.data.period > max ? r.data.period : max), "");
    const waits = (r: Report) => ACCEPTED_ONE_BY_ONE.includes(r.kind) || r === latestQuarterly?.data || (options.everyReport === true && r.period > acceptedUntil);
    for (const { data: r } of [...reports].sort((a, b) => (a.data.submitted < b.data.submitted ? -1 : 1))) {
      const id = `${r.project}/${r.period}`;
      if (accepted.has(id) || !waits(r)) continue;
      out.push({ kind: "accept_report", ...base, decisionType: "accept_report", report: id, date: r.submitted });
    }
    for (const m of p.milestones ?? []) {
      if (!m.gate || m.done === undefined || m.done > today) continue;
      if (!effective.some((d) => d.data.type === "milestone" && d.data.milestone === m.id)) out.push({ kind: "milestone_decision", ...base, decisionType: "milestone", milestone: m.id, date: m.done });
    }
    const next = readyStep(p, index, today);
    if (next) out.push({ kind: "next_step", ...base, decisionType: next });
    if (p.phase === "on_hold") {
      const date = resubmissionOf(p, index);
      if (date !== undefined && date < today) out.push({ kind: "resubmission", ...base, decisionType: "resume", date });
    }
    const red = redWithoutSupport(p, reports, index);
    if (red) out.push({ kind: "red_without_support", ...base, decisionType: "support", report: `${p.id}/${red.report.data.period}`, date: red.report.data.submitted });
  }
  const kinds: ReadonlyArray<WaitingItem["kind"]> = ["red_without_support", "resubmission", "next_step", "milestone_decision", "accept_report"];
  return out.sort((a, b) => kinds.indexOf(a.kind) - kinds.indexOf(b.kind));
}

/**
 * The decision that moves a project on, when its guards (spec/lifecycle.md) are met today. Accepting an assessment
 * report is listed with the reports; operation is open-ended and has no "next step" by date.
 */
export function readyStep(p: Project, index: RegisterIndex, today: string): DecisionType | undefined {
  const participants = p.participants ?? [];
  switch (p.phase) {
    case "idea":
      return "start_interest";
    case "interest":
      // Each municipality's standing expression on the day counts once (as the guard and `ikz prioritize` count).
      return countInterested(p.interest ?? [], today) >= 2 && p.lead !== undefined ? "prioritize" : undefined;
    case "prioritized":
      return p.project_manager !== undefined && participants.length >= 2 && (p.milestones ?? []).length >= 1 ? "mandate" : undefined;
    case "proposal":
      return p.legal_form !== undefined && p.legal_form !== "open" && participants.length >= 2 ? "direction" : undefined;
    case "councils": {
      const approved = (m: string) => (p.council_resolutions ?? []).some((r) => r.municipality === m && r.result === "approved" && r.date <= today);
      const signed = p.agreement?.signed !== undefined && p.agreement.signed <= today;
      return participants.length >= 2 && participants.every((x) => approved(x.municipality)) && signed ? "implementation_release" : undefined;
    }
    case "implementation": {
      // Operation starts once the agreement is in force and every gate of the set-up has been passed.
      const inForce = p.agreement?.effective !== undefined && p.agreement.effective <= today;
      return inForce && (p.milestones ?? []).every((m) => !m.gate || m.done !== undefined) ? "start_operation" : undefined;
    }
    case "evaluation": {
      const accepted = (index.decisionsByProject.get(p.id) ?? []).filter((d) => d.data.type === "accept_report" && takesEffect(d.data.outcome));
      const final = accepted.some((d) => ["final", "evaluation"].includes(index.reports.get(d.data.report ?? "")?.data.kind ?? ""));
      return final && (index.lessonsByProject.get(p.id) ?? []).length > 0 ? "close" : undefined;
    }
    default:
      return undefined;
  }
}
