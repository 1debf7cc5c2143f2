import { describe, expect, it } from 'vitest';
import { listExplainers } from '@/lib/content';
import { getPracticeQuiz } from '@/lib/quiz/bank';
import { nextSetSeed } from '@/lib/quiz/next-set';

describe('"Try a new set"', () => {
  const slugs = listExplainers().map((e) => e.slug);

  it.each(slugs)('never opens with the question the last set opened with, and repeats as few facts as it can (%s)', (slug) => {
    const quizFor = (seed: string) => getPracticeQuiz(slug, seed);
    let worst = 0;
    for (let n = 0; n < 40; n++) {
      const seed = `s${n}`;
      const before = quizFor(seed)!;
      const next = nextSetSeed(seed, quizFor);
      const after = quizFor(next)!;
      expect(after[0]!.factKey).not.toBe(before[0]!.factKey);
      const facts = new Set(before.map((q) => q.factKey));
      worst = Math.max(worst, after.filter((q) => facts.has(q.factKey)).length);
      expect(nextSetSeed(seed, quizFor)).toBe(next);
    }
    // At most half of an 8-question practice set repeats facts of the set before it.
    expect(worst).toBeLessThanOrEqual(4);
  });

  it('does not loop when every set is the same', () => {
    const one = [{ factKey: 'f' }] as never;
    expect(nextSetSeed('x', () => one)).toMatch(/^[0-9a-z]+$/);
  });
});
