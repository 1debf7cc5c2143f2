import { describe, expect, it } from 'vitest';
import { listBankProblems, listQuestionProblems } from '@/lib/quiz/check';
import type { Question } from '@/lib/quiz/types';

const passage = 'MINUSMA was deployed by the UN Security Council in 2013 to support foreign and local efforts to restore stability.';
const text = (id: string) => (id === 's#p1' ? passage : null);
const good: Question = {
  id: 'q-1',
  type: 'single-choice',
  module: 'm',
  factKey: 'when:2013',
  stem: 'In which year was MINUSMA deployed?',
  options: ['2012', '2013', '2014', '2015'],
  answer: '2013',
  explanation: 'The Security Council deployed it in 2013.',
  citations: [{ passage: 's#p1', quote: 'MINUSMA was deployed by the UN Security Council in 2013' }],
};
const messages = (q: Question) => listQuestionProblems(q, text).map((p) => p.message);

describe('listQuestionProblems', () => {
  it('passes a sound question', () => {
    expect(messages(good)).toEqual([]);
  });
  it('fails a quote that is not in its passage, or an unknown passage', () => {
    expect(messages({ ...good, citations: [{ passage: 's#p1', quote: 'MINUSMA was sent in 2013' }] }).join()).toMatch(/not in s#p1/);
    expect(messages({ ...good, citations: [{ passage: 's#p9', quote: 'in 2013' }] }).join()).toMatch(/unknown passage/);
  });
  it('fails an answer the quote does not support', () => {
    expect(messages({ ...good, citations: [{ passage: 's#p1', quote: 'restore stability' }] }).join()).toMatch(/answer "2013" is not supported/);
  });
  it('fails a distractor the quote also supports', () => {
    const q = { ...good, options: ['2013', 'UN Security Council', '2014', '2015'] };
    expect(messages(q).join()).toMatch(/distractor "UN Security Council" is also supported/);
  });
  it('fails repeated options and too few options', () => {
    expect(messages({ ...good, options: ['2013', '2014', '2014 '] }).join()).toMatch(/options repeat/);
    expect(messages({ ...good, options: ['2013', '2014'] }).join()).toMatch(/only 2 options/);
  });
  it('fails a stem that gives the answer away', () => {
    expect(messages({ ...good, stem: 'MINUSMA came in 2013. When did it come?' }).join()).toMatch(/gives the answer/);
  });
  it('checks the evidence of statement questions', () => {
    const tf: Question = { ...good, type: 'true-false', options: ['True', 'False'], answer: 'False', stem: 'True or false? It was deployed in 2014.', evidence: [{ text: '2013', citation: 0, expect: 'supported' }, { text: '2014', citation: 0, expect: 'unsupported' }] };
    expect(messages(tf)).toEqual([]);
    expect(messages({ ...tf, evidence: [{ text: '2013', citation: 0, expect: 'unsupported' }] }).join()).toMatch(/meant to be false/);
    expect(messages({ ...tf, evidence: undefined }).join()).toMatch(/lists the evidence/);
  });
  it('fails a question that keys a claim the course rejects, unless it is a source-work question', () => {
    const rejected = [{ phrase: 'in 2013', settledBy: 'r#p1' }];
    const problems = listBankProblems([good], text, { rejected }).map((p) => p.message);
    expect(problems.join()).toMatch(/rejects "in 2013"/);
    expect(listBankProblems([{ ...good, answerKind: 'source' }], text, { rejected })).toEqual([]);
  });
  it('checks the proof part of a two-part item', () => {
    const proof = 'MINUSMA was deployed by the UN Security Council in 2013 to support foreign and local efforts to restore stability.';
    const two: Question = { ...good, parts: { stem: 'Which sentence from the source proves it?', options: [proof, 'Mali is in West Africa.', 'It rained.'], answer: proof, citations: [{ passage: 's#p1', quote: proof }] } };
    expect(messages(two)).toEqual([]);
    const parts = two.parts as NonNullable<Question['parts']>;
    expect(messages({ ...two, parts: { ...parts, options: [proof, 'It began in 2013.', 'It rained.'] } }).join()).toMatch(/wrong proof "It began in 2013." also holds the answer/);
    expect(messages({ ...two, parts: { ...parts, answer: 'It rained.' } }).join()).toMatch(/proof is not what its citation quotes/);
    expect(messages({ ...two, parts: { ...parts, citations: [{ passage: 's#p1', quote: 'not there' }] } }).join()).toMatch(/proof citation is not in s#p1/);
  });
  it('fails a stem that leans on unseen text, and a who-said quote that names its speaker (point 4)', () => {
    expect(messages({ ...good, stem: 'Which name completes this sentence? “The committee was led by _____.”' }).join()).toMatch(/leans on text the student has not seen: "The committee"/);
    expect(messages({ ...good, type: 'true-false', options: ['True', 'False'], answer: 'True', stem: 'True or false? Another report gives 2013.', evidence: [{ text: '2013', citation: 0, expect: 'supported' }] }).join()).toMatch(/leans on text/);
    expect(messages({ ...good, type: 'true-false', options: ['True', 'False'], answer: 'True', stem: 'True or false? Six months earlier, in 2013, the UN had given 309.', evidence: [{ text: '2013', citation: 0, expect: 'supported' }] }).join()).toMatch(/leans on text the student has not seen: "Six months earlier"/);
    expect(messages({ ...good, stem: 'Which date completes this sentence? “By the end of that month, _____ had left.”' }).join()).toMatch(/leans on text the student has not seen: "that month"/);
    expect(messages({ ...good, stem: 'Which number completes this sentence? “The next day, _____ soldiers left.”' }).join()).toMatch(/leans on text the student has not seen: "The next day"/);
    expect(messages({ ...good, stem: 'Which city completes this sentence? “Last July, the juntas met in _____.”' }).join()).toMatch(/leans on text the student has not seen: "Last July"/);
    const said: Question = { ...good, type: 'who-said', stem: 'Who said these words? “I, Diop, ask the mission to leave now.”', options: ['Abdoulaye Diop', 'A B', 'C D'], answer: 'Abdoulaye Diop', citations: [{ passage: 's#p1', quote: 'MINUSMA' }] };
    expect(listQuestionProblems(said, text).map((p) => p.message).join()).toMatch(/names its speaker/);
  });
});
