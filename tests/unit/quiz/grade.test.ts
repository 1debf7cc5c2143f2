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
