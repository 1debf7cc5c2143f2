import { hashOrder } from '../../random';
import type { Question, QuestionCitation } from '../../types';
import { questionId, sourceNote, withObjective } from '../cite';
import type { Ctx } from '../corpus';
import { chooseDistractors } from '../distractors';
import { fold } from '../text';
import { countriesNamed } from './matching';

/** A short quote whose long words no other speaker's quoted words hold ("commercial" in "on a commercial basis"). */
function ownWord(words: string, speaker: string, ctx: Ctx): boolean {
  const long = fold(words).split(' ').filter((w) => w.length >= 6);
  // Every long word its speaker's own: "consent from the host country" shares "country" with another speaker.
  return long.length > 0 && long.every((w) => [...(ctx.speakersOfWord(w) ?? [])].every((s) => s === speaker));
}

export function whoSaid(module: string, words: string, speaker: string, cites: QuestionCitation[], factKey: string, ctx: Ctx, objective: number | undefined, basisExtra: string): Question | null {
  // A short fragment ("consent from the host country") fits several speakers; a quote naming the speaker's own
  // country ("The United States regrets…" with one American among the options) answers itself.
  if (words.split(/\s+/).length < 6 && !ownWord(words, speaker, ctx)) return null;
  // "this restriction", "they": words that point at what the student cannot see.
  if (/\b(?:this|these|those|he|she|they|them)\b/i.test(words)) return null;
  const role = ctx.people.get(speaker)?.role;
  if (role && countriesNamed(words, ctx).some((c) => countriesNamed(role, ctx).includes(c))) return null;
  const stem = `Who said these words? “${words}”`;
  // Other people quoted in the sources first: "who said it" among people who never speak is a giveaway.
  const avoid = [...cites.map((c) => c.quote), stem];
  const speakers = chooseDistractors({ ...ctx, pools: new Map([['person', ctx.pools.get('speaker') ?? []]]) }, 'person', speaker, avoid, `${speaker}|${words}`);
  const distractors = [...speakers, ...chooseDistractors(ctx, 'person', speaker, [...avoid, ...speakers], `${speaker}|${words}`)].slice(0, 3);
  if (distractors.length < 3) return null;
  const id = questionId(module, 'who-said', `${fold(words)}|${basisExtra}`);
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
