import { describe, expect, it } from 'vitest';
import { JOIN_CODE_ALPHABET, formatCode, generateCode, isWellFormedCode, normalizeCode } from '@/lib/classroom/codes';
import { joinCodeSchema, rejoinCodeSchema } from '@/lib/classroom/schemas';

describe('join codes', () => {
  it('never use characters that are ambiguous when read aloud', () => {
    for (const ch of ['0', 'O', '1', 'l', 'I', 'L']) expect(JOIN_CODE_ALPHABET).not.toContain(ch);
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(JOIN_CODE_ALPHABET.length);
  });

  it('are six characters from the alphabet, and vary', () => {
    const codes = new Set(Array.from({ length: 500 }, () => generateCode()));
    expect(codes.size).toBeGreaterThan(495);
    for (const c of codes) expect(isWellFormedCode(c, 6)).toBe(true);
  });

  it('use every character of the alphabet without bias from the byte source', () => {
    // Bytes 248..255 would bias the modulo towards the first 8 characters; they must be skipped.
    let i = 0;
    const bytes = (n: number) => Uint8Array.from({ length: n }, () => (i++ % 2 === 0 ? 255 : 31 * 3 + 2));
    expect(generateCode(4, bytes)).toBe(JOIN_CODE_ALPHABET[2]!.repeat(4));
  });

  it('accept lower case, spaces and dashes from students', () => {
    expect(normalizeCode(' abc-d e f ')).toBe('ABCDEF');
    expect(joinCodeSchema.parse('k7m-x2p')).toBe('K7MX2P');
    expect(formatCode('K7MX2P')).toBe('K7M-X2P');
  });

  it('reject codes of the wrong length or with ambiguous characters', () => {
    expect(joinCodeSchema.safeParse('ABCDE').success).toBe(false);
    expect(joinCodeSchema.safeParse('ABCDE0').success).toBe(false);
    expect(joinCodeSchema.safeParse('ABCDEI').success).toBe(false);
    expect(rejoinCodeSchema.safeParse('ABCDEF').success).toBe(false);
    expect(rejoinCodeSchema.safeParse('ABCD-EFGH').success).toBe(true);
  });
});
