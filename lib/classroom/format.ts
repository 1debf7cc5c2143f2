/**
 * A score for people: at most one decimal ("1.8", "3", "0.5"). Stored scores stay exact; only display rounds.
 * Rounds half away from zero on the decimal, so 1.25 shows as 1.3 and never as "1.2999999".
 */
export function formatScore(score: number): string {
  const rounded = Math.round(score * 10 + Number.EPSILON) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

/** "1.8 / 6" */
export function formatScoreOutOf(score: number, max: number): string {
  return `${formatScore(score)} / ${max}`;
}

/** Said wherever a score can hold a fraction of a point. */
export const PARTIAL_CREDIT_NOTE =
  'Questions with several parts (pick all that apply, matching, ordering) give part of a point for each part that is right.';

/** True when a score or any of its parts holds a fraction, so the partial-credit note is worth showing. */
export function hasPartialCredit(...scores: (number | null | undefined)[]): boolean {
  return scores.some((s) => typeof s === 'number' && !Number.isInteger(s));
}
