import { describe, expect, it } from 'vitest';
import { gradeParts, gradeResponse } from '@/lib/quiz/grade';
import { normalizeAnswer } from '@/lib/quiz/normalize';
import type { Question } from '@/lib/quiz/types';

const base = { id: 'q-1', stem: 'Stem', explanation: 'Why.', citations: [{ passage: 's#p1', quote: 'q' }], module: 'm', factKey: 'k' };

describe('two-part items', () => {
  const q: Question = {
    ...base, type: 'single-choice', options: ['2012', '2013', '2014'], answer: '2013',
    parts: { stem: 'Which sentence from the source proves it?', options: ['It began in 2013.', 'It ended.', 'It grew.'], answer: 'It began in 2013.', citations: [{ passage: 's#p1', quote: 'It began in 2013.' }] },
  };
  it('grades the answer and the proof on their own, full credit only for both', () => {
    expect(gradeParts(q, ['2013', 'It ended.'])).toEqual({ answer: true, proof: false });
    expect(gradeParts(q, ['2012', 'It began in 2013.'])).toEqual({ answer: false, proof: true });
    expect(gradeResponse(q, ['2013', 'It began in 2013.'])).toEqual({ correct: true, score: 1 });
    expect(gradeResponse(q, ['2013', 'It grew.'])).toEqual({ correct: false, score: 0.5 });
  });
  it('reads a lone string (the one-part shape) as the answer with no proof', () => {
    expect(gradeParts(q, '2013')).toEqual({ answer: true, proof: false });
    expect(gradeResponse(q, '2013')).toEqual({ correct: false, score: 0.5 });
    const { parts: _parts, ...onePart } = q;
    expect(gradeResponse(onePart, '2013')).toEqual({ correct: true, score: 1 });
  });
});

describe('gradeResponse', () => {
  it('single-choice compares the chosen option exactly', () => {
    const q: Question = { ...base, type: 'single-choice', options: ['2012', '2013', '2014'], answer: '2013' };
    expect(gradeResponse(q, '2013')).toEqual({ correct: true, score: 1 });
    expect(gradeResponse(q, '2012')).toEqual({ correct: false, score: 0 });
    expect(gradeResponse(q, '')).toEqual({ correct: false, score: 0 });
  });

  it('fill-in accepts case, accents and thousands separators', () => {
    const q: Question = { ...base, type: 'fill-in', options: null, answer: '13,000' };
    for (const typed of ['13,000', '13 000', '13000', ' 13\u00A0000 ']) expect(gradeResponse(q, typed).correct, typed).toBe(true);
    expect(gradeResponse(q, '1300').correct).toBe(false);
    const name: Question = { ...base, type: 'fill-in', options: null, answer: 'Assimi Goïta', accepted: ['Goïta'] };
    for (const typed of ['assimi goita', 'ASSIMI GOÏTA', 'Goita', 'goïta.']) expect(gradeResponse(name, typed).correct, typed).toBe(true);
    expect(gradeResponse(name, 'Assimi').correct).toBe(false);
    expect(gradeResponse(name, '').correct).toBe(false);
  });

  it('multiple-select needs exactly the right set; partial credit otherwise', () => {
    const q: Question = { ...base, type: 'multiple-select', options: ['Chad', 'Egypt', 'Niger', 'Bangladesh'], answer: ['Chad', 'Egypt', 'Bangladesh'] };
    expect(gradeResponse(q, ['Bangladesh', 'Chad', 'Egypt'])).toEqual({ correct: true, score: 1 });
    const partial = gradeResponse(q, ['Chad', 'Egypt']);
    expect(partial.correct).toBe(false);
    expect(partial.score).toBeCloseTo(2 / 3);
    expect(gradeResponse(q, ['Chad', 'Egypt', 'Bangladesh', 'Niger']).correct).toBe(false);
    expect(gradeResponse(q, ['Niger']).score).toBe(0);
  });

  it('matching scores each prompt', () => {
    const q: Question = { ...base, type: 'matching', prompts: ['A', 'B', 'C'], options: ['x', 'y', 'z'], answer: ['A → x', 'B → y', 'C → z'] };
    expect(gradeResponse(q, ['x', 'y', 'z'])).toEqual({ correct: true, score: 1 });
    const g = gradeResponse(q, ['x', 'z', 'y']);
    expect(g.correct).toBe(false);
    expect(g.score).toBeCloseTo(1 / 3);
  });

  it('ordering scores pairs in the right order', () => {
    const q: Question = { ...base, type: 'ordering', options: ['c', 'a', 'b'], answer: ['a', 'b', 'c'] };
    expect(gradeResponse(q, ['a', 'b', 'c'])).toEqual({ correct: true, score: 1 });
    expect(gradeResponse(q, ['c', 'b', 'a'])).toEqual({ correct: false, score: 0 });
    expect(gradeResponse(q, ['b', 'a', 'c']).score).toBeCloseTo(2 / 3);
    expect(gradeResponse(q, ['a', 'b']).correct).toBe(false);
  });
});

describe('normalizeAnswer', () => {
  it('folds what a typed answer may vary in, keeps what it may not', () => {
    expect(normalizeAnswer('The Wagner Group')).toBe('wagner group');
    expect(normalizeAnswer('Côte d’Ivoire')).toBe(normalizeAnswer("cote d'ivoire"));
    expect(normalizeAnswer('1,440')).toBe('1440');
    expect(normalizeAnswer('2013')).not.toBe(normalizeAnswer('2012'));
  });
});

describe('typed answers that say the same thing another way (issue 11, second rating)', () => {
  const typed = (answer: string, accepted?: string[]): Question => ({ ...base, type: 'fill-in', options: null, answer, ...(accepted ? { accepted } : {}) });
  const right = (q: Question, response: string) => gradeResponse(q, response).correct;

  it('accepts an ordinal as a figure or a word', () => {
    expect(right(typed('second'), '2nd')).toBe(true);
    expect(right(typed('2nd'), 'Second')).toBe(true);
    expect(right(typed('second'), '3rd')).toBe(false);
  });
  it('accepts a date in either order, a short month name or a "th", and never another date', () => {
    expect(right(typed('15 December 2021'), '15 Dec 2021')).toBe(true);
    expect(right(typed('15 December 2021'), 'December 15th, 2021')).toBe(true);
    expect(right(typed('June 30'), '30 June')).toBe(true);
    expect(right(typed('June 30'), '30th of June')).toBe(true);
    expect(right(typed('15 December 2021'), '15 December 2022')).toBe(false);
    expect(right(typed('15 December 2021'), '16 Dec 2021')).toBe(false);
    expect(right(typed('June 30'), '29 June')).toBe(false);
  });
  it('accepts a number in figures or words, with or without the source’s "over"', () => {
    expect(right(typed('six million'), 'over 6 million')).toBe(true);
    expect(right(typed('six million'), '6,000,000')).toBe(true);
    expect(right(typed('13,000'), '13000')).toBe(true);
    expect(right(typed('six million'), '7 million')).toBe(false);
  });
  it('still refuses a blank or a different name', () => {
    expect(right(typed('Bamako'), '  ')).toBe(false);
    expect(right(typed('Assimi Goïta', ['Goïta']), 'Bah Ndaw')).toBe(false);
  });
});
