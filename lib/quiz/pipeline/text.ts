import { findQuote, normalizeText, splitSentences } from '../../content/text';
import { normalizeAnswer } from '../normalize';
import { memoised } from '../../memo';
import type { FactKind } from './input';

export const BLANK = '_____';
/** A word for how someone feels: its distractors must be feelings too. */
export const FEELING = /^(?:deeply |very |extremely )?(?:regret(?:s|ted)?|concern(?:ed)?|disappoint(?:ed|ment)|alarm(?:ed)?|welcome[sd]?|satisf(?:ied|action)|dismay(?:ed)?|anger|angry|outrage[d]?|hope(?:ful)?|worr(?:ied|y)|saddened|relie(?:f|ved)|pleased|shock(?:ed)?|regretful|grateful|proud|sorry)$/i;
/** Feelings offered beside a feeling when the corpus names too few. */
export const FEELINGS = ['concerned', 'pleased', 'relieved', 'alarmed', 'satisfied', 'hopeful'];
// Sentences that lean on the one before ("It said…", "A month later…") are unclear on their own.
export const PRONOUN_START = /^(?:It|He|She|They|This|These|That|Those|His|Her|Their|Its|We|I|But|And|Also|However|Both|There|Then|Instead|Later|Earlier|After that|A month later|A year later|In it|In response|As a result|So|Thus|Therefore|Still|Yet|Meanwhile|Such|Another|The other|Neither|Either|Numbers also|Furthermore|Moreover|Notably|Nevertheless|Besides|Again)\b/;
/** Words that point at something the student has not seen ("another report", "the committee", "the 49 soldiers", "the same ceiling"). */
export const NEEDS_ANTECEDENT = /\b(?:another report|the other report|the same (?:article|report)|the committee|then gave|reports then|(?:\w+ )(?:days?|weeks?|months?|years?) (?:earlier|later)|that (?:day|week|month|year)|the (?:next|following|previous|same) (?:day|week|month|year)|last (?:week|month|year|January|February|March|April|May|June|July|August|September|October|November|December)|the same (?:ceiling|figure|number|limit)|^One (?:says|report says|source says)|the \d[\d,]* [a-z]+s|the arrests|the international organi[sz]ation|the officers|the (?:mutiny|pact|charter|killings)|the UN report(?! on)|its own)\b/i;

/**
 * A statement shown on its own (true/false, "which are true?") must not lean on the sentence before:
 * no leading connective or pronoun, and no "it", "them", "those", "these", "they" or a place-"there"
 * outside quoted words ("The Council adopted it…", "One of those tasks…", "many people were killed there").
 */
export function leansOnContext(statement: string): boolean {
  const own = statement.replace(/[“"][^”"]*[”"]/g, '');
  return PRONOUN_START.test(statement) || NEEDS_ANTECEDENT.test(statement) || /\b(?:it|them|those|these|they)\b/i.test(own) || /\bthere\b(?! (?:is|are|was|were|has|have|had|will|would)\b)/i.test(own);
}

/** An answer folded for comparison (case, accents, number separators). */
export const fold = memoised(normalizeAnswer);
/** Text folded as findQuote folds it (quotes, dashes, spaces). */
export const foldText = memoised(normalizeText);
/** Same test as findQuote(text, value) !== null, with the folding memoised (it runs for every candidate). */
export function inText(text: string, value: string): boolean {
  const needle = foldText(value);
  return needle.length > 0 && foldText(text).includes(needle);
}

/** The verbatim passage text for `quote` (typographic quotes restored), or `quote` when not found. */
export function verbatim(passageText: string | undefined, quote: string): string {
  if (!passageText) return quote;
  const range = findQuote(passageText, quote);
  return range ? passageText.normalize('NFC').slice(range.start, range.end) : quote;
}

export function sentencesOf(text: string): string[] {
  return splitSentences(text).map((r) => text.slice(r.start, r.end).trim());
}

export function sentenceWith(text: string, value: string): string | null {
  return sentencesOf(text).find((s) => inText(s, value)) ?? null;
}

/** `sentence` with `answer` (inside `span`) replaced by a blank; null when the answer also shows elsewhere. */
export function blankOut(sentence: string, span: string, answer: string): string | null {
  const spanAt = findQuote(sentence, span);
  const base = sentence.normalize('NFC');
  const offset = spanAt ? spanAt.start : 0;
  const inSpan = findQuote(spanAt ? base.slice(spanAt.start, spanAt.end) : base, answer);
  if (!inSpan) return null;
  const start = offset + inSpan.start;
  const end = offset + inSpan.end;
  const out = `${base.slice(0, start)}${BLANK}${base.slice(end)}`;
  if (inText(out, answer)) return null;
  const surname = answer.split(' ').slice(-1)[0] as string;
  if (answer.includes(' ') && surname.length > 3 && new RegExp(`\\b${surname}\\b`).test(out)) return null;
  return out;
}

const LIST_KINDS = new Set<FactKind>(['country', 'person', 'place', 'organisation']);

/** "Chad, Bangladesh, and Egypt" → its items; other kinds (dates!) are one item. */
export function splitList(answer: string, kind: FactKind = 'country'): string[] {
  if (!LIST_KINDS.has(kind)) return [answer];
  const items = answer.split(/,\s*(?:and\s+)?|\s+and\s+/).map((s) => s.trim()).filter(Boolean);
  return items.length >= 2 ? items : [answer];
}

export function joinList(items: string[], like: string): string {
  if (items.length < 2) return items.join('');
  const oxford = /,\s+and\s/.test(like);
  return `${items.slice(0, -1).join(', ')}${oxford ? ',' : ''} and ${items[items.length - 1]}`;
}

export function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "Russia, China, the United States, Britain or France": blanking one member is a memory test of the list, not of the text. */
export function inList(sentence: string, value: string): boolean {
  const v = escapeRe(value);
  return new RegExp(`(?:, (?:the )?|\\b(?:and|or) (?:the )?)${v}\\b|\\b${v},? (?:and|or) [A-Z]|\\b${v}, [A-Z]`).test(sentence);
}

/** Both texts hold one word of six letters or more (a plural "s" aside) that `ignore` does not list. */
export function sharesLongWord(a: string, b: string, ignore: ReadonlySet<string> = new Set()): boolean {
  const words = (t: string) => new Set(fold(t).split(' ').filter((w) => w.length >= 6 && !ignore.has(w)).map((w) => w.replace(/s$/, '')));
  const of = words(a);
  return [...words(b)].some((w) => of.has(w));
}

/**
 * Folded texts indexed by word, to ask "does this phrase stand in them?" in time that does not grow with the
 * texts: each phrase is checked only where its rarest word stands.
 */
export function phraseIndex(texts: string[]): (phrase: string) => boolean {
  const words = texts.flatMap((t) => [...fold(t).split(' '), '']);
  const at = new Map<string, number[]>();
  words.forEach((w, i) => {
    if (!w) return;
    const list = at.get(w);
    if (list) list.push(i);
    else at.set(w, [i]);
  });
  return (phrase) => {
    const want = fold(phrase).split(' ').filter(Boolean);
    if (want.length === 0) return false;
    // Checked where its rarest word stands: "a plan to delay elections" is looked for at "delay", not at every "a".
    let pick = 0;
    for (let j = 1; j < want.length; j++) if ((at.get(want[j] as string)?.length ?? 0) < (at.get(want[pick] as string)?.length ?? 0)) pick = j;
    return (at.get(want[pick] as string) ?? []).some((i) => want.every((w, j) => words[i - pick + j] === w));
  };
}

/** The phrases of `phrases` (folded) that stand in `text`, found by scanning its words once. */
export function phrasesIn(text: string, phrases: Map<string, string[][]>): Set<string> {
  const words = fold(text).split(' ');
  const found = new Set<string>();
  words.forEach((w, i) => {
    for (const p of phrases.get(w) ?? []) if (p.every((x, j) => words[i + j] === x)) found.add(p.join(' '));
  });
  return found;
}
