import { describe, expect, it } from 'vitest';
import { sameTypedAnswer, typedVariants } from '@/lib/quiz/normalize';

describe('typedVariants: forms of a typed answer listed for exports', () => {
  it('lists what a student is likely to type, and only forms the grader accepts', () => {
    expect(typedVariants('over 13,000')).toEqual(expect.arrayContaining(['13,000', '13000']));
    expect(typedVariants('second')).toContain('2nd');
    expect(typedVariants('30 June')).toContain('June 30');
    expect(typedVariants('June 30')).toContain('30 June');
    for (const answer of ['over 13,000', 'second', '30 June', 'six million', 'about 300', 'Bamako', '2023']) {
      for (const v of typedVariants(answer)) expect(sameTypedAnswer(v, answer), `${v} for ${answer}`).toBe(true);
    }
  });

  it('adds nothing to a name or a plain year', () => {
    expect(typedVariants('Bamako')).toEqual([]);
    expect(typedVariants('2023')).toEqual([]);
  });

  it('accepts the year with a date whose key has none, and refuses a wrong year', () => {
    expect(sameTypedAnswer('30 June 2023', 'June 30')).toBe(true);
    expect(sameTypedAnswer('June 30', 'June 30')).toBe(true);
    expect(sameTypedAnswer('30 June 2022', '30 June 2023')).toBe(false);
    expect(sameTypedAnswer('30 June', '30 June 2023')).toBe(false);
    expect(sameTypedAnswer('29 June 2023', 'June 30')).toBe(false);
  });
});
