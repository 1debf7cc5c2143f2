import { describe, expect, it } from 'vitest';
import { joinUrl, qrPath } from '@/lib/classroom/join-link';

describe('joinUrl', () => {
  it('links to /join with the formatted code, whatever the base path', () => {
    expect(joinUrl('https://cited.example', 'ABCDEF')).toBe('https://cited.example/join?code=ABC-DEF');
    expect(joinUrl('https://cited.example/app/', 'ABCDEF')).toBe('https://cited.example/join?code=ABC-DEF');
  });
});

describe('qrPath', () => {
  it('draws one square per dark module, inside a quiet zone of four', () => {
    const { size, d } = qrPath('https://cited.example/join?code=ABC-DEF');
    // A version 3 symbol (29 modules) holds this link at level M; plus 4 modules of margin each side.
    expect(size).toBe(29 + 8);
    const squares = [...d.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(squares.length).toBeGreaterThan(100);
    expect(squares.every(([x, y]) => x! >= 4 && y! >= 4 && x! < size - 4 && y! < size - 4)).toBe(true);
    // The top-left finder pattern: a dark 7-module row at the top of the symbol.
    for (let x = 4; x < 11; x++) expect(d).toContain(`M${x} 4h1v1h-1z`);
  });

  it('is the same for the same text', () => {
    expect(qrPath('x')).toEqual(qrPath('x'));
  });
});
