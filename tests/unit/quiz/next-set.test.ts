import { describe, expect, it } from 'vitest';
import { listExplainers } from '@/lib/content';
import { getPracticeQuiz } from '@/lib/quiz/bank';
import { nextSeed } from '@/lib/quiz/attempt';
import { nextSetSeed } from '@/lib/quiz/next-set';

describe('"Try a new set"', () => {
  const slugs = listExplainers().map((e) => e.slug);

  it.each(slugs)('never opens with the question the last set opened with, and repeats fewer facts than the plain next seed (%s)', (slug) => {
    const quizFor = (seed: string) => getPracticeQuiz(slug, seed);
    const overlap = (before: string, after: string) => {
      const facts = new Set(quizFor(before)!.map((q) => q.factKey));
      return quizFor(after)!.filter((q) => facts.has(q.factKey)).length;
    };
    let picked = 0;
    let plain = 0;
    for (let n = 0; n < 40; n++) {
      const seed = `s${n}`;
      const next = nextSetSeed(seed, quizFor);
      expect(quizFor(next)![0]!.factKey).not.toBe(quizFor(seed)![0]!.factKey);
      expect(nextSetSeed(seed, quizFor)).toBe(next);
      picked += overlap(seed, next);
      plain += overlap(seed, nextSeed(seed));
    }
    expect(picked).toBeLessThan(plain);
  });

  it('does not loop when every set is the same', () => {
    const one = [{ factKey: 'f' }] as never;
    expect(nextSetSeed('x', () => one)).toMatch(/^[0-9a-z]+$/);
  });
});
