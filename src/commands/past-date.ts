import { RefusedError } from "../domain/errors.js";
import { formatDate } from "../render/format.js";
import type { Deps } from "./deps.js";

/**
 * Refuses (exit 1, nothing changed) a date after today for a record of something that has happened: an expression
 * of interest, a council resolution, a done milestone, a lesson, a project's registration. `key` names the message
 * that says why; the dates are shown as the user reads them (29.11.2026 / 29 Nov 2026), as decide and condition do.
 */
export function refuseFutureDate(date: string, flag: string, key: string, deps: Pick<Deps, "today" | "lang">): void {
  const today = deps.today();
  if (date > today) throw new RefusedError(key, { flag, date: formatDate(date, deps.lang), today: formatDate(today, deps.lang) });
}

/** Date fields that record what has happened, by record kind and field names from the top (no indexes), with the message that says why. */
const PAST_FIELDS: Record<string, string> = {
  "project:created": "date-in-future.project",
  "project:interest.date": "date-in-future.interest",
  "project:council_resolutions.date": "date-in-future.council",
  "project:milestones.done": "date-in-future.milestone",
  "project:conditions_done.date": "date-in-future.condition",
  "project:agreement.signed": "date-in-future.agreement",
  "report:submitted": "date-in-future.report",
  "lesson:date": "date-in-future.lesson",
};

/** The message key for a date field that records what has happened (it may not lie after today), or undefined for a date that may be planned. */
export function pastFieldMessage(kind: string, names: readonly string[]): string | undefined {
  return PAST_FIELDS[`${kind}:${names.join(".")}`];
}
