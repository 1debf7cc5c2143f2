import { describe, expect, it } from 'vitest';
import { findQuote, normalizeText, splitSentences } from '@/lib/content/text';

describe('findQuote', () => {
  it('matches across typographic quotes, dashes and spaces but not letters', () => {
    const text = 'Mali’s Foreign Minister said “without delay” – twice.';
    expect(findQuote(text, "Mali's Foreign Minister")).toEqual({ start: 0, end: 23 });
    expect(findQuote(text, 'said "without delay" - twice')).not.toBeNull();
    expect(findQuote(text, 'said  "without delay"')).not.toBeNull();
    expect(findQuote(text, 'without deley')).toBeNull();
    expect(findQuote(text, 'WITHOUT DELAY')).toBeNull();
  });

  it('returns offsets into the original text', () => {
    const text = 'some 15 000 troops and police';
    const r = findQuote(text, '15 000 troops')!;
    expect(text.slice(r.start, r.end)).toBe('15 000 troops');
  });

  it('never matches an empty quote', () => {
    expect(findQuote('abc', '  ')).toBeNull();
    expect(normalizeText('  a \n b ')).toBe('a b');
  });
});

describe('splitSentences', () => {
  it('splits on sentence ends but not inside abbreviations', () => {
    const text = 'The U.N. mission came in 2013. It left in 2023! Why? Mr. Diop said so.';
    const parts = splitSentences(text).map((r) => text.slice(r.start, r.end));
    expect(parts).toEqual(['The U.N. mission came in 2013.', 'It left in 2023!', 'Why?', 'Mr. Diop said so.']);
  });
});
