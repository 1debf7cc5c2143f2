import { findQuote } from '../content/text';
import { splitPair } from './grade';
import { normalizeAnswer } from './normalize';
import { listConceptProblems, listGiveawayProblems, listKeyProblems, listKindProblems, listSpanProblems } from './pipeline/fairness';
import { isDeep, isRecall, MAX_RECALL_SHARE, MIN_DEEP_SHARE, MIN_PER_OBJECTIVE } from './pipeline/balance';
import type { RejectedPhrase } from './pipeline/input';
import type { Question, QuestionPart } from './types';

export type QuestionProblem = { question: string; module: string; message: string };

/** Types whose options are values (names, years…) that a citation quote either contains or not. */
const VALUE_OPTION_TYPES = new Set(['single-choice', 'who-said', 'multiple-select']);
const NEEDS_OPTIONS = new Set(['single-choice', 'multiple-select', 'who-said', 'matching', 'ordering']);

const inQuote = (quote: string, text: string) => findQuote(quote, text) !== null;

/**
 * Checks one question against the passages it cites; returns every problem (empty when sound).
 * `passageText` looks a passage up by id. These are the build-failing checks: a quote that is not
 * verbatim in its passage, an answer its quotes do not support, a distractor they do support,
 * repeated options, too few options, an answer given away by the stem.
 */
export function listQuestionProblems(question: Question, passageText: (id: string) => string | null): QuestionProblem[] {
  const problems: string[] = [];
  const quotes = question.citations.map((c) => c.quote);
  question.citations.forEach((c, i) => {
    const text = passageText(c.passage);
    if (text === null) problems.push(`citation ${i + 1} names unknown passage ${c.passage}`);
    else if (!inQuote(text, c.quote)) problems.push(`citation ${i + 1} quote is not in ${c.passage}: "${c.quote}"`);
  });
  const answers = Array.isArray(question.answer) ? question.answer : [question.answer];
  const options = question.options;

  if (question.type === 'fill-in') {
    if (options !== null) problems.push('a fill-in question has no options');
  } else if (!options) {
    problems.push(`a ${question.type} question needs options`);
  } else {
    const folded = options.map(normalizeAnswer);
    if (new Set(folded).size !== folded.length) problems.push(`options repeat: ${options.join(' | ')}`);
    if (question.type === 'true-false') {
      if (options.length !== 2) problems.push('a true/false question has exactly two options');
    } else if (NEEDS_OPTIONS.has(question.type) && options.length < 3) {
      problems.push(`only ${options.length} options`);
    }
    if (question.type !== 'matching') {
      for (const a of answers) if (!options.includes(a)) problems.push(`answer "${a}" is not one of the options`);
    }
    if (question.type === 'ordering' && answers.length !== options.length) problems.push('an ordering answer lists every option');
  }

  if (!question.evidence) {
    if (question.type === 'fill-in' || VALUE_OPTION_TYPES.has(question.type)) {
      for (const a of answers) {
        if (!quotes.some((q) => inQuote(q, a))) problems.push(`answer "${a}" is not supported by any cited quote`);
      }
      for (const o of options ?? []) {
        if (!answers.includes(o) && quotes.some((q) => inQuote(q, o))) problems.push(`distractor "${o}" is also supported by a cited quote`);
      }
    } else if (question.type === 'matching') {
      for (const pair of answers) {
        const [left] = splitPair(pair);
        if (!quotes.some((q) => inQuote(q, left))) problems.push(`matched item "${left}" is not in any cited quote`);
      }
    } else {
      problems.push(`a ${question.type} question lists the evidence its citations must support`);
    }
  }
  for (const e of question.evidence ?? []) {
    const quote = quotes[e.citation];
    if (quote === undefined) problems.push(`evidence names citation ${e.citation + 1}, which does not exist`);
    else if (e.expect === 'supported' && !inQuote(quote, e.text)) problems.push(`"${e.text}" is not supported by citation ${e.citation + 1}`);
    else if (e.expect === 'unsupported' && inQuote(quote, e.text)) problems.push(`"${e.text}" is meant to be false but citation ${e.citation + 1} supports it`);
  }

  if (question.parts) problems.push(...listPartProblems(question, question.parts, passageText));
  problems.push(...listFairnessProblems(question));

  if (question.type === 'single-choice' || question.type === 'fill-in' || question.type === 'who-said' || question.type === 'multiple-select') {
    const stem = ` ${normalizeAnswer(question.stem)} `;
    for (const a of answers) if (stem.includes(` ${normalizeAnswer(a)} `)) problems.push(`the stem gives the answer "${a}" away`);
  }
  return problems.map((message) => ({ question: question.id, module: question.module, message }));
}

export type BankCheckContext = {
  rejected?: RejectedPhrase[];
  /** Each module's number of objectives: adds the balance checks (listBalanceProblems). */
  objectives?: Record<string, number>;
};

/**
 * Balance of each module's bank (issue 11): at most half the questions answer with a date, number
 * or name, at least 30% are cause, concept, source-work or evidence items, and every objective has
 * at least three questions.
 */
export function listBalanceProblems(questions: Question[], objectives: Record<string, number>): QuestionProblem[] {
  const problems: QuestionProblem[] = [];
  for (const [module, count] of Object.entries(objectives)) {
    const own = questions.filter((q) => q.module === module);
    if (own.length === 0) continue;
    const problem = (message: string) => problems.push({ question: '-', module, message });
    const recall = own.filter(isRecall).length / own.length;
    const deep = own.filter(isDeep).length / own.length;
    if (recall > MAX_RECALL_SHARE) problem(`${Math.round(recall * 100)}% of the questions answer with a date, number or name (at most ${MAX_RECALL_SHARE * 100}%)`);
    if (deep < MIN_DEEP_SHARE) problem(`${Math.round(deep * 100)}% are cause, concept, source-work or evidence items (at least ${MIN_DEEP_SHARE * 100}%)`);
    for (let o = 0; o < count; o++) {
      const n = own.filter((q) => q.objective === o).length;
      if (n < MIN_PER_OBJECTIVE) problem(`objective ${o + 1} has ${n} question${n === 1 ? '' : 's'} (at least ${MIN_PER_OBJECTIVE})`);
    }
  }
  return problems;
}

/** A question that cites words the course rejects keys a wrong claim, unless it is source work about that claim. */
function listRejectedKeys(question: Question, rejected: RejectedPhrase[]): string[] {
  if (question.answerKind === 'source') return [];
  return rejected
    .filter((r) => question.citations.some((c) => inQuote(c.quote, r.phrase)))
    .map((r) => `cites words the course rejects "${r.phrase}" (settled by ${r.settledBy}): a disputed claim is never a key`);
}

/** A stem must stand alone: no "another report", "the committee" or "then" pointing at unseen text. */
const LEANS_ON_UNSEEN = /\b(?:another report|the other report|the same (?:article|report)|the committee|then gave|reports then|(?:\w+ )(?:days?|weeks?|months?|years?) (?:earlier|later)|that (?:day|week|month|year)|the (?:next|following|previous|same) (?:day|week|month|year)|last (?:week|month|year|January|February|March|April|May|June|July|August|September|October|November|December))\b/i;

/**
 * Fairness checks that need only the question (issue 11, point 4): a stem that leans on unseen
 * text, and a who-said quote that names its speaker.
 */
export function listFairnessProblems(question: Question): string[] {
  const problems: string[] = [];
  const shown = question.stem.replace(/^True or false\? /, '');
  // Source work quotes a claim on purpose; a stem that says "According to X" names its own source.
  if (question.answerKind !== 'source' && LEANS_ON_UNSEEN.test(shown)) problems.push(`the stem leans on text the student has not seen: "${LEANS_ON_UNSEEN.exec(shown)?.[0]}"`);
  if (question.type === 'who-said' && typeof question.answer === 'string') {
    const names = question.answer.split(' ').filter((w) => w.length > 2);
    const quoted = /“([^”]*)”/.exec(question.stem)?.[1] ?? '';
    if (names.some((n) => new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(quoted))) problems.push('the quote names its speaker');
  }
  problems.push(...listGiveawayProblems(question), ...listKindProblems(question), ...listKeyProblems(question), ...listConceptProblems(question));
  return problems;
}

/**
 * The proof part of a two-part item: its answer is the sentence its citation quotes, verbatim in
 * the passage, and holds the first part's answer; no other option holds it.
 */
function listPartProblems(question: Question, part: QuestionPart, passageText: (id: string) => string | null): string[] {
  const problems: string[] = [];
  const answer = typeof question.answer === 'string' ? question.answer : null;
  if (new Set(part.options).size !== part.options.length) problems.push('proof options repeat');
  if (part.options.length < 3) problems.push(`only ${part.options.length} proof options`);
  if (!part.options.includes(part.answer)) problems.push('the proof is not one of the proof options');
  for (const c of part.citations) {
    const text = passageText(c.passage);
    if (text === null || !inQuote(text, c.quote)) problems.push(`proof citation is not in ${c.passage}`);
  }
  if (!part.citations.some((c) => inQuote(c.quote, part.answer))) problems.push('the proof is not what its citation quotes');
  if (answer && !inQuote(part.answer, answer)) problems.push(`the proof does not hold the answer "${answer}"`);
  for (const o of part.options) if (o !== part.answer && answer && inQuote(o, answer)) problems.push(`wrong proof "${o}" also holds the answer`);
  return problems;
}

/** Problems of every question in a bank; `context.rejected` adds the no-wrong-key check. */
export function listBankProblems(questions: Question[], passageText: (id: string) => string | null, context: BankCheckContext = {}): QuestionProblem[] {
  const problems = questions.flatMap((q) => [
    ...listQuestionProblems(q, passageText),
    ...listRejectedKeys(q, context.rejected ?? []).map((message) => ({ question: q.id, module: q.module, message })),
  ]);
  problems.push(...listSpanProblems(questions));
  if (context.objectives) problems.push(...listBalanceProblems(questions, context.objectives));
  const seen = new Map<string, string>();
  for (const q of questions) {
    const other = seen.get(q.id);
    if (other) problems.push({ question: q.id, module: q.module, message: `id is also used by another question in ${other}` });
    seen.set(q.id, q.module);
  }
  return problems;
}
