import { distance } from "fastest-levenshtein";

/** The closest known value to a mistyped one, if it is close enough to be what was meant. */
export function suggest(value: string, known: readonly string[]): string | undefined {
  // A value that is known as written needs no suggestion (callers ask with several lists, e.g. roster then all members).
  if (known.includes(value)) return undefined;
  const needle = value.toLowerCase();
  // Up to a third of the word may differ: "raunhiem" → "raunheim", but "xyz" suggests nothing.
  const tolerance = Math.max(1, Math.floor(value.length / 3));
  let best: string | undefined;
  let bestDistance = tolerance + 1;
  for (const candidate of known) {
    // Case is compared apart: "Lead" → "lead" is distance 0 and the best suggestion there can be.
    const d = editDistance(needle, candidate.toLowerCase(), bestDistance);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
      if (d === 0) break;
    }
  }
  return best;
}

/**
 * Edit distance where a swap of two neighbouring letters counts as one typo: "titel" → "title" and "nmae" → "name"
 * are one (Levenshtein, from fastest-levenshtein, counts a swap as two, which a short word's tolerance of 1 never
 * allows). At most `limit`: a caller looking for something closer needs no exact figure beyond it.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  const d = distance(a, b);
  return Math.min(limit, d === 2 && isOneSwap(a, b) ? 1 : d);
}

/** Whether b is a with exactly two neighbouring letters swapped. */
function isOneSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
