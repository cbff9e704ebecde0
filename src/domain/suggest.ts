import { onFirstUse } from "../io/on-first-use.js";

/** fastest-levenshtein, loaded on the first suggestion: a register without mistakes never needs it. */
const levenshtein = onFirstUse<typeof import("fastest-levenshtein")>("fastest-levenshtein");

/** The closest known value to a mistyped one, if it is close enough to be what was meant. */
export function suggest(value: string, known: readonly string[]): string | undefined {
  const needle = value.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = levenshtein().distance(needle, candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  // Up to a third of the word may differ: "raunhiem" → "raunheim", but "xyz" suggests nothing.
  const tolerance = Math.max(1, Math.floor(value.length / 3));
  return best !== undefined && bestDistance > 0 && bestDistance <= tolerance ? best : undefined;
}
