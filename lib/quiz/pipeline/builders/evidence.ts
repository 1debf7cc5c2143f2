import { hashOrder } from '../../random';
import type { Question } from '../../types';
import { questionId } from '../cite';
import type { Ctx } from '../corpus';
import { inText, PRONOUN_START, sentencesOf } from '../text';

export const PROOF_STEM = 'Which sentence from the source proves it?';

/**
 * The two-part form of a single-choice question: the same first part, then "Which sentence from
 * the source proves it?" with the cited sentence and three sentences of the same source that do
 * not contain the answer. Null when the source has too few such sentences. An alternate of the
 * question it extends (same item), so a quiz holds one of them.
 */
export function evidenceQuestion(q: Question, ctx: Ctx): Question | null {
  const cite = q.citations[0];
  const answer = typeof q.answer === 'string' ? q.answer : null;
  const passage = cite ? ctx.passage(cite.passage) : null;
  if (!cite || !answer || !passage || (q.type !== 'single-choice' && q.type !== 'who-said')) return null;
  const proof = sentencesOf(passage.text).find((s) => inText(s, cite.quote) || inText(cite.quote, s));
  if (!proof || !inText(proof, answer)) return null;
  const options = q.options ?? [];
  const others = ctx.sourcePassages(passage.id).flatMap((p) =>
    sentencesOf(p.text).filter((s) => {
      const words = s.split(/\s+/).length;
      // A wrong proof names none of the options, so it is told apart by what it says, not by a word match.
      return s !== proof && words >= 8 && words <= 40 && !PRONOUN_START.test(s) && !options.some((o) => inText(s, o)) && !ctx.disputed(p.id, s);
    }),
  );
  const id = questionId(q.module, 'evidence', q.id);
  const wrong = hashOrder([...new Set(others)], (s) => s, id).slice(0, 3);
  if (wrong.length < 3) return null;
  return {
    ...q,
    id,
    answerKind: 'evidence',
    skill: 'analyse',
    parts: { stem: PROOF_STEM, options: hashOrder([proof, ...wrong], (s) => s, `${id}|proof`), answer: proof, citations: [{ passage: passage.id, quote: proof }] },
  };
}

