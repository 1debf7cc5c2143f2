import { describe, expect, it } from 'vitest';
import { getQuestionBank } from '@/lib/quiz/bank';

/** Words that point back to a sentence the student cannot see, outside quoted words. */
const leansBack = (statement: string) => /\b(?:it|them|those|these)\b/i.test(statement.replace(/[“"][^”"]*[”"]/g, ''));

describe('statements shown on their own', () => {
  it('never lean on a sentence the student cannot see', () => {
    const statements = getQuestionBank().modules.flatMap((m) =>
      m.questions.flatMap((q) =>
        q.type === 'true-false' ? [q.stem.replace(/^True or false\?\s*/, '')] : q.type === 'multiple-select' ? (q.options ?? []) : [],
      ),
    );
    expect(statements.length).toBeGreaterThan(30);
    expect(statements.filter(leansBack)).toEqual([]);
  });
});
