import { describe, expect, it } from 'vitest';
import { decodeAnswers, encodeAnswers } from '@/lib/quiz/attempt';
import { getModuleBank, getPracticeQuiz } from '@/lib/quiz/bank';
import { practiceAnswerUrl } from '@/lib/quiz/practice';

const fields = (values: Record<string, string>) => ({ get: (n: string) => values[n] ?? null, getAll: (n: string) => (values[n] === undefined ? [] : [values[n] as string]) });
const slug = 'minusma';

describe('practiceAnswerUrl', () => {
  it('has its module to test', () => expect(getModuleBank(slug)).not.toBeNull());

  const quiz = getPracticeQuiz(slug, 'unit') ?? [];

  it('adds the answer to the attempt in the URL and shows its feedback', () => {
    const first = quiz[0]!;
    const url = practiceAnswerUrl(fields({ slug, seed: 'unit', a: '', question: first.id, response: first.options?.[0] ?? 'whatever I typed' }));
    expect(url).toMatch(new RegExp(`^/explainers/${slug}/quiz\\?seed=unit&a=[A-Za-z0-9_-]+#feedback$`));
    const answers = decodeAnswers(new URL(url, 'http://x').searchParams.get('a'));
    expect(answers).toHaveLength(1);
  });

  it('takes a blank answer as no answer: back to the same question, no feedback (issue 12, defect 4)', () => {
    expect(practiceAnswerUrl(fields({ slug, seed: 'unit', a: '', question: quiz[0]!.id, response: '  ' }))).toBe(`/explainers/${slug}/quiz?seed=unit#question`);
    const a = encodeAnswers(['x']);
    expect(practiceAnswerUrl(fields({ slug, seed: 'unit', a, question: quiz[1]!.id, response: '' }))).toBe(`/explainers/${slug}/quiz?seed=unit&a=${a}&view=next#question`);
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
