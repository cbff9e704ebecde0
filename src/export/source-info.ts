import type { ResolvedSource } from "../history/as-of.js";
import { tryGit } from "../io/git-process.js";
import type { ExportSource } from "./document.js";

/** An instant (Unix seconds) as an ISO date-time with the offset of a time zone: `2026-03-31T14:02:11+02:00`. */
export function isoInZone(unixSeconds: number, timeZone: string): string {
  const millis = unixSeconds * 1000;
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" }).formatToParts(new Date(millis));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "00";
  const wall = Date.UTC(Number(get("year")), Number(get("month")) - 1, Number(get("day")), Number(get("hour")), Number(get("minute")), Number(get("second")));
  const offset = Math.round((wall - millis) / 60_000);
  const sign = offset < 0 ? "-" : "+";
  const hh = String(Math.floor(Math.abs(offset) / 60)).padStart(2, "0");
  const mm = String(Math.abs(offset) % 60).padStart(2, "0");
  return `${get("year")}-${get("month")}-${get("day")}T${get("hour")}:${get("minute")}:${get("second")}${sign}${hh}:${mm}`;
}

/**
 * Where an export's figures come from, printed instead of a run timestamp: the commit and its commit date in the
 * register's time zone. For the working tree: HEAD, and `dirty` when `git status` shows changes inside the register.
 * Outside a Git repository there is no commit at all.
 */
export async function describeSource(root: string, resolved: ResolvedSource, timeZone: string, registerName = ""): Promise<ExportSource> {
  const commit = resolved.commit ?? (await tryGit(root, ["rev-parse", "--verify", "--quiet", "HEAD"]));
  if (commit === undefined || commit === "") return { registerName };
  const seconds = await tryGit(root, ["show", "-s", "--format=%ct", commit]);
  const source: ExportSource = { registerName, commit, ...(seconds ? { commitDate: isoInZone(Number(seconds), timeZone) } : {}) };
  if (resolved.commit === undefined) {
    const changes = await tryGit(root, ["status", "--porcelain", "--untracked-files=normal", "--", "."]);
    if (changes !== undefined && changes !== "") source.dirty = true;
  }
  return source;
}

/**
 * The source with the files of records the export had to leave out, and of those it includes although they break
 * a register rule (none: unchanged, so clean exports keep their bytes).
 */
export function withRecordsWithErrors(source: ExportSource, { skipped, flawed }: { skipped: readonly string[]; flawed: readonly string[] }): ExportSource {
  // The JSON schemas bound every list at 500: a register with more broken files needs `ikz validate`, not this list.
  return {
    ...source,
    ...(skipped.length > 0 ? { skipped: skipped.slice(0, 500) } : {}),
    ...(flawed.length > 0 ? { flawed: flawed.slice(0, 500) } : {}),
  };
}
