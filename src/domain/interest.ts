import type { Interest } from "./types.generated.js";

/**
 * Each municipality's standing expression of interest, as it stood at the end of `asOf` (every entry when absent).
 * The one ordering rule for the prioritisation guard (IKZ-LC-015), `ikz prioritize` and the agenda: entries follow
 * their dates; an undated entry is older than every dated one (its day is unknown, so it never overrides a statement
 * with a date – nor is it undone by a date that comes before it in the list); among entries of the same day, and
 * among undated ones, the later in the list is the later statement. Entries dated after `asOf` do not count yet.
 */
export function standingInterest(interest: readonly Interest[], asOf?: string): Map<string, Interest> {
  const standing = new Map<string, Interest>();
  for (const entry of interest) {
    if (asOf !== undefined && entry.date !== undefined && entry.date > asOf) continue;
    const before = standing.get(entry.municipality);
    if (before === undefined || !isEarlier(entry, before)) standing.set(entry.municipality, entry);
  }
  return standing;
}

/**
 * Municipalities whose standing expression of interest (see standingInterest) is `interested`: one that first observed
 * and then declared interest counts once; one that withdrew (declined later) does not count.
 */
export function countInterested(interest: readonly Interest[], asOf?: string): number {
  let count = 0;
  for (const entry of standingInterest(interest, asOf).values()) if (entry.level === "interested") count++;
  return count;
}

/** Whether `a` is an earlier statement than `b`, which comes before it in the list. ISO dates compare as strings. */
function isEarlier(a: Interest, b: Interest): boolean {
  if (a.date === undefined) return b.date !== undefined;
  return b.date !== undefined && a.date < b.date;
}
