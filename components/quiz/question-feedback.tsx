import type { PassageView } from '@/lib/content/passage-view';
import type { ProofView } from '@/lib/quiz/attempt';
import { CitedPassage } from './cited-passage';

export type QuestionFeedbackProps = {
  number: number;
  stem: string;
  correct: boolean;
  /** 0..1; shown when the answer was partly right. */
  score: number;
  response: string[];
  /** Per response line, whether it is right (matching pairs, ordering positions, ticked options). */
  marks?: boolean[] | null;
  answer: string[];
  ordered: boolean;
  explanation: string;
  citations: PassageView[];
  headingId?: string;
  /** Whose answer this is: the student's own by default; the teacher's view names the student. */
  responseLabel?: string;
  /** A two-part item's second part ("Which sentence proves it?"), each part marked on its own. */
  proof?: ProofView | null;
};

const termClass = 'text-sm font-semibold uppercase tracking-wide text-stone-700 dark:text-stone-300';

function Mark({ right }: { right: boolean }) {
  return (
    <span className={`ml-2 font-semibold ${right ? 'text-emerald-800 dark:text-emerald-300' : 'text-rose-800 dark:text-rose-300'}`}>
      <span aria-hidden="true">{right ? '✓' : '✗'}</span>
      <span className="sr-only">{right ? '(right)' : '(wrong)'}</span>
    </span>
  );
}

function headline(correct: boolean, score: number, proof: ProofView | null | undefined): string {
  if (proof) {
    if (proof.answerCorrect && proof.proofCorrect) return 'right answer, right proof';
    if (proof.answerCorrect) return 'right answer, not the proof';
    if (proof.proofCorrect) return 'right proof, not the answer';
    return 'neither the answer nor the proof';
  }
  return correct ? 'correct' : score > 0 ? `partly right (${Math.round(score * 100)}%)` : 'not quite';
}

/** What a student sees after answering: right or not, the right answer, why, and the passage that shows it. */
export function QuestionFeedback({ number, stem, correct, score, response, marks, answer, ordered, explanation, citations, headingId, responseLabel = 'Your answer', proof }: QuestionFeedbackProps) {
  const answerRight = proof ? proof.answerCorrect : correct;
  const List = ordered ? 'ol' : 'ul';
  return (
    <div
      className={`rounded-xl border-2 p-4 sm:p-5 ${correct ? 'border-emerald-600 bg-emerald-50 dark:border-emerald-400 dark:bg-emerald-950/40' : 'border-rose-600 bg-rose-50 dark:border-rose-400 dark:bg-rose-950/40'}`}
    >
      <h2 id={headingId} className="text-xl font-bold">
        <span aria-hidden="true">{correct ? '✓ ' : '✗ '}</span>
        Question {number}: {headline(correct, score, proof)}
      </h2>
      <p className="mt-2 font-medium">{stem}</p>
      <dl className="mt-3 space-y-2">
        <div>
          <dt className={termClass}>{responseLabel}</dt>
          <dd>
            <List className={`${ordered ? 'list-decimal' : answer.length > 1 ? 'list-disc' : 'list-none'} pl-5`}>
              {response.map((r, i) => {
                const mark = marks?.[i];
                return (
                  <li key={`${i}-${r}`} className={answer.length > 1 || ordered ? '' : '-ml-5'}>
                    {r}
                    {mark === undefined ? (proof ? <Mark right={proof.answerCorrect} /> : null) : <Mark right={mark} />}
                  </li>
                );
              })}
            </List>
          </dd>
        </div>
        {answerRight ? null : (
          <div>
            <dt className={termClass}>Right answer</dt>
            <dd>
              <List className={`${ordered ? 'list-decimal' : answer.length > 1 ? 'list-disc' : 'list-none'} pl-5 font-semibold`}>
                {answer.map((a) => (
                  <li key={a} className={answer.length > 1 || ordered ? '' : '-ml-5'}>
                    {a}
                  </li>
                ))}
              </List>
            </dd>
          </div>
        )}
      </dl>
      {proof ? (
        <div className="mt-4 border-t border-stone-300 pt-3 dark:border-stone-700">
          <p className="font-medium">{proof.stem}</p>
          <dl className="mt-2 space-y-2">
          <div>
            <dt className={termClass}>{proof.proofCorrect ? 'The sentence chosen' : 'The sentence chosen (it does not prove it)'}</dt>
            <dd>
              “{proof.chosen}”
              <Mark right={proof.proofCorrect} />
            </dd>
          </div>
          {proof.proofCorrect ? null : (
            <div>
              <dt className={termClass}>The sentence that proves it</dt>
              <dd className="font-semibold">“{proof.right}”</dd>
            </div>
          )}
          </dl>
        </div>
      ) : null}
      <p className="mt-3">{explanation}</p>
      <h3 className="mt-4 text-sm font-semibold uppercase tracking-wide text-stone-700 dark:text-stone-300">
        {citations.length > 1 ? 'Where the sources say so' : 'Where the source says so'}
      </h3>
      <div className="mt-2 space-y-3">
        {citations.map((c, i) => (
          <CitedPassage key={`${c.id}-${i}`} passage={c} />
        ))}
      </div>
    </div>
  );
}
