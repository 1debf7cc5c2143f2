import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAnswers, encodeAnswers, isBlankResponse, nextSeed, responseFromFields } from '@/lib/quiz/attempt';
import type { PublicQuestion } from '@/lib/quiz/types';

const fields = (values: Record<string, string | string[]>) => ({
  get: (name: string) => {
    const v = values[name];
    return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
  },
  getAll: (name: string) => {
    const v = values[name];
    return Array.isArray(v) ? v : v === undefined ? [] : [v];
  },
});

describe('attempt state in the URL', () => {
  it('round-trips any responses, including accents and quotes, up to the first blank one', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 40 }), fc.array(fc.string({ maxLength: 20 }), { maxLength: 5 })), { maxLength: 12 }), (answers) => {
        const encoded = encodeAnswers(answers);
        expect(encoded).toMatch(/^[A-Za-z0-9_-]*$/);
        const blank = answers.findIndex(isBlankResponse);
        expect(decodeAnswers(encoded)).toEqual(blank < 0 ? answers : answers.slice(0, blank));
      }),
    );
  });

  it('starts over on a malformed value', () => {
    expect(decodeAnswers('not base64!')).toEqual([]);
    expect(decodeAnswers(encodeAnswers([]).concat('x'))).toEqual([]);
    expect(decodeAnswers(undefined)).toEqual([]);
  });

  it('gives a new seed for a new set', () => {
    expect(nextSeed('start')).not.toBe('start');
    expect(nextSeed('start')).toBe(nextSeed('start'));
  });
});

describe('responseFromFields', () => {
  it('reads ordering positions into an order, and drops unknown options', () => {
    const q: PublicQuestion = { id: 'q', type: 'ordering', stem: 's', options: ['b', 'c', 'a'], module: 'm' };
    expect(responseFromFields(q, fields({ 'order-0': '2', 'order-1': '3', 'order-2': '1' }))).toEqual(['a', 'b', 'c']);
    const single: PublicQuestion = { id: 'q', type: 'single-choice', stem: 's', options: ['x', 'y', 'z'], module: 'm' };
    expect(responseFromFields(single, fields({ response: 'evil' }))).toBe('');
    const multi: PublicQuestion = { ...single, type: 'multiple-select' };
    expect(responseFromFields(multi, fields({ response: ['x', 'z', 'w'] }))).toEqual(['x', 'z']);
    const match: PublicQuestion = { ...single, type: 'matching', prompts: ['A', 'B'] };
    expect(responseFromFields(match, fields({ 'match-0': 'y', 'match-1': 'x' }))).toEqual(['y', 'x']);
  });
});

describe('markResponse', () => {
  const base = { id: 'q', stem: 's', explanation: 'e', citations: [{ passage: 's#p1', quote: 'q' }], module: 'm', factKey: 'k' };
  it('marks each part of a several-part answer', async () => {
    const { markResponse } = await import('@/lib/quiz/attempt');
    expect(markResponse({ ...base, type: 'matching', prompts: ['A', 'B'], options: ['x', 'y', 'z'], answer: ['A → x', 'B → y'] }, ['x', 'z'])).toEqual([true, false]);
    expect(markResponse({ ...base, type: 'ordering', options: ['b', 'a', 'c'], answer: ['a', 'b', 'c'] }, ['a', 'c', 'b'])).toEqual([true, false, false]);
    expect(markResponse({ ...base, type: 'multiple-select', options: ['a', 'b', 'c'], answer: ['a', 'b'] }, ['a', 'c'])).toEqual([true, false]);
    expect(markResponse({ ...base, type: 'single-choice', options: ['a', 'b', 'c'], answer: 'a' }, 'a')).toBeNull();
  });
});
