import { describe, expect, it } from 'vitest';
import { orderingProblem, orderingProblemInFields } from '@/lib/quiz/ordering';
import type { PublicQuestion } from '@/lib/quiz/types';
import { listExplainers } from '@/lib/content';
import { decodeAnswers, encodeAnswers } from '@/lib/quiz/attempt';
import { getPracticeQuiz } from '@/lib/quiz/bank';
import { practiceAnswerUrl } from '@/lib/quiz/practice';

describe('ordering answers', () => {
  it('accept each position once', () => {
    expect(orderingProblem(['2', '1', '4', '3'])).toBeNull();
  });

  it('refuse a position given twice, naming it', () => {
    expect(orderingProblem(['1', '4', '2', '1'])).toBe('Each position can be used once: 1 is given to more than one event.');
    expect(orderingProblem(['1', '1', '2', '2'])).toContain('1 and 2 are given');
  });

  it.each([[['1', '2', null]], [['1', '2', '4']], [['0', '1', '2']], [['1', '2', ' 3']], [['1', '2', '0x3']]])('refuse a missing or impossible position %j', (positions) => {
    expect(orderingProblem(positions)).toBe('Give every event a position from 1 to 3.');
  });

  it('read the posted form of an ordering question only', () => {
    const ordering: PublicQuestion = { id: 'o', type: 'ordering', stem: 'Order', options: ['A', 'B', 'C'], module: 'm' };
    const fields = (values: Record<string, string>) => ({ get: (k: string) => values[k] ?? null, getAll: () => [] });
    expect(orderingProblemInFields(ordering, fields({ 'order-0': '1', 'order-1': '1', 'order-2': '3' }))).toContain('1 is given');
    expect(orderingProblemInFields({ ...ordering, type: 'single-choice' }, fields({}))).toBeNull();
  });
});

describe('the practice quiz without JavaScript', () => {
  // The first practice set (over all modules and seeds tried) that holds an ordering question.
  const found = (() => {
    for (const slug of listExplainers().map((e) => e.slug)) {
      for (let n = 0; n < 200; n++) {
        const quiz = getPracticeQuiz(slug, `o${n}`) ?? [];
        const at = quiz.findIndex((q) => q.type === 'ordering');
        if (at >= 0) return { slug, seed: `o${n}`, at, question: quiz[at]! };
      }
    }
    throw new Error('no practice quiz holds an ordering question');
  })();
  const post = (positions: string[]) => {
    const values: Record<string, string> = { slug: found.slug, seed: found.seed, a: found.at ? encodeAnswers(Array(found.at).fill('x')) : '', question: found.question.id };
    positions.forEach((p, i) => (values[`order-${i}`] = p));
    return practiceAnswerUrl({ get: (k) => values[k] ?? null, getAll: () => [] });
  };

  it('returns to the same question with the reason when a position is used twice, saving nothing', () => {
    const n = found.question.options!.length;
    const url = new URL(post(Array.from({ length: n }, () => '1')), 'http://x');
    expect(url.searchParams.get('error')).toBe('ordering');
    expect(decodeAnswers(url.searchParams.get('a'))).toHaveLength(found.at);
  });

  it('saves an order that uses each position once', () => {
    const n = found.question.options!.length;
    const url = new URL(post(Array.from({ length: n }, (_, i) => String(n - i))), 'http://x');
    expect(url.searchParams.get('error')).toBeNull();
    expect(decodeAnswers(url.searchParams.get('a'))).toHaveLength(found.at + 1);
  });
});
