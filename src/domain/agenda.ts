import { addDays, findFundingPastDate, findOverdueConditions } from "./checks.js";
import type { DecisionType } from "./lifecycle.js";
import { indexRegister, type RegisterModel } from "./model.js";
import { findWaitingItems, type WaitingItem } from "./portfolio.js";
import type { AgendaItem } from "./types.generated.js";

/** Why an item is on the agenda: the waiting kinds of the portfolio, plus overdue conditions and funding dates. */
export type AgendaReason = WaitingItem["kind"] | "overdue_condition" | "funding_due";

/** One thing that waits for the steering group on a day, as facts; the command gives it a title in the user's language. */
export interface AgendaEntry {
  reason: AgendaReason;
  kind: NonNullable<AgendaItem["kind"]>;
  project: string;
  projectTitle: string;
  decisionType: DecisionType;
  /** Report ID for accept_report and red reports (of several quarterly reports: the latest). */
  report?: string;
  /** Several quarterly reports of one project waiting together, oldest first: one item accepts them. */
  reports?: string[];
  milestone?: string;
  /** Decision and condition number of an overdue condition. */
  decision?: string;
  condition?: number;
  /** Funding program of a funding date: its id and its name from ikz.yaml. */
  program?: string;
  programName?: string;
  /** The date the entry refers to (report submission, milestone done, resubmission, condition due, funding date). */
  date?: string;
}

/** How many days after the meeting a planned funding application still goes on its agenda (about one quarter, the usual gap between meetings). */
export const FUNDING_LOOKAHEAD_DAYS = 90;

/** Agenda order: what is urgent first, then reports before the steps they open, then the date-bound reports. */
const ORDER: readonly AgendaReason[] = ["red_without_support", "resubmission", "accept_report", "milestone_decision", "next_step", "overdue_condition", "funding_due"];

/**
 * What waits for the steering group on `day` (YYYY-MM-DD): decisions whose guards are met, reports to accept, gate
 * milestones done, red reports without support, holds past resubmission, conditions past due and funding applications
 * planned up to {@link FUNDING_LOOKAHEAD_DAYS} days after `day`; minus what a meeting on or before `meetingDate` that is
 * not yet closed already has on its agenda. Only reports submitted and milestones done by `day` count. The quarterly
 * reports of a project waiting since its last accepted one share one item. Pure: the days are passed in.
 */
export function buildAgenda(model: RegisterModel, day: string, meetingDate: string = day): AgendaEntry[] {
  const out: AgendaEntry[] = [];
  // What an earlier (or same-day) meeting not yet closed already has on its agenda is dealt with there, not twice.
  const scheduled = new Set<string>();
  for (const { data: m } of model.meetings) {
    if (m.status === "closed" || m.date > meetingDate) continue;
    for (const a of m.agenda ?? []) if (a.project !== undefined && a.decision_type !== undefined) scheduled.add(`${a.project}|${a.decision_type}`);
  }
  const quarterly = (w: WaitingItem) => w.kind === "accept_report" && /\/\d{4}-Q[1-4]$/.test(w.report ?? "");
  const waiting = findWaitingItems(model, day, { everyReport: true });
  for (const w of waiting) {
    const together = quarterly(w) ? waiting.filter((x) => quarterly(x) && x.project === w.project) : [w];
    if (together[0] !== w) continue;
    const last = together.at(-1)!;
    out.push({
      reason: w.kind,
      kind: "decision",
      project: w.project,
      projectTitle: w.projectTitle,
      decisionType: w.decisionType,
      ...(last.report !== undefined ? { report: last.report } : {}),
      ...(together.length > 1 ? { reports: together.map((x) => x.report!) } : {}),
      ...(w.milestone !== undefined ? { milestone: w.milestone } : {}),
      ...(last.date !== undefined ? { date: last.date } : {}),
    });
  }
  const index = indexRegister(model);
  const titleOf = (id: string) => index.projects.get(id)?.data.title ?? id;
  for (const c of findOverdueConditions(model, day, index)) {
    // The steering group hears how far the condition is and takes note (or decides more under the project's item).
    out.push({ reason: "overdue_condition", kind: "report", project: c.project, projectTitle: titleOf(c.project), decisionType: "acknowledge", decision: c.decision, condition: c.index, date: c.due });
  }
  // An application planned before the meeting after next must be agreed now: past dates and those of the coming weeks.
  const programs = new Map((model.config?.data.funding_programs ?? []).map((p) => [p.id, p.name]));
  for (const f of findFundingPastDate(model, addDays(day, FUNDING_LOOKAHEAD_DAYS + 1))) {
    out.push({ reason: "funding_due", kind: "report", project: f.project, projectTitle: titleOf(f.project), decisionType: "acknowledge", program: f.program, programName: programs.get(f.program) ?? f.program, date: f.date });
  }
  const rank = (e: AgendaEntry) => ORDER.indexOf(e.reason);
  return out
    .filter((e) => !scheduled.has(`${e.project}|${e.decisionType}`))
    .map((e, i) => ({ e, i }))
    .sort((a, b) => rank(a.e) - rank(b.e) || (a.e.project < b.e.project ? -1 : a.e.project > b.e.project ? 1 : a.i - b.i))
    .map(({ e }) => e);
}

/** Longest agenda title (schema short_string). */
export const MAX_AGENDA_TITLE = 200;

/**
 * The numbered agenda: opening, one item per entry with its title, then any other business. Titles come from
 * `titleOf`, so the caller decides the language; over-long titles are cut with "…".
 */
export function numberAgenda(entries: readonly AgendaEntry[], titles: { opening: string; other: string; titleOf: (e: AgendaEntry) => string }): AgendaItem[] {
  const items: AgendaItem[] = [{ item: 1, title: titles.opening, kind: "information" }];
  for (const e of entries) {
    items.push({ item: items.length + 1, title: cut(titles.titleOf(e)), kind: e.kind, project: e.project, decision_type: e.decisionType });
  }
  items.push({ item: items.length + 1, title: titles.other, kind: "information" });
  return items;
}

function cut(title: string): string {
  const chars = [...title.replace(/\s+/g, " ").trim()];
  return chars.length <= MAX_AGENDA_TITLE ? chars.join("") : `${chars.slice(0, MAX_AGENDA_TITLE - 1).join("").trimEnd()}…`;
}
