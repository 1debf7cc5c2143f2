import { describe, expect, it } from 'vitest';
import { decodeAnswers, encodeAnswers } from '@/lib/quiz/attempt';
import { getModuleBank, getPracticeQuiz } from '@/lib/quiz/bank';
import { practiceAnswerUrl } from '@/lib/quiz/practice';

const fields = (values: Record<string, string>) => ({ get: (n: string) => values[n] ?? null, getAll: (n: string) => (values[n] === undefined ? [] : [values[n] as string]) });
const slug = getModuleBank('minusma') ? 'minusma' : '';

describe.skipIf(!slug)('practiceAnswerUrl', () => {
  const quiz = getPracticeQuiz(slug, 'unit') ?? [];

  it('adds the answer to the attempt in the URL and shows its feedback', () => {
    const first = quiz[0]!;
    const url = practiceAnswerUrl(fields({ slug, seed: 'unit', a: '', question: first.id, response: 'whatever I typed' }));
    expect(url).toMatch(new RegExp(`^/explainers/${slug}/quiz\\?seed=unit&a=[A-Za-z0-9_-]+#feedback$`));
    const answers = decodeAnswers(new URL(url, 'http://x').searchParams.get('a'));
    expect(answers).toHaveLength(1);
  });

  it('ignores a repeated post of an answered question', () => {
    const a = encodeAnswers(['x']);
    const url = practiceAnswerUrl(fields({ slug, seed: 'unit', a, question: quiz[0]!.id, response: 'y' }));
    expect(url).toBe(`/explainers/${slug}/quiz?seed=unit&a=${a}#feedback`);
  });

  it('sends a malformed post home', () => {
    expect(practiceAnswerUrl(fields({ slug: '../etc', seed: 'unit', question: 'q' }))).toBe('/');
    expect(practiceAnswerUrl(fields({ slug, seed: 'not a seed!', question: 'q' }))).toBe('/');
    expect(practiceAnswerUrl(fields({ slug: 'no-such-module', seed: 'unit', question: 'q' }))).toBe('/');
  });
});
