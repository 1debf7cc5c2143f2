import type { PublicQuestion, Question } from './types';

/** What the browser may see before the student answers: no answer key, explanation or citations. */
export function toPublicQuestion(question: Question): PublicQuestion {
  const { id, type, stem, options, prompts, module } = question;
  return prompts ? { id, type, stem, options, prompts, module } : { id, type, stem, options, module };
}
