import { describe, expect, it } from 'vitest';
import { generateQuestionBank, type GeneratorInput } from '@/lib/quiz/pipeline';
import { extractReasons } from '@/lib/quiz/pipeline/reasons';
import { expectSoundQuestions } from '../../../helpers/quiz-invariants';

const texts = [
  'The fishers’ union on Monday asked the water authority to stop work at the dam, citing a “lack of consultation” with the villages.',
  'The regional council suspended the project in 2029 over a plan to flood three villages, the council said.',
  'Human rights groups accused the authority of ignoring the fishers’ complaints for two years.',
  'The bank delayed its loan because of rising costs, a spokesman said.',
  'Engineers raised the spillway in 2030 to address repeated flooding near Ganvié.',
  'The water minister will hand over its tasks to the new agency in 2031.',
];
const passages = texts.map((text, i) => ({ id: `dam#p${i + 1}`, text, sourceTitle: 'Trouble at the dam' }));
const passageText = (id: string) => passages.find((p) => p.id === id)?.text ?? null;

describe('reasons in plain passages', () => {
  it('finds the reason a sentence states, and not "hand over"', () => {
    expect(extractReasons(passages).map((r) => r.text)).toEqual([
      'lack of consultation', 'a plan to flood three villages', 'ignoring the fishers’ complaints for two years', 'rising costs', 'repeated flooding near Ganvié',
    ]);
  });

  it('yields cause questions whose distractors are other reasons the cited sentence does not give', () => {
    const input: GeneratorInput = { passages, modules: [{ slug: 'dam', title: 'The dam', objectives: ['Explain why the dam was disputed.'], facts: [], passages: passages.map((p) => ({ id: p.id })) }] };
    const questions = generateQuestionBank(input).modules[0]?.questions ?? [];
    expectSoundQuestions(questions, passageText);
    const causes = questions.filter((q) => q.answerKind === 'cause');
    expect(causes.length).toBeGreaterThanOrEqual(3);
    const reasons = new Set(extractReasons(passages).map((r) => r.text));
    for (const q of causes) {
      expect(q.skill).toBe('understand');
      for (const o of q.options ?? []) expect(reasons.has(o), `${q.stem}: ${o}`).toBe(true);
    }
  });
});
