import type { AnswerKind, Question } from '../types';

/** Answers that are a date, a number or a name: at most half of a module's bank and of a quiz. */
export const RECALL_KINDS = new Set<AnswerKind>(['date', 'number', 'name']);
/** Cause, concept, source-work and evidence items: at least 30% of a module's bank and of a quiz. */
export const DEEP_KINDS = new Set<AnswerKind>(['cause', 'concept', 'source', 'evidence']);
export const MAX_RECALL_SHARE = 0.5;
export const MIN_DEEP_SHARE = 0.3;
export const MIN_PER_OBJECTIVE = 3;
const MIN_PER_TYPE = 3;
/** Trimming stops at this many questions: a small bank (a new source) stays usable, balanced or not. */
const MIN_BANK = 30;

export const isRecall = (q: Question) => RECALL_KINDS.has(q.answerKind ?? 'phrase');
export const isDeep = (q: Question) => DEEP_KINDS.has(q.answerKind ?? 'phrase');

/**
 * Which recall questions go first when a bank has too many: a blank cut from a source sentence (teachers rated
 * them lowest: the title it names often gives the answer away), then a typed or true/false form of a fact that
 * keeps another form, then the rest (latest first).
 */
function dropRank(q: Question, forms: Map<string, number>): number {
  const spare = q.item !== undefined && (forms.get(q.item) ?? 0) > 1;
  if (q.stem.includes(' from “')) return 0;
  if (spare && q.type === 'fill-in') return 1;
  if (spare && q.type === 'true-false') return 2;
  return 3;
}

/**
 * Trims a module's recall questions until at most half answer with a date, number or name and at
 * least 30% are deep, never taking an objective below three questions or an item's last form.
 * Deterministic; keeps the order of the questions it keeps.
 */
export function balanceModule(questions: Question[]): Question[] {
  const kept = new Set(questions);
  const forms = new Map<string, number>();
  // Two-part forms do not count: assembly leaves them out where the page cannot show them.
  for (const q of questions) if (q.item && !q.parts) forms.set(q.item, (forms.get(q.item) ?? 0) + 1);
  const perObjective = new Map<number, number>();
  for (const q of questions) perObjective.set(q.objective ?? -1, (perObjective.get(q.objective ?? -1) ?? 0) + 1);
  const perType = new Map<string, number>();
  for (const q of questions) perType.set(q.type, (perType.get(q.type) ?? 0) + 1);
  const recall = () => [...kept].filter(isRecall).length;
  const deep = [...kept].filter(isDeep).length;
  const balanced = () => recall() <= kept.size * MAX_RECALL_SHARE && deep >= kept.size * MIN_DEEP_SHARE;
  const candidates = questions
    .map((q, i) => ({ q, i, rank: dropRank(q, forms) }))
    .filter((x) => isRecall(x.q))
    .sort((a, b) => a.rank - b.rank || b.i - a.i);
  for (const { q } of candidates) {
    if (balanced() || kept.size <= MIN_BANK) break;
    const objective = q.objective ?? -1;
    // Never below three questions for an objective or for a type, so the bank stays varied.
    if ((perObjective.get(objective) ?? 0) <= MIN_PER_OBJECTIVE || (perType.get(q.type) ?? 0) <= MIN_PER_TYPE) continue;
    // A fact keeps its last one-part form, except a blank cut from a source sentence in a bank big enough to spare it.
    const mined = q.stem.includes(' from “');
    if (!q.item || q.parts || ((forms.get(q.item) ?? 0) <= 1 && !mined)) continue;
    kept.delete(q);
    perObjective.set(objective, (perObjective.get(objective) ?? 0) - 1);
    perType.set(q.type, (perType.get(q.type) ?? 0) - 1);
    if (q.item) forms.set(q.item, (forms.get(q.item) ?? 0) - 1);
  }
  return questions.filter((q) => kept.has(q));
}
