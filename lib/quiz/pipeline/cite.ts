import { hashString } from '../random';
import type { QuestionCitation } from '../types';
import type { Ctx } from './corpus';
import { fold, sentenceWith, verbatim } from './text';

/**
 * Two questions with the same answer of the same kind ask the same fact, even from different
 * passages ("deployed in 2013" is in three reports), so they share a key and one quiz asks it once.
 */
export function valueKey(kind: string, answer: string): string {
  const k = kind === 'date' || kind === 'year' ? 'when' : kind;
  return `${k}:${fold(answer)}`;
}

export function questionId(module: string, type: string, basis: string): string {
  return `q-${hashString(`${module}|${type}|${basis}`)}`;
}

/** A sentence naming `name` in full: in the passage itself, else the nearest earlier passage of the same source. */
export function findNamed(ctx: Ctx, passageId: string, name: string): { passage: string; sentence: string } | null {
  const [slug, n] = passageId.split('#p');
  for (let i = Number(n); i >= 1; i--) {
    const p = ctx.passage(`${slug}#p${i}`);
    const sentence = p ? sentenceWith(p.text, name) : null;
    if (p && sentence) return { passage: p.id, sentence };
  }
  return null;
}

export function citation(ctx: Ctx, passage: string, quote: string): QuestionCitation {
  return { passage, quote: verbatim(ctx.passage(passage)?.text, quote) };
}

export function sourceNote(ctx: Ctx, passageId: string): string {
  const p = ctx.passage(passageId);
  const n = passageId.split('#p')[1];
  return p ? `Source: “${p.sourceTitle}”, paragraph ${n}.` : '';
}

/** The objective most of a composite question's facts serve (the first such on a tie); undefined when none has one. */
export function mostCommonObjective(objectives: (number | undefined)[]): number | undefined {
  const counts = new Map<number, number>();
  for (const o of objectives) if (o !== undefined) counts.set(o, (counts.get(o) ?? 0) + 1);
  let best: number | undefined;
  for (const [o, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = o;
  return best;
}

export function withObjective<T extends object>(q: T, objective?: number): T {
  return objective === undefined ? q : { ...q, objective };
}
