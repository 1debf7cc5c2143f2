import { describe, expect, it } from 'vitest';
import { formatScore, formatScoreOutOf, hasPartialCredit } from '@/lib/classroom/format';

describe('scores for people', () => {
  it.each([
    [1.8333333333333333, '1.8'],
    [3.1666666666666665, '3.2'],
    [1.25, '1.3'],
    [2, '2'],
    [0, '0'],
    [0.04, '0'],
    [5.96, '6'],
  ])('%d shows as %s', (score, shown) => {
    expect(formatScore(score)).toBe(shown);
  });

  it('writes a score out of the maximum', () => {
    expect(formatScoreOutOf(1.8333333333333333, 6)).toBe('1.8 / 6');
  });

  it('says when partial credit is in play', () => {
    expect(hasPartialCredit(2, 3, null)).toBe(false);
    expect(hasPartialCredit(2, 1.5)).toBe(true);
  });
});
