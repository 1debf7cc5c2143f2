import { describe, expect, it } from 'vitest';
import { findLookAlikes, nameKey } from '@/lib/classroom/names';

describe('nameKey', () => {
  it('ignores case, accents, punctuation, invisible characters and runs of whitespace', () => {
    const same = ['Ána  Bâ.', 'ana ba', 'ANA BA.', ' Ana\u00a0Ba ', 'Ana\u200b Ba', 'Ana-Ba', 'ＡＮＡ ＢＡ'];
    expect(new Set(same.map(nameKey))).toEqual(new Set(['ana ba']));
  });

  it('keeps names that read differently apart', () => {
    const different = ['Ana Ba', 'Ana Bo', 'Anab A', 'Ana', 'Aïssata', 'Aissa'];
    expect(new Set(different.map(nameKey)).size).toBe(different.length);
  });

  it('gives a name of only symbols a key of its own', () => {
    expect(nameKey('★')).toBe('★');
    expect(nameKey('★')).not.toBe(nameKey('☆'));
  });
});

describe('findLookAlikes', () => {
  it('numbers only the students whose names look alike, in roster order', () => {
    const marks = findLookAlikes([
      { id: 'a', displayName: 'Ana B.' },
      { id: 'b', displayName: 'Moussa' },
      { id: 'c', displayName: 'ana b' },
    ]);
    expect([...marks]).toEqual([
      ['a', 1],
      ['c', 2],
    ]);
  });
});
