import { describe, expect, it } from 'vitest';
import { decodeAnswers, encodeAnswers } from '@/lib/quiz/attempt';
import { gradeParts } from '@/lib/quiz/grade';
import { getModuleBank, getPracticeQuiz } from '@/lib/quiz/bank';
import { practiceAnswerUrl } from '@/lib/quiz/practice';

const fields = (values: Record<string, string>) => ({ get: (n: string) => values[n] ?? null, getAll: (n: string) => (values[n] === undefined ? [] : [values[n] as string]) });
const slug = 'minusma';

describe('practiceAnswerUrl', () => {
  it('has its module to test', () => expect(getModuleBank(slug)).not.toBeNull());

  const quiz = getPracticeQuiz(slug, 'unit') ?? [];
  // A seed whose quiz opens with a two-part item ("… Which sentence from the source proves it?").
  const twoPartSeed = Array.from({ length: 200 }, (_, i) => `tp${i}`).find((seed) => getPracticeQuiz(slug, seed)?.[0]?.parts);

  it('adds the answer to the attempt in the URL and shows its feedback', () => {
    const seed = Array.from({ length: 200 }, (_, i) => `op${i}`).find((s) => getPracticeQuiz(slug, s)?.[0] && !getPracticeQuiz(slug, s)![0]!.parts)!;
    const first = getPracticeQuiz(slug, seed)![0]!;
    const url = practiceAnswerUrl(fields({ slug, seed, a: '', question: first.id, response: first.options?.[0] ?? 'whatever I typed' }));
    expect(url).toMatch(new RegExp(`^/explainers/${slug}/quiz\\?seed=${seed}&a=[A-Za-z0-9_-]+#feedback$`));
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

  it('asks a two-part item in two steps: the first answer waits in the URL with no feedback, the proof completes it', () => {
    expect(twoPartSeed).toBeDefined();
    const item = getPracticeQuiz(slug, twoPartSeed!)![0]!;
    const wrong = item.options!.find((o) => o !== item.answer)!;
    const step1 = practiceAnswerUrl(fields({ slug, seed: twoPartSeed!, a: '', question: item.id, response: wrong }));
    expect(step1).toBe(`/explainers/${slug}/quiz?seed=${twoPartSeed}&first=${encodeURIComponent(wrong)}&view=next#question`);
    // The proof step posts the kept first answer with the sentence chosen; both parts are stored and graded apart.
    const step2 = practiceAnswerUrl(fields({ slug, seed: twoPartSeed!, a: '', question: item.id, first: wrong, response: item.parts!.answer }));
    const answers = decodeAnswers(new URL(step2, 'http://x').searchParams.get('a'));
    expect(answers).toEqual([[wrong, item.parts!.answer]]);
    expect(gradeParts(item, answers[0]!)).toEqual({ answer: false, proof: true });
    // A proof that is not one of its options is no answer: back to the proof step.
    expect(practiceAnswerUrl(fields({ slug, seed: twoPartSeed!, a: '', question: item.id, first: wrong, response: 'made up' }))).toContain(`first=${encodeURIComponent(wrong)}&view=next#question`);
    // A first answer that is not an option starts the item again.
    expect(practiceAnswerUrl(fields({ slug, seed: twoPartSeed!, a: '', question: item.id, first: 'made up', response: item.parts!.answer }))).toBe(`/explainers/${slug}/quiz?seed=${twoPartSeed}#question`);
  });

  it('sends a malformed post home', () => {
    expect(practiceAnswerUrl(fields({ slug: '../etc', seed: 'unit', question: 'q' }))).toBe('/');
    expect(practiceAnswerUrl(fields({ slug, seed: 'not a seed!', question: 'q' }))).toBe('/');
    expect(practiceAnswerUrl(fields({ slug: 'no-such-module', seed: 'unit', question: 'q' }))).toBe('/');
  });
});
