import { isCalendarDate } from "../domain/dates.js";
import { UsageError } from "../domain/errors.js";
import { formatDate } from "../render/format.js";
import type { Deps } from "./deps.js";
import { parseDateFlag } from "./flag-values.js";
import { pastFieldMessage, refuseFutureDate } from "./past-date.js";

/**
 * How many years after today a date typed by a person may lie, by what it plans. Beyond that it is taken for a typo
 * (9999, 2206 for 2026), not for planning:
 * - meeting: the steering group plans its meetings for the coming year; two years leave room for a schedule set
 *   late in the year (`meeting new --date`, `meeting close --next-meeting`).
 * - deadline: conditions, tasks and resubmissions are meant to be done within a project phase, but a condition may be
 *   due at the end of a funded cooperation's minimum five years of operation, which itself may begin a few years
 *   ahead ("Einsparnachweis nach fünf Jahren Regelbetrieb"): ten years (`--condition`, `--action`, `--resubmission`,
 *   `hold_until`).
 * - plan: milestones and other planned dates may lie years ahead – an evaluation after a five-year operation, a
 *   second stage after that (`milestone add --due`, `milestone set --forecast`, any other date via `ikz set`).
 */
export const HORIZON_YEARS = { meeting: 2, deadline: 10, plan: 15 } as const;

/** What a planned date is, for its bound. */
export type Horizon = keyof typeof HORIZON_YEARS;

/** The last day `years` after `today` (29 February to 28 February in a common year). */
export function latestDate(today: string, years: number): string {
  const year = Number(today.slice(0, 4)) + years;
  const monthDay = today.slice(4);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${year}${monthDay === "-02-29" && !leap ? "-02-28" : monthDay}`;
}

/** The date if it lies within its horizon from today; else a usage error (exit 2) naming the bound and the latest date. */
export function requireWithinHorizon(date: string, flag: string, horizon: Horizon, deps: Pick<Deps, "today" | "lang">): string {
  const years = HORIZON_YEARS[horizon];
  const latest = latestDate(deps.today(), years);
  if (date > latest) throw new UsageError(`date-too-far.${horizon}`, { flag, date: formatDate(date, deps.lang), years, latest: formatDate(latest, deps.lang) });
  return date;
}

/** A planned date from a flag or a prompt: a real calendar date within its horizon. */
export function parsePlannedDate(value: string, flag: string, horizon: Horizon, deps: Pick<Deps, "today" | "lang">): string {
  return requireWithinHorizon(parseDateFlag(value, flag), flag, horizon, deps);
}

/** Date fields `ikz set` bounds closer than a plan; field names from the record's top, without list indexes. */
const FIELD_HORIZONS: Record<string, Horizon> = {
  "meeting:date": "meeting",
  "meeting:next_meeting": "meeting",
  "meeting:actions.due": "deadline",
  "project:hold_until": "deadline",
};

/** The horizon of a date field of a record for `ikz set`: meetings and deadlines as their commands bound them, any other date a plan. */
export function fieldHorizon(kind: string, names: readonly string[]): Horizon {
  return FIELD_HORIZONS[`${kind}:${names.join(".")}`] ?? "plan";
}

/**
 * A date `ikz set` writes into a record: one that records what has happened not after today (exit 1, as the
 * command that records it refuses it), a planned one within its horizon (exit 2).
 */
export function checkFieldDate(date: string, key: string, kind: string, names: readonly string[], deps: Pick<Deps, "today" | "lang">): void {
  // Not a date at all (31.12.2025 typed in braces): the schema check says so ("JJJJ-MM-TT"); compared as text it would
  // read as a date after today or beyond the horizon.
  if (!isCalendarDate(date)) return;
  const past = pastFieldMessage(kind, names);
  if (past !== undefined) refuseFutureDate(date, key, past, deps);
  else requireWithinHorizon(date, key, fieldHorizon(kind, names), deps);
}
