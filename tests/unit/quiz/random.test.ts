import { describe, expect, it } from 'vitest';
import { hashOrder, hashString, prefixedHash16 } from '@/lib/quiz/random';

const texts = ['', 'a', 'Bamako', 'United Nations', 'Ménaka', '2023', 'a much longer text with spaces, commas and “quotes”'];

describe('hashes read once per prefix', () => {
  it('prefixedHash16 gives the first four hex digits of hashString(prefix + text)', () => {
    for (const prefix of ['', 'q-1|', 'salt with spaces|']) {
      const hash = prefixedHash16(prefix);
      for (const t of texts) expect(hash(t)).toBe(Number.parseInt(hashString(`${prefix}${t}`).slice(0, 4), 16));
    }
  });

  it('hashOrder orders by the hex hash of salt|key', () => {
    const expected = [...texts].sort((a, b) => (hashString(`s|${a}`) < hashString(`s|${b}`) ? -1 : 1));
    expect(hashOrder(texts, (t) => t, 's')).toEqual(expected);
  });

  it('hashString is the same value on every machine (question ids depend on it)', () => {
    expect(hashString('Bamako')).toBe('18925400c1ca43');
    expect(hashString('Bamako')).not.toBe(hashString('Bamako', 1));
  });
});
