import { describe, expect, it } from 'vitest';
import { listBankStats } from '@/lib/quiz/stats';
import type { Question } from '@/lib/quiz/types';

const q = (id: string, module: string, over: Partial<Question>): Question => ({
  id, module, type: 'single-choice', stem: `Stem ${id}`, options: ['a', 'b', 'c'], answer: 'a', explanation: 'x',
  citations: [{ passage: 's#p1', quote: 'a' }], factKey: id, ...over,
});

describe('listBankStats', () => {
  it('counts answer kinds, skills, stems shared across modules and typed repeats of a choice sentence', () => {
    const [one] = listBankStats({
      modules: [
        { slug: 'one', title: 'One', objectives: ['o'], questions: [
          q('1', 'one', { answerKind: 'date', stem: 'Which date completes this sentence? “In _____, it began.”' }),
          q('2', 'one', { answerKind: 'cause', skill: 'understand', stem: 'Shared stem' }),
          q('3', 'one', { type: 'fill-in', options: null, answerKind: 'date', stem: 'Type the date that fills the blank: “In _____, it began.”', objective: 0 }),
          q('4', 'one', { stem: 'Unkinded', item: 'p|x' }),
          q('6', 'one', { stem: 'Put these events in order.', factKeys: ['a', 'b'], item: 'p|x' }),
        ] },
        { slug: 'two', title: 'Two', objectives: ['o'], questions: [q('5', 'two', { stem: 'Shared stem' }), q('7', 'two', { stem: 'Put these events in order.', factKeys: ['c'] })] },
      ],
    });
    expect(one?.kinds.date).toBe(0.4);
    expect(one?.kinds.cause).toBe(0.2);
    expect(one?.kinds.phrase).toBe(0.4);
    expect(one?.skills).toEqual({ recall: 0.8, understand: 0.2, analyse: 0 });
    expect(one?.items).toBe(4);
    expect(one?.stemsInOtherModules).toBe(1);
    expect(one?.typedRepeatingChoice).toBe(1);
    expect(one?.objectives).toEqual({ 0: 1, none: 4 });
  });
});
