import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assembleQuiz, factKeysOf } from '@/lib/quiz/assemble';
import { getQuestionBank } from '@/lib/quiz/bank';
import { questionSchema, questionTypes, type Question } from '@/lib/quiz/types';

const modules = getQuestionBank().modules.filter((m) => m.questions.length > 0);

const settingsArb = fc.record({
  count: fc.integer({ min: 1, max: 30 }),
  types: fc.option(fc.uniqueArray(fc.constantFrom(...questionTypes), { minLength: 1, maxLength: questionTypes.length }), { nil: undefined }),
});

describe('assembleQuiz over the real bank', () => {
  it('has modules to test', () => {
    expect(modules.length).toBeGreaterThan(0);
  });

  it('is valid, deterministic and never asks a fact twice, for any seed and settings', () => {
    fc.assert(
      fc.property(fc.constantFrom(...modules), settingsArb, fc.string({ minLength: 1, maxLength: 20 }), (module, settings, seed) => {
        const quiz = assembleQuiz(module.questions, settings, seed);
        expect(quiz.length).toBeLessThanOrEqual(settings.count);
        const available = module.questions.filter((q) => !settings.types || settings.types.includes(q.type));
        expect(quiz.length > 0).toBe(available.length > 0);
        for (const q of quiz) {
          expect(questionSchema.safeParse(q).success).toBe(true);
          expect(module.questions).toContain(q);
          if (settings.types) expect(settings.types).toContain(q.type);
        }
        const keys = quiz.flatMap(factKeysOf);
        expect(new Set(keys).size).toBe(keys.length);
        expect(new Set(quiz.map((q) => q.id)).size).toBe(quiz.length);
        // Same input, same quiz, whatever order the bank lists its questions in.
        expect(assembleQuiz([...module.questions].reverse(), settings, seed).map((q) => q.id)).toEqual(quiz.map((q) => q.id));
      }),
      { numRuns: 150 },
    );
  });

  it('varies with the seed, mixes types and covers the objectives', () => {
    for (const module of modules) {
      const a = assembleQuiz(module.questions, { count: 8 }, 'one').map((q) => q.id);
      const b = assembleQuiz(module.questions, { count: 8 }, 'two').map((q) => q.id);
      expect(a).not.toEqual(b);
      const quiz = assembleQuiz(module.questions, { count: 8 }, 'mix');
      expect(new Set(quiz.map((q) => q.type)).size).toBeGreaterThanOrEqual(Math.min(4, new Set(module.questions.map((q) => q.type)).size));
      const tagged = new Set(module.questions.map((q) => q.objective).filter((o) => o !== undefined));
      const covered = new Set(quiz.map((q) => q.objective).filter((o) => o !== undefined));
      expect(covered.size).toBe(Math.min(tagged.size, 8));
    }
  });
});

describe('assembleQuiz on hand-made questions', () => {
  const make = (id: string, factKey: string, type: Question['type'] = 'single-choice', objective?: number): Question => ({
    id, type, factKey, module: 'm', stem: id, options: ['a', 'b', 'c'], answer: 'a', explanation: 'e', citations: [{ passage: 's#p1', quote: 'a' }],
    ...(objective === undefined ? {} : { objective }),
  });

  it('keeps to one question per fact even when asked for more', () => {
    const qs = [make('q1', 'k1'), make('q2', 'k1', 'fill-in'), make('q3', 'k2'), { ...make('q4', 'k3', 'ordering'), factKeys: ['k2', 'k3'] }];
    fc.assert(
      fc.property(fc.string(), (seed) => {
        const quiz = assembleQuiz(qs, { count: 10 }, seed);
        const keys = quiz.flatMap(factKeysOf);
        expect(new Set(keys).size).toBe(keys.length);
        expect(quiz.length).toBeGreaterThanOrEqual(2);
      }),
    );
  });

  it('covers every objective before repeating one', () => {
    const qs = [0, 0, 0, 0, 1, 2].map((o, i) => make(`q${i}`, `k${i}`, 'single-choice', o));
    fc.assert(
      fc.property(fc.string(), (seed) => {
        const quiz = assembleQuiz(qs, { count: 3 }, seed);
        expect(new Set(quiz.map((q) => q.objective))).toEqual(new Set([0, 1, 2]));
      }),
    );
  });
});
