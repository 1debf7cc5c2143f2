import { parseNumber } from '../normalize';
import type { Question } from '../types';
import { orgGroup } from './distractors';
import { BLANK, FEELING, fold } from './text';

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** The quoted sentence of a cloze stem, or null when the stem has no blank. */
function clozeOf(stem: string): string | null {
  if (!stem.includes(BLANK)) return null;
  return /“([^”]*_____[^”]*)”/.exec(stem)?.[1] ?? stem;
}

/** How many items a list such as "2020 and 2021" or "Mali, Burkina Faso and Niger" has at the start of `text`. */
function leadingListLength(text: string): number {
  const item = String.raw`(?:\d{4}|[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)`;
  const m = new RegExp(String.raw`^(${item}(?:, ${item})*,? and ${item})\b`).exec(text);
  return m ? (m[1] as string).split(/, and |, | and /).length : 0;
}

/**
 * A blank the rest of the sentence gives away (issue 11, point 4): a count the sentence lists
 * ("_____ separate coups in 2020 and 2021"), the answer's name elsewhere in the sentence, or the
 * answer's word stem beside the blank ("_____ … peacekeepers" for "peacekeeping").
 */
export function listGiveawayProblems(question: Question): string[] {
  const cloze = clozeOf(question.stem);
  if (cloze === null || typeof question.answer !== 'string') return [];
  const problems: string[] = [];
  const answer = question.answer;
  const n = parseNumber(answer) ?? (NUMBER_WORDS.includes(answer.toLowerCase()) ? NUMBER_WORDS.indexOf(answer.toLowerCase()) : null);
  const after = cloze.slice(cloze.indexOf(BLANK) + BLANK.length);
  if (n !== null && n >= 2 && n <= 10) {
    // The words after the blank up to the clause's end: "separate coups in 2020 and 2021".
    const clause = (/^[^.;]*/.exec(after)?.[0] ?? '').split(/\b(?:in|on|at|of|:|—|–|,? namely|,? including)\s+/);
    if (clause.slice(1).some((part) => leadingListLength(part) === n)) problems.push(`the sentence counts the answer "${answer}" itself: it lists ${n} items`);
  }
  const rest = fold(cloze.replace(BLANK, ' '));
  const words = rest.split(' ');
  // Only names: a common word of the answer ("Council", "of") in the sentence gives nothing away.
  for (const w of answer.split(/\s+/).filter((x) => /^\p{Lu}/u.test(x) && x.length > 3)) {
    if (words.includes(fold(w))) {
      problems.push(`the sentence names "${w}", part of the answer "${answer}"`);
      break;
    }
  }
  // Set phrases any reader completes: "a permanent member of the _____", "Russia's war in _____".
  if (/\bpermanent members? of the _____|\bRussia['’]s war in _____/.test(cloze)) problems.push('the blank ends a set phrase anyone can complete');
  // "UN" in the stem or the source's title shown in it gives away a blank for "United Nations".
  const capitals = answer.split(/\s+/).filter((x) => /^\p{Lu}/u.test(x));
  const acronym = capitals.map((x) => x.charAt(0)).join('');
  if (capitals.length >= 2 && capitals.length === answer.split(/\s+/).length && new RegExp(`\\b${acronym}\\b`).test(question.stem)) {
    problems.push(`the stem has "${acronym}", the answer "${answer}" in short`);
  }
  if (!/\s/.test(answer) && n === null && answer.length >= 6) {
    const stemOf = fold(answer).slice(0, Math.max(5, answer.length - 3));
    if (words.some((w) => w.startsWith(stemOf) && w !== fold(answer))) problems.push(`the sentence has the answer's word stem "${stemOf}"`);
  }
  return problems;
}

/**
 * A definition that repeats the term's own words gives it away ("keep or build peace" for peacekeeping, "a
 * private company that sells military services" for private military contractor, "defend each other" for a
 * mutual-defence pact): a word of four letters or more of the term and of the definition that share their first
 * five letters, or one inside the other.
 */
export function listConceptProblems(question: Question): string[] {
  if (question.answerKind !== 'concept' || typeof question.answer !== 'string') return [];
  const definition = /“([^”]+)”/.exec(question.stem)?.[1];
  if (!definition) return [];
  const words = (t: string) => fold(t).split(/[\s-]+/).filter((w) => w.length >= 4);
  const shared = words(question.answer).find((w) => words(definition).some((d) => w === d || (w.length >= 5 && d.length >= 5 && w.slice(0, 5) === d.slice(0, 5)) || w.includes(d) || d.includes(w)));
  return shared ? [`the definition repeats "${shared}", a word of the term "${question.answer}"`] : [];
}

const ORG_WORD = /\b(?:Council|Union|Nations|Ministry|Group|Agency|Force|Forces|Mission|Organisation|Organization|Community|Alliance|Office|Committee|Court|Bank|Party|Front|Movement|Army|Government|Assembly|Watch|International|ECOWAS|MINUSMA|AES|UN|EU|AU)\b/;
const looksOrganisation = (t: string) => ORG_WORD.test(t) || /^[A-Z]{2,}$/.test(t) || orgGroup(t) !== 'public';

/**
 * Distractors of the answer's semantic kind (issue 11, point 4): a person among people, never an
 * organisation; a feeling among feelings; numbers within a plausible range of the answer, and a
 * range the stem names holding more than one option.
 */
export function listKindProblems(question: Question): string[] {
  if (!question.options || typeof question.answer !== 'string' || question.type === 'true-false' || question.type === 'ordering' || question.type === 'matching') return [];
  const answer = question.answer;
  const others = question.options.filter((o) => o !== answer);
  const problems: string[] = [];
  if (question.answerKind === 'name' && !looksOrganisation(answer)) {
    for (const o of others) if (looksOrganisation(o)) problems.push(`an organisation "${o}" among people`);
  }
  if (FEELING.test(answer)) {
    for (const o of others) if (!FEELING.test(o)) problems.push(`"${o}" is no feeling, beside the feeling "${answer}"`);
  }
  if (question.answerKind === 'number') {
    const value = parseNumber(answer);
    if (value !== null && value > 0) {
      for (const o of others) {
        const n = parseNumber(o);
        if (n !== null && (n / value > 5 || value / n > 5)) problems.push(`"${o}" is out of range for ${answer}`);
      }
      const range = /\bbetween (\d[\d,]*\d|\d) and (\d[\d,]*\d|\d)/i.exec(question.stem);
      const lo = range ? parseNumber(range[1] as string) : null;
      const hi = range ? parseNumber(range[2] as string) : null;
      if (lo !== null && hi !== null) {
        const inRange = question.options.filter((o) => {
          const x = parseNumber(o);
          return x !== null && x >= lo && x <= hi;
        });
        if (inRange.length === 1) problems.push(`only one option lies between ${range?.[1]} and ${range?.[2]}`);
      }
    }
  }
  return problems;
}

/** The years a module teaches: the span of its date answers, widened by `slack` years each side. */
export function moduleSpans(questions: Question[], slack = 2): Map<string, [number, number]> {
  const spans = new Map<string, [number, number]>();
  for (const q of questions) {
    if (q.answerKind !== 'date' || typeof q.answer !== 'string') continue;
    const y = /\b(\d{4})\b/.exec(q.answer)?.[1];
    if (!y) continue;
    const s = spans.get(q.module) ?? [Number(y), Number(y)];
    spans.set(q.module, [Math.min(s[0], Number(y)), Math.max(s[1], Number(y))]);
  }
  for (const [m, [a, b]] of spans) spans.set(m, [a - slack, b + slack]);
  return spans;
}

/** Year and date distractors outside the module's time span ("2032" for a 2023 event in a 2012–2025 module). */
export function listSpanProblems(questions: Question[]): { question: string; module: string; message: string }[] {
  const spans = moduleSpans(questions);
  const out: { question: string; module: string; message: string }[] = [];
  for (const q of questions) {
    const span = spans.get(q.module);
    if (!span || q.answerKind !== 'date' || !q.options || q.type === 'true-false') continue;
    for (const o of q.options) {
      const y = /\b(\d{4})\b/.exec(o)?.[1];
      if (y && (Number(y) < span[0] || Number(y) > span[1])) {
        out.push({ question: q.id, module: q.module, message: `option "${o}" lies outside the module's years ${span[0]}–${span[1]}` });
      }
    }
  }
  return out;
}

const HEDGE = String.raw`(?:over|more than|at least|nearly|almost|about|around|roughly|approximately|some|up to|fewer than|less than|under)`;
const MONTH_YEAR = /\b(January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})\b/;

/**
 * Keys that another reading makes wrong (issue 11, point 2): a false statement that swaps a hedged number ("over
 * 13,000" → "over 11,200" is still true); a matching whose description of one prompt is also true of another (a
 * passage naming both), or whose dates share a month when one is only a month ("June 2023" also fits 30 June 2023).
 */
export function listKeyProblems(question: Question): string[] {
  const problems: string[] = [];
  // The statements a student judges: a true/false stem, or the options of "which of these are true?".
  const statements = question.type === 'true-false' && question.answer === 'False' ? [question.stem] : question.type === 'multiple-select' ? (question.options ?? []) : [];
  for (const e of question.evidence ?? []) {
    if (e.expect !== 'unsupported') continue;
    const swapped = e.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (statements.some((t) => new RegExp(String.raw`\b${HEDGE}\s+${swapped}`, 'i').test(t))) problems.push(`"${e.text}" follows a hedge ("over", "about"…), so the false statement may still be true`);
  }
  if (question.type === 'matching' && question.prompts) {
    const prompts = question.prompts;
    // What a country or organisation did may be true of another the same passage names; a person's role (the
    // words beside their name) is theirs alone.
    if (question.answerKind === 'place') prompts.forEach((p, i) => {
      prompts.forEach((other, j) => {
        const quote = question.citations[j]?.quote ?? '';
        if (i !== j && p.length > 2 && fold(quote).includes(fold(p))) problems.push(`the passage for "${other}" also names "${p}", so its description may fit both`);
      });
    });
    const months = prompts.map((p) => MONTH_YEAR.exec(p));
    months.forEach((m, i) => {
      months.forEach((n, j) => {
        if (i < j && m && n && m[0] === n[0] && (fold(prompts[i] as string) === fold(m[0]) || fold(prompts[j] as string) === fold(n[0]))) {
          problems.push(`"${prompts[i]}" and "${prompts[j]}" share a month, and one names only the month`);
        }
      });
    });
  }
  return problems;
}
