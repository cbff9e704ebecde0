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
