import { describe, expect, it } from 'vitest';
import { splitModuleQuestions } from '@/lib/quiz/split';
import type { Question } from '@/lib/quiz/types';

/** A module of 24 facts over 3 objectives, each asked in two forms (single-choice and fill-in), plus rarer types. */
function fixture(): Question[] {
  const out: Question[] = [];
  const base = { options: null, answer: 'a', explanation: 'e', citations: [{ passage: 'p#p1', quote: 'q' }], module: 'm' };
  for (let f = 0; f < 24; f++) {
    for (const type of ['single-choice', 'fill-in'] as const) out.push({ ...base, id: `q-${f}-${type}`, type, stem: `Stem ${f} ${type}`, factKey: `fact:${f}`, objective: f % 3 });
  }
  out.push({ ...base, id: 'q-order-1', type: 'ordering', stem: 'Put these in order', factKey: 'fact:0', factKeys: ['fact:0', 'fact:1'], objective: 0 });
  out.push({ ...base, id: 'q-who-1', type: 'who-said', stem: 'Who said it?', factKey: 'fact:who-1', objective: 1 });
  out.push({ ...base, id: 'q-who-2', type: 'who-said', stem: 'Who said that?', factKey: 'fact:who-2', objective: 2 });
  return out;
}

describe('splitModuleQuestions', () => {
  const questions = fixture();
  const { practice, graded } = splitModuleQuestions(questions);

  it('puts every question in exactly one pool, and every form of a fact in the same pool', () => {
    expect(practice.length + graded.length).toBe(questions.length);
    const practiceFacts = new Set(practice.map((q) => q.factKey));
    expect(graded.filter((q) => practiceFacts.has(q.factKey))).toEqual([]);
  });

  it('keeps about half the facts in each pool, and every objective and type carried by two facts in both', () => {
    const facts = (qs: Question[]) => new Set(qs.map((q) => q.factKey)).size;
    expect(Math.abs(facts(practice) - facts(graded))).toBeLessThanOrEqual(2);
    for (const pool of [practice, graded]) {
      expect(new Set(pool.map((q) => q.objective))).toEqual(new Set([0, 1, 2]));
      expect(pool.some((q) => q.type === 'who-said')).toBe(true);
    }
  });

  it('puts a question that asks several facts with its first fact', () => {
    const poolOf = (id: string) => (graded.some((q) => q.id === id) ? 'graded' : 'practice');
    expect(poolOf('q-order-1')).toBe(poolOf('q-0-single-choice'));
  });

  it('is deterministic and does not depend on the order of the questions', () => {
    const again = splitModuleQuestions([...questions].reverse());
    const ids = (qs: Question[]) => qs.map((q) => q.id).sort();
    expect(ids(again.practice)).toEqual(ids(practice));
    expect(ids(again.graded)).toEqual(ids(graded));
  });

  it('keeps enough facts in the practice pool for a whole practice quiz when the module has them', () => {
    const standalone = (qs: Question[]) => new Set(qs.filter((q) => !q.factKeys).map((q) => q.factKey)).size;
    // A small module: 12 facts over three objectives; the graded pool still keeps every objective and type.
    const small = questions.filter((q) => Number(/fact:(\d+)/.exec(q.factKey)?.[1] ?? 99) < 12 && !q.factKeys);
    const split = splitModuleQuestions(small, 8);
    expect(standalone(split.practice)).toBeGreaterThanOrEqual(8);
    expect(standalone(splitModuleQuestions(small, 0).practice)).toBeLessThan(8);
    expect(new Set(split.graded.map((q) => q.objective))).toEqual(new Set([0, 1, 2]));
    expect(new Set(split.graded.map((q) => q.type))).toEqual(new Set(['single-choice', 'fill-in']));
  });
});

describe('a type one fact alone carries', () => {
  it('stays in the graded pool, whatever order the facts are dealt in', () => {
    const questions = fixture();
    // The ordering rides on one fact: try it on every fact, so some are dealt when practice lacks more than graded.
    for (let f = 0; f < 24; f++) {
      const moved = questions.map((q) => (q.id === 'q-order-1' ? { ...q, factKey: `fact:${f}`, factKeys: [`fact:${f}`, `fact:${(f + 1) % 24}`] } : q));
      const { graded } = splitModuleQuestions(moved);
      expect(graded.some((q) => q.type === 'ordering'), `ordering on fact:${f}`).toBe(true);
    }
  });
});
