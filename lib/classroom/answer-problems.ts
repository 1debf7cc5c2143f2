/**
 * Why an answer posted without JavaScript was not saved, as the short code the assignment page reads back from
 * its URL (`?problem=…&q=…`), with the sentence it shows. Only these sentences can appear, whatever the URL says.
 */
export const answerProblems = {
  empty: 'Choose or type an answer first.',
  ordering: 'Give each event a different position, from 1 to the number of events.',
  invalid: 'That answer could not be read. Choose or type it again.',
  'not-an-option': 'That is not one of the choices. Choose one of the answers shown.',
  'first-part-missing': 'Answer the question first; then choose the sentence that proves it.',
  'unknown-question': 'That question is not part of this attempt.',
  'not-found': 'That attempt is not yours or no longer exists.',
  closed: 'Not saved: this attempt no longer takes answers.',
} as const;

export type AnswerProblem = keyof typeof answerProblems;

export function answerProblemMessage(code: string | undefined): string | null {
  return code && Object.hasOwn(answerProblems, code) ? answerProblems[code as AnswerProblem] : null;
}

/** The id of a question's item on the assignment page, where a saved answer returns to. */
export function answerAnchor(questionId: string): string {
  return `question-${questionId.replace(/[^A-Za-z0-9_-]/g, '')}`;
}
