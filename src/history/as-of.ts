import { EnvError, UsageError } from "../domain/errors.js";
import { isCalendarDate } from "../domain/dates.js";
import { folderSource } from "../io/fs-source.js";
import { tryGit } from "../io/git-process.js";
import type { RegisterSource } from "../register/source.js";
import { locateRepo, registerAtCommit, resolveCommit } from "./git-register.js";
import { isoInZone } from "../export/source-info.js";

/** Where a reading command's register comes from, and which commit/date it shows. */
export interface ResolvedSource {
  source: RegisterSource;
  /** The commit shown; undefined for the working tree. */
  commit?: string;
  /** The commit's date (YYYY-MM-DD) or the requested date; undefined for the working tree. */
  date?: string;
}

/**
 * `--as-of <date|ref>`: the register as committed at the end of that day in the register's time zone (the last
 * commit whose commit date is on or before it), or at that Git ref; without it, the working tree.
 */
export async function sourceAsOf(root: string, asOf: string | undefined, timeZone = "Europe/Berlin"): Promise<ResolvedSource> {
  if (asOf === undefined) return { source: folderSource(root) };
  // A date in any other notation (31.03.2026, 2026/03/31) is a mistyped date, not a Git ref: say how to write it.
  if (looksLikeOtherDate(asOf) || (/^\d{4}-\d{2}-\d{2}$/.test(asOf) && !isCalendarDate(asOf))) throw new UsageError("bad-date", { flag: "--as-of", value: asOf });
  const location = await locateRepo(root);
  if (/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
    const end = endOfDay(asOf, timeZone);
    const commit = await tryGit(location.top, ["rev-list", "-1", "--first-parent", `--before=${end}`, "HEAD"]);
    if (!commit) throw new UsageError("as-of-before-history", { date: asOf });
    return { source: await registerAtCommit(location, commit, asOf), commit, date: asOf };
  }
  const commit = await resolveCommit(location, asOf).catch((error: unknown) => {
    // Not the CI advice of --base: here the user typed a date or a ref of their own history.
    throw error instanceof EnvError && error.key === "unknown-ref" ? new EnvError("unknown-as-of", { value: asOf }) : error;
  });
  // The commit's day in the register's time zone, as a date given to --as-of is read (not the committer's own zone).
  const seconds = await tryGit(location.top, ["show", "-s", "--format=%ct", commit]);
  const date = seconds ? isoInZone(Number(seconds), timeZone).slice(0, 10) : undefined;
  return { source: await registerAtCommit(location, commit, asOf), commit, date };
}

/**
 * A value that reads as a date but not as YYYY-MM-DD: d.m.yy(yy), yyyy/mm/dd, d/m/yyyy, yyyy.mm.dd, 2026-3-1.
 * Such a value is never meant as a ref; an 8-digit run (20260331) stays a ref, it may be an abbreviated commit.
 */
export function looksLikeOtherDate(value: string): boolean {
  return [
    /^\d{1,2}\.\d{1,2}\.(\d{2}|\d{4})$/,
    /^\d{1,2}\/\d{1,2}\/(\d{2}|\d{4})$/,
    /^\d{4}[./]\d{1,2}[./]\d{1,2}$/,
    /^\d{4}-\d{1,2}-\d{1,2}$/,
  ].some((re) => re.test(value.trim())) && !/^\d{4}-\d{2}-\d{2}$/.test(value);
}

/** The last second of a calendar day in a time zone, as an ISO timestamp with offset (what git --before takes). */
export function endOfDay(date: string, timeZone: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  // The UTC instant of local 23:59:59 = that wall time minus the zone's offset on that day.
  const guess = Date.UTC(y, m - 1, d, 23, 59, 59);
  const offsetMinutes = zoneOffsetMinutes(guess, timeZone);
  return new Date(guess - offsetMinutes * 60_000).toISOString();
}

function zoneOffsetMinutes(utcMillis: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" }).formatToParts(new Date(utcMillis));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((asUtc - utcMillis) / 60_000);
}
