import { describe, expect, it } from 'vitest';
import { generateQuestionBank, type GeneratorInput } from '@/lib/quiz/pipeline';
import { expectSoundQuestions } from '../../../helpers/quiz-invariants';

const passages = [
  { id: 'dam#p1', text: 'The council said the dam needed the consent of the villages before work could start.', sourceTitle: 'Dam' },
  { id: 'dam#p2', text: 'A spillway lets floodwater pass around the dam.', sourceTitle: 'Dam' },
];
const terms = [
  { name: 'consent', definition: 'Agreement or permission given by the people a decision affects.', passage: 'dam#p1', objective: 0 },
  { name: 'spillway', definition: 'A spillway is a channel. Extra water runs along the channel past a dam when the lake is full.', passage: 'dam#p2' },
  { name: 'veto', definition: 'The power to block a decision alone.', passage: 'dam#p1' },
];
const input: GeneratorInput = {
  passages,
  glossary: ['consent', 'spillway', 'veto', 'sanctions', 'mandate', 'consent form'],
  modules: [{ slug: 'dam', title: 'Dam', objectives: ['Explain what the dam needed.'], facts: [], passages: passages.map((p) => ({ id: p.id })), terms }],
};

describe('concept questions from the glossary', () => {
  const questions = generateQuestionBank(input).modules[0]?.questions.filter((q) => q.answerKind === 'concept') ?? [];

  it('ask which term a definition means, cited where a passage uses the word', () => {
    expectSoundQuestions(questions, (id) => passages.find((p) => p.id === id)?.text ?? null);
    const consent = questions.find((q) => q.answer === 'consent');
    expect(consent?.stem).toBe('Which term means this? “Agreement or permission given by the people a decision affects.”');
    expect(consent?.skill).toBe('understand');
    // Distractors are other terms, none in the cited sentence and none sharing the answer's words.
    expect(consent?.options).not.toContain('consent form');
  });

  it('drop the definition sentences that name the term, and skip a term its passage does not use', () => {
    const spillway = questions.find((q) => q.answer === 'spillway');
    expect(spillway?.stem).toBe('Which term means this? “Extra water runs along the channel past a dam when the lake is full.”');
    expect(questions.find((q) => q.answer === 'veto')).toBeUndefined();
  });
});

describe('concept questions with the glossary kinds', () => {
  const glossary = ['consent', 'veto', 'sanctions', 'mandate', 'coup', 'insurgency', 'junta', 'sovereignty'];
  const kinds: Record<string, string> = { consent: 'principle', sovereignty: 'principle', veto: 'decision', sanctions: 'decision', mandate: 'decision', coup: 'event', insurgency: 'event', junta: 'body' };
  const bank = (glossaryKinds?: Record<string, string>) =>
    generateQuestionBank({ ...input, glossary, ...(glossaryKinds ? { glossaryKinds } : {}) }).modules[0]?.questions.find((q) => q.answer === 'consent');

  it('offer terms of the same kind, then of a related kind, never of an unrelated one', () => {
    const consent = bank(kinds);
    expect(consent?.options).toHaveLength(4);
    // One other principle, then decisions (related); no event or governing body.
    expect(consent?.options).toContain('sovereignty');
    for (const o of consent?.options ?? []) expect(['principle', 'decision']).toContain(kinds[o]);
  });

  it('without kinds, any other terms will do (an unseen text)', () => {
    expect(bank()?.options).toHaveLength(4);
  });

  it('skip the question when the kind has too few look-alikes', () => {
    expect(bank({ ...kinds, consent: 'place' })).toBeUndefined();
  });
});
