/**
 * A savings rate in percent (savings ÷ baseline × 100), rounded down to one decimal: a rate below a funding
 * threshold never reads as reaching it (80 780 € of 540 000 € is 14,9 %, not 15 % next to "Mindestquote: nein").
 */
export function savingsRatePct(savingsEur: number, baselineEur: number): number {
  // Integer arithmetic first, so an exact rate (96 000 of 640 000 = 15 %) is not floored by float noise.
  return Math.floor((savingsEur * 1000) / baselineEur) / 10;
}
