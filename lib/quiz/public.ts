import type { PublicQuestion, Question } from './types';

/**
 * What the browser may see before the student answers: no answer key, explanation or citations. A two-part
 * item shows its first part only: the proof's options (one of them holds the answer) come with `toPublicProof`,
 * once the first answer is stored.
 */
export function toPublicQuestion(question: Question): PublicQuestion {
  const { id, type, stem, options, prompts, module } = question;
  return { id, type, stem, options, module, ...(prompts ? { prompts } : {}), ...(question.parts ? { twoPart: true as const } : {}) };
}

/** The second step of a two-part item ("Which sentence from the source proves it?"), as a single choice. */
export function toPublicProof(question: Question): PublicQuestion | null {
  if (!question.parts) return null;
  return { id: question.id, type: 'single-choice', stem: question.parts.stem, options: question.parts.options, module: question.module, proofStep: true };
}
