import { hashOrder } from '../../random';
import type { Question, QuestionCitation } from '../../types';
import { questionId, sourceNote, withObjective } from '../cite';
import type { Ctx } from '../corpus';
import { chooseDistractors } from '../distractors';
import { fold } from '../text';

export function whoSaid(module: string, words: string, speaker: string, cites: QuestionCitation[], factKey: string, ctx: Ctx, objective: number | undefined, basisExtra: string): Question | null {
  const stem = `Who said these words? “${words}”`;
  // Other people quoted in the sources first: "who said it" among people who never speak is a giveaway.
  const avoid = [...cites.map((c) => c.quote), stem];
  const speakers = chooseDistractors({ ...ctx, pools: new Map([['person', ctx.pools.get('speaker') ?? []]]) }, 'person', speaker, avoid, `${speaker}|${words}`);
  const distractors = [...speakers, ...chooseDistractors(ctx, 'person', speaker, [...avoid, ...speakers], `${speaker}|${words}`)].slice(0, 3);
  if (distractors.length < 3) return null;
  const id = questionId(module, 'who-said', `${fold(words)}|${basisExtra}`);
  const role = ctx.people.get(speaker)?.role;
  return withObjective({
    id,
    type: 'who-said' as const,
    module,
    stem,
    options: hashOrder([speaker, ...distractors], (t) => t, id),
    answer: speaker,
    explanation: `${speaker}${role ? ` (${role})` : ''} said this. ${sourceNote(ctx, cites[0]?.passage ?? '')}`.trim(),
    citations: cites,
    factKey,
    answerKind: 'name' as const,
    item: `${cites[0]?.passage ?? ''}|said|${fold(words)}`,
  }, objective);
}
