import { memoised } from '../memo';

/**
 * Text matching shared by citation checks, quiz checks and highlighting.
 * Quotes, dashes and runs of white space differ between outlets and editors, so
 * matching folds them; everything else (letters, digits, accents) must match exactly.
 */

const SPACE = /\s/;

const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
  '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ', '\u2009': ' ',
};

/** Folds typographic quotes, dashes and spaces; keeps length 1:1 per code unit except collapsed spaces. */
export function normalizeText(text: string): string {
  return foldWithMap(text).folded;
}

/** Folded text plus, for each folded character, the index of the original character it came from (memoised: the generator folds each passage many times). */
const foldWithMap = memoised(foldUncached, 5000);

function foldUncached(text: string): { folded: string; map: number[] } {
  const source = text.normalize('NFC');
  let folded = '';
  const map: number[] = [];
  let lastWasSpace = true;
  for (let i = 0; i < source.length; i++) {
    const raw = source[i] as string;
    const ch = FOLD[raw] ?? raw;
    if (SPACE.test(ch)) {
      if (lastWasSpace) continue;
      folded += ' ';
      map.push(i);
      lastWasSpace = true;
    } else {
      folded += ch;
      map.push(i);
      lastWasSpace = false;
    }
  }
  if (folded.endsWith(' ')) {
    folded = folded.slice(0, -1);
    map.pop();
  }
  return { folded, map };
}

/**
 * Where `quote` stands in `text` (after folding), as offsets into the NFC form of `text`;
 * null when it is not there. Matching is case-sensitive: a citation is verbatim.
 */
export function findQuote(text: string, quote: string): { start: number; end: number } | null {
  const needle = normalizeText(quote);
  if (!needle) return null;
  const { folded, map } = foldWithMap(text);
  const at = folded.indexOf(needle);
  if (at < 0) return null;
  const start = map[at] as number;
  const end = (map[at + needle.length - 1] as number) + 1;
  return { start, end };
}

export function containsQuote(text: string, quote: string): boolean {
  return findQuote(text, quote) !== null;
}

const ABBREVIATIONS = /(?:\b(?:U\.N|U\.S|Mr|Mrs|Ms|Dr|Col|Gen|Lt|St|No|vs|e\.g|i\.e|Jan|Feb|Aug|Sept?|Oct|Nov|Dec))\.$/;

/**
 * Splits prose into sentences: [start, end) ranges. A sentence ends at . ! or ? (plus closing
 * quotes or brackets) followed by white space and a capital, digit or opening quote.
 */
export function splitSentences(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  const boundary = /[.!?]["'\u201D\u2019)\]]*(?=\s+["'\u201C\u2018(\[]?[A-Z0-9\u00C0-\u024F])/g;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    if (ABBREVIATIONS.test(text.slice(Math.max(0, end - 6), end))) continue;
    ranges.push({ start, end });
    start = end;
    while (start < text.length && /\s/.test(text[start] as string)) start++;
  }
  if (text.slice(start).trim()) ranges.push({ start, end: text.length });
  return ranges;
}

/** Offsets just after each occurrence of a `sic` word, in order: where a reader shows "[sic]". */
export function listSicOffsets(text: string, words: readonly string[]): number[] {
  const offsets = new Set<number>();
  for (const word of words) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) offsets.add(at + word.length);
  }
  return [...offsets].sort((a, b) => a - b);
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
