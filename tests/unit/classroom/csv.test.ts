import { describe, expect, it } from 'vitest';
import { escapeCsvCell, toCsv } from '@/lib/classroom/csv';

describe('CSV cells', () => {
  it.each([
    ['=1+2', `"'=1+2"`],
    ['+SUM(A1)', `"'+SUM(A1)"`],
    ['-2+3', `"'-2+3"`],
    ['@cmd', `"'@cmd"`],
    ['\tTAB', `"'\tTAB"`],
    ['\rCR', `"'\rCR"`],
    ['=HYPERLINK("http://evil","x")', `"'=HYPERLINK(""http://evil"",""x"")"`],
  ])('neutralise a formula: %j', (input, expected) => {
    expect(escapeCsvCell(input)).toBe(expected);
  });

  it('quote ordinary text, commas, quotes and new lines', () => {
    expect(escapeCsvCell('Amina')).toBe('"Amina"');
    expect(escapeCsvCell('Traoré, A.')).toBe('"Traoré, A."');
    expect(escapeCsvCell('say "hi"')).toBe('"say ""hi"""');
    expect(escapeCsvCell('a\nb')).toBe('"a\nb"');
  });

  it('keep numbers as numbers and blanks empty', () => {
    expect(escapeCsvCell(0.5)).toBe('"0.5"');
    expect(escapeCsvCell(null)).toBe('""');
  });

  it('join rows with CRLF', () => {
    expect(toCsv([['a', 1], ['=b', null]])).toBe(`"a","1"\r\n"'=b",""\r\n`);
  });
});
