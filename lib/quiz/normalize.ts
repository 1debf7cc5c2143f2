import { normalizeText } from '../content/text';

/**
 * Folds a typed answer for comparison: case, accents, typographic quotes and dashes, thousands
 * separators ("13,000" = "13 000" = "13000"), punctuation, a leading "the", extra spaces.
 */
export function normalizeAnswer(text: string): string {
  let t = normalizeText(text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
  for (let i = 0; i < 4; i++) t = t.replace(/(\d)[,\s\u00A0\u202F\u2009'](\d{3})(?!\d)/g, '$1$2');
  t = t.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return t.replace(/^the /, '');
}

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };

/** The value of a number written in digits ("13,000", "15 000", "6.5 million") or words ("nine", "six million"); null otherwise. */
export function parseNumber(text: string): number | null {
  const t = text.trim().toLowerCase().replace(/[\u00A0\u202F\u2009]/g, ' ');
  const digits = /^(\d{1,3}(?:[, ]\d{3})+|\d+(?:\.\d+)?)(?:\s+(hundred|thousand|million|billion))?$/.exec(t);
  if (digits) {
    const value = Number((digits[1] as string).replace(/[, ]/g, ''));
    return digits[2] ? value * (SCALES[digits[2]] as number) : value;
  }
  let total = 0;
  let current = 0;
  const words = t.split(/[\s-]+/).filter((w) => w !== 'and');
  if (words.length === 0) return null;
  for (const w of words) {
    const unit = UNITS.indexOf(w);
    const ten = TENS.indexOf(w);
    if (unit >= 0) current += unit;
    else if (ten >= 2) current += ten * 10;
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w in SCALES) {
      total += (current || 1) * (SCALES[w] as number);
      current = 0;
    } else return null;
  }
  return total + current;
}

/** How a number is written, so a distractor can be written the same way. */
export type NumberStyle = { words: boolean; separator: string; scale: string | null };

export function numberStyle(text: string): NumberStyle {
  const t = text.trim();
  const scale = /\b(thousand|million|billion)$/i.exec(t)?.[1]?.toLowerCase() ?? null;
  if (!/\d/.test(t)) return { words: true, separator: '', scale };
  const sep = /\d([, \u00A0\u202F])\d{3}/.exec(t)?.[1] ?? (/^\d{4,}$/.test(t) ? '' : ',');
  return { words: false, separator: sep, scale };
}

function numberToWords(n: number): string | null {
  if (!Number.isInteger(n) || n < 0 || n >= 100) return null;
  if (n < 20) return UNITS[n] as string;
  const ten = TENS[Math.floor(n / 10)] as string;
  return n % 10 ? `${ten}-${UNITS[n % 10]}` : ten;
}

/** Writes `value` in `style`; null when it cannot be written that way (e.g. 13000 in words). */
export function formatNumber(value: number, style: NumberStyle): string | null {
  if (style.scale) {
    const base = value / (SCALES[style.scale] as number);
    if (!Number.isInteger(base * 10)) return null;
    const head = style.words ? numberToWords(base) : String(base);
    return head ? `${head} ${style.scale}` : null;
  }
  if (style.words) return numberToWords(value);
  if (!Number.isInteger(value)) return String(value);
  const plain = String(value);
  if (!style.separator || value < 1000) return plain;
  return plain.replace(/\B(?=(\d{3})+(?!\d))/g, style.separator);
}

const ORDINAL_WORDS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** "2nd", "15th": a figure with an ordinal ending. */
const ORDINAL_FIGURE = /\b(\d{1,2})(?:st|nd|rd|th)\b/g;
const HEDGES = /^(?:over|more than|about|around|some|nearly|almost|at least|roughly|approximately) /;

/** A date typed in any common way ("15 Dec 2021", "December 15th, 2021", "30 June") as "d m y"; null otherwise. */
function typedDate(folded: string): string | null {
  const month = (w: string) => MONTH_NAMES.findIndex((m) => w.length >= 3 && m.startsWith(w === 'sept' ? 'sep' : w)) + 1;
  const t = folded.replace(ORDINAL_FIGURE, '$1').split(' ');
  let d: string | undefined, m: number | undefined, y: string | undefined;
  for (const w of t) {
    if (/^\d{4}$/.test(w) && !y) y = w;
    else if (/^\d{1,2}$/.test(w) && !d) d = w;
    else if (/^[a-z]+$/.test(w) && month(w) && !m) m = month(w);
    else if (w !== 'of' && w !== 'on') return null;
  }
  return m && (d || y) ? `${d ?? '-'} ${m} ${y ?? '-'}` : null;
}

/**
 * Whether a typed answer says what the key says (issue 11: typed answers rejected when right): the same text once
 * normalised; or, for a key that is a number, the same value ("6 million" = "six million", a leading "over" or
 * "about" aside); a date in either order, with the month shortened or a "th" ("15 Dec 2021" = "December 15, 2021");
 * an ordinal as a word or a figure ("2nd" = "second").
 */
export function sameTypedAnswer(given: string, key: string): boolean {
  const [a, b] = [normalizeAnswer(given), normalizeAnswer(key)];
  if (!a) return false;
  if (a === b) return true;
  const ordinal = (t: string) => t.replace(ORDINAL_FIGURE, (_, n: string) => ORDINAL_WORDS[Number(n)] ?? n);
  if (ordinal(a) === ordinal(b)) return true;
  const [na, nb] = [parseNumber(a.replace(HEDGES, '')), parseNumber(b.replace(HEDGES, ''))];
  if (na !== null && nb !== null) return na === nb;
  const [da, db] = [typedDate(a), typedDate(b)];
  if (da === null || db === null) return false;
  // A key without a year ("June 30") accepts the day and month with the right year or none ("30 June 2023").
  const [ga, ka] = [da.split(' '), db.split(' ')];
  return ga[0] === ka[0] && ga[1] === ka[1] && (ga[2] === ka[2] || ka[2] === '-');
}

/**
 * Spellings of a typed answer that `sameTypedAnswer` accepts and a student is likely to type, listed so that an
 * export to another system (an LMS compares strings) accepts them too: the figure without its hedge ("13,000"
 * and "13000" for "over 13,000"), an ordinal as a figure ("2nd" for "second"), a day and month the other way
 * round ("June 30" for "30 June"). Only forms the grader itself accepts.
 */
export function typedVariants(answer: string): string[] {
  const out: string[] = [];
  const bare = answer.replace(new RegExp(HEDGES.source, 'i'), '');
  if (bare !== answer) out.push(bare);
  const n = parseNumber(normalizeAnswer(bare));
  // A figure with separators or a hedge ("13,000", "over 300"), not a year.
  if (n !== null && /\d/.test(bare) && (bare !== answer || /\d[, ]\d/.test(bare))) out.push(String(n), n.toLocaleString('en-GB'));
  const ordinal = ORDINAL_WORDS.indexOf(answer.trim().toLowerCase());
  if (ordinal > 0) out.push(`${ordinal}${ordinal === 1 ? 'st' : ordinal === 2 ? 'nd' : ordinal === 3 ? 'rd' : 'th'}`);
  const dayMonth = /^(\d{1,2}) ([A-Za-z]+)$/.exec(answer.trim());
  const monthDay = /^([A-Za-z]+) (\d{1,2})$/.exec(answer.trim());
  if (dayMonth && MONTH_NAMES.includes(dayMonth[2]!.toLowerCase())) out.push(`${dayMonth[2]} ${dayMonth[1]}`);
  if (monthDay && MONTH_NAMES.includes(monthDay[1]!.toLowerCase())) out.push(`${monthDay[2]} ${monthDay[1]}`);
  return [...new Set(out)].filter((v) => v !== answer && sameTypedAnswer(v, answer));
}
