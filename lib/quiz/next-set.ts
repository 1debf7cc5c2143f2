import { nextSeed } from './attempt';
import type { Question } from './types';

const CANDIDATES = 24;

/**
 * The seed behind "Try a new set": the first of a chain of seeds whose set shares no fact with the set just
 * finished, else the one sharing fewest (a small module cannot always avoid every fact). Never a set that
 * opens with the question the student just saw first. Deterministic: the same seed always leads to the same next.
 */
export function nextSetSeed(seed: string, quizFor: (seed: string) => Question[] | null): string {
  const current = quizFor(seed) ?? [];
  const seen = new Set(current.map((q) => q.factKey));
  let best: { seed: string; overlap: number } | null = null;
  let candidate = seed;
  for (let i = 0; i < CANDIDATES; i++) {
    candidate = nextSeed(candidate);
    const quiz = quizFor(candidate) ?? [];
    if (quiz[0] && current[0] && quiz[0].factKey === current[0].factKey) continue;
    const overlap = quiz.filter((q) => seen.has(q.factKey)).length;
    if (overlap === 0) return candidate;
    if (!best || overlap < best.overlap) best = { seed: candidate, overlap };
  }
  return best?.seed ?? nextSeed(seed);
}
