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
 * Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two neighbouring letters
 * each count 1, so "titel" → "title" and "nmae" → "name" are one typo (Levenshtein counts a swap as two, which
 * a short word's tolerance of 1 never allows). Returns `limit` or more as soon as the answer cannot be below it.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  // Three rows of the matrix: the one before the previous one is needed for a swap.
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin >= limit) return limit;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}
