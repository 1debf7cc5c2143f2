import { hashOrder } from '../../random';
import type { Question } from '../../types';
import { questionId } from '../cite';
import type { Ctx } from '../corpus';
import { fold, inText, PRONOUN_START, sentencesOf } from '../text';

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
  // A blank cut from the proof itself makes the proof step a matching of words: no two-part item then.
  const proofWords = [...wordsOf(proof)];
  const stemWords = wordsOf(q.stem);
  if (q.stem.includes('_____') && proofWords.filter((w) => stemWords.has(w)).length >= proofWords.length * 0.6) return null;
  // The sentence proves the answer to this question only if it also speaks of what the stem asks about.
  const topic = topicWords(q.stem, answer);
  if (!topic.some((w) => wordsOf(proof).has(w))) return null;
  const options = q.options ?? [];
  const others = ctx.sourcePassages(passage.id).flatMap((p) =>
    sentencesOf(p.text).filter((s) => {
      const words = s.split(/\s+/).length;
      // A wrong proof never holds the answer, so it cannot prove it; it may name another option (a trap).
      return s !== proof && words >= 8 && words <= 40 && !PRONOUN_START.test(s) && !inText(s, answer) && !ctx.disputed(p.id, s);
    }),
  );
  const id = questionId(q.module, 'evidence', q.id);
  // Plausible wrong proofs first: sentences on the stem's topic, or naming another option; then the rest.
  const near = (s: string) => {
    const words = wordsOf(s);
    return topic.filter((w) => words.has(w)).length + (options.some((o) => o !== answer && inText(s, o)) ? 2 : 0);
  };
  const wrong = hashOrder([...new Set(others)], (s) => s, id)
    .map((s, i) => ({ s, i, score: near(s) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, 3)
    .map((x) => x.s);
  if (wrong.length < 3) return null;
  return {
    ...q,
    id,
    answerKind: 'evidence',
    skill: 'analyse',
    parts: { stem: PROOF_STEM, options: hashOrder([proof, ...wrong], (s) => s, `${id}|proof`), answer: proof, citations: [{ passage: passage.id, quote: proof }] },
  };
}


const STOP = new Set(['which', 'what', 'when', 'where', 'whom', 'whose', 'these', 'those', 'there', 'their', 'about', 'after', 'before', 'according', 'sentence', 'completes', 'source', 'sources', 'this', 'that', 'with', 'from', 'were', 'have', 'been', 'said', 'does', 'date', 'year', 'number', 'type', 'answer', 'blank', 'fills', 'true', 'false']);

function wordsOf(text: string): Set<string> {
  return new Set(fold(text).split(' '));
}

/** The stem's content words (five letters or more, not the answer's): what the question is about. */
function topicWords(stem: string, answer: string): string[] {
  const own = wordsOf(answer);
  return [...wordsOf(stem.replace(/_____/g, ' '))].filter((w) => w.length >= 5 && !STOP.has(w) && !own.has(w));
}
