import type { Source } from './sources';
import { splitSentences } from './text';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')})`;
const YEAR = '((?:19|20)\\d{2})';

/**
 * Explicit dates in prose, most precise first so a year inside "16 September 2023" is not read again:
 * "16 September 2023", "September 16, 2023", "September 2023", then a bare year. Digits that belong
 * to larger numbers ("13,289", "SC/14279") are not years.
 */
const DATE_PATTERNS: { re: RegExp; range: (m: RegExpExecArray) => [string, string] }[] = [
  { re: new RegExp(`\\b(\\d{1,2}) ${MONTH} ${YEAR}\\b`, 'g'), range: (m) => day(m[3]!, m[2]!, m[1]!) },
  { re: new RegExp(`\\b${MONTH} (\\d{1,2}), ${YEAR}\\b`, 'g'), range: (m) => day(m[3]!, m[1]!, m[2]!) },
  { re: new RegExp(`\\b${MONTH} ${YEAR}\\b`, 'g'), range: (m) => month(m[2]!, m[1]!) },
  { re: new RegExp(`(?<![\\d,./])${YEAR}(?![\\d,]\\d)`, 'g'), range: (m) => [`${m[1]}-01-01`, `${m[1]}-12-31`] },
];

function monthNumber(name: string): string {
  return String(MONTHS.indexOf(name.toLowerCase()) + 1).padStart(2, '0');
}
function day(year: string, monthName: string, d: string): [string, string] {
  const iso = `${year}-${monthNumber(monthName)}-${d.padStart(2, '0')}`;
  return [iso, iso];
}
function month(year: string, monthName: string): [string, string] {
  const m = monthNumber(monthName);
  return [`${year}-${m}-01`, `${year}-${m}-31`];
}

export type DateMention = { text: string; start: number; end: number; from: string; to: string };

/** Every explicit date in `text`, as the earliest and latest ISO day it can mean. */
export function listDateMentions(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const { re, range } of DATE_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      const [from, to] = range(m);
      found.push({ text: m[0], start, end, from, to });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Words that make a later date something the document set or expected rather than reported as done:
 * a deadline ("by 31 December 2023", "until"), a schedule ("would begin on", "was to", "set"), a plan.
 */
const FORWARD = /\b(would|will|shall|was to|were to|is to|are to|deadline|scheduled|planned|plans?|expected|due|set to|set)\b/i;
const DEADLINE_BEFORE = /\b(by|until|before|no later than)\s+(the\s+)?$/i;

export type NoteDateProblem = { passage: string; message: string };

/**
 * A course note summarises one document, so it cannot report as done anything dated after that
 * document. A passage may name a later date only as a deadline or schedule the document set.
 * Notes without a dated `document` (those resting on a `basis`) have nothing to compare with.
 */
export function listNoteDateProblems(source: Source): NoteDateProblem[] {
  if (source.kind !== 'course-note' || !source.document) return [];
  const documentDate = source.document.date;
  const problems: NoteDateProblem[] = [];
  for (const passage of source.passages) {
    for (const range of splitSentences(passage.text)) {
      const sentence = passage.text.slice(range.start, range.end);
      if (FORWARD.test(sentence)) continue;
      for (const mention of listDateMentions(sentence)) {
        if (mention.from <= documentDate) continue;
        if (DEADLINE_BEFORE.test(sentence.slice(0, mention.start))) continue;
        problems.push({
          passage: passage.id,
          message: `reports "${mention.text}" as done, but its document ("${source.document.title}") is dated ${documentDate}; move it to a note on a later document, or name its basis`,
        });
      }
    }
  }
  return problems;
}
