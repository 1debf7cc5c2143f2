import type { Question } from '../types';
import { conceptQuestions } from './builders/concept';
import { evidenceQuestion } from './builders/evidence';
import { matchingQuestions } from './builders/matching';
import { sourceWorkQuestions } from './builders/source-work';
import { orderingQuestions } from './builders/ordering';
import { statementQuestions } from './builders/statements';
import { valueQuestions } from './builders/value';
import { whoSaid } from './builders/who-said';
import { collectCandidates, type Saying } from './candidates';
import type { Ctx } from './corpus';
import type { GeneratorModule } from './input';
import { BLANK, fold } from './text';

/** One module's questions: candidates, then each builder in a fixed order, then one question per id. */
export function buildModule(module: GeneratorModule, ctx: Ctx): Question[] {
  const c = collectCandidates(module, ctx);
  const said = (s: Saying) => whoSaid(module.slug, s.words, s.speaker, s.cites, s.factKey, ctx, s.objective, s.basisExtra);
  const questions: Question[] = [];
  for (const f of c.facts) {
    if (f.saying) {
      const q = said(f.saying);
      if (q) questions.push(q);
    } else questions.push(...valueQuestions(f.basis, ctx));
  }
  for (const s of c.sayings) {
    const q = said(s);
    if (q) questions.push(q);
  }
  // Passages yield single-choice and fill-in questions; true/false on raw source sentences reads badly.
  for (const b of c.mentions) questions.push(...valueQuestions(b, ctx).filter((q) => q.type !== 'true-false'));
  questions.push(...conceptQuestions(module, ctx));
  questions.push(...sourceWorkQuestions(module, ctx, ctx.sourceTitles));
  questions.push(...orderingQuestions(module.slug, c.events, ctx));
  questions.push(...matchingQuestions(module.slug, c.pairs, ctx));
  questions.push(...statementQuestions(module.slug, c.facts.map((f) => f.basis), ctx));

  dropQuoteFragments(questions);

  // Two-part forms of the single-choice questions whose stem does not already show the source sentence.
  for (const q of [...questions]) {
    if ((q.type !== 'single-choice' && q.type !== 'who-said') || !q.item || q.answerKind === 'concept' || (q.stem.includes(BLANK) && q.stem.includes(' from “'))) continue;
    const two = evidenceQuestion(q, ctx);
    if (two) questions.push(two);
  }

  const seen = new Set<string>();
  return questions.filter((q) => (seen.has(q.id) ? false : (seen.add(q.id), true))).map((q) => markSic(q, ctx));
}

const quotedWords = (q: Question) => fold(/“([^”]+)”/.exec(q.stem)?.[1] ?? '');

/**
 * "Who said 'part of the problem'?" beside "Who said 'MINUSMA seems to have become a part of the
 * problem…'?": the fragment is the same question, thinner. It goes; the whole quote stays.
 */
function dropQuoteFragments(questions: Question[]): void {
  const said = questions.filter((q) => q.type === 'who-said');
  const thinner = new Set(said.filter((q) => said.some((o) => o !== q && o.answer === q.answer && quotedWords(o).length > quotedWords(q).length && quotedWords(o).includes(quotedWords(q)))));
  for (let i = questions.length - 1; i >= 0; i--) if (thinner.has(questions[i] as Question)) questions.splice(i, 1);
}

/** A stem quoting a word the source printed wrongly shows "[sic]" after it, as the passage does. */
export function markSic(q: Question, ctx: Ctx): Question {
  const words = [...new Set(q.citations.flatMap((c) => ctx.passage(c.passage)?.sic ?? []))];
  if (words.length === 0) return q;
  const mark = (text: string) => words.reduce((t, w) => t.split(w).join(`${w} [sic]`).split(`${w} [sic] [sic]`).join(`${w} [sic]`), text);
  return { ...q, stem: mark(q.stem), ...(q.parts ? { parts: { ...q.parts, stem: mark(q.parts.stem) } } : {}) };
}
