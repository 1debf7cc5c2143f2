import { describe, expect, it } from 'vitest';
import { listBalanceProblems } from '@/lib/quiz/check';
import { balanceModule } from '@/lib/quiz/pipeline/balance';
import type { AnswerKind, Question } from '@/lib/quiz/types';

const q = (id: string, answerKind: AnswerKind, over: Partial<Question> = {}): Question => ({
  id, module: 'm', type: 'single-choice', stem: `Stem ${id}`, options: ['a', 'b', 'c'], answer: 'a', explanation: 'x',
  citations: [{ passage: 's#p1', quote: 'a' }], factKey: id, answerKind, objective: 0, item: `item-${id}`, ...over,
});

describe('balance checks (issue 11, point 5)', () => {
  const dates = Array.from({ length: 6 }, (_, i) => q(`d${i}`, 'date'));
  const deep = [q('c1', 'cause'), q('c2', 'concept'), q('c3', 'source')];
  const places = [q('p1', 'place')];

  it('fail a bank with too many dates, too few deep items, or an objective with fewer than three questions', () => {
    const messages = listBalanceProblems([...dates, ...deep, ...places], { m: 2 }).map((p) => p.message);
    expect(messages.join('\n')).toMatch(/60% of the questions answer with a date, number or name/);
    expect(messages.join('\n')).toMatch(/objective 2 has 0 questions/);
    expect(listBalanceProblems([...dates.slice(0, 2), ...deep, ...places], { m: 1 })).toEqual([]);
    expect(listBalanceProblems([...dates.slice(0, 3), q('c1', 'cause'), ...places, q('p2', 'place')], { m: 1 }).map((p) => p.message).join()).toMatch(/17% are cause/);
  });

  it('trim spare recall forms first, keep every fact’s last form, and reach the balance', () => {
    // A bank big enough to trim (trimming stops at 40 questions): 20 dates, each with a typed and a true/false form.
    const facts = Array.from({ length: 20 }, (_, i) => q(`d${i}`, 'date', { objective: i % 2 }));
    const forms = facts.flatMap((d) => [
      { ...d, id: `${d.id}-typed`, type: 'fill-in' as const, options: null },
      { ...d, id: `${d.id}-tf`, type: 'true-false' as const, options: ['True', 'False'], answer: 'True' },
    ]);
    const deepItems = Array.from({ length: 25 }, (_, i) => q(`c${i}`, 'cause', { objective: i % 2 }));
    const all = [...facts, ...forms, ...deepItems];
    expect(listBalanceProblems(all, { m: 2 })).not.toEqual([]);
    const kept = balanceModule(all);
    expect(listBalanceProblems(kept, { m: 2 })).toEqual([]);
    for (const d of facts) expect(kept.some((k) => k.item === d.item), d.id).toBe(true);
    // Typed and true/false copies go first, down to three of each type.
    expect(kept.filter((k) => k.type === 'fill-in')).toHaveLength(3);
    expect(kept.filter((k) => k.type === 'true-false')).toHaveLength(3);
  });

  it('leave a small bank (a new source) alone', () => {
    const small = [...dates, ...dates.map((d) => ({ ...d, id: `${d.id}-typed`, type: 'fill-in' as const, options: null }))];
    expect(balanceModule(small)).toEqual(small);
  });
});
