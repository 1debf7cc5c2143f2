'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { QuestionFeedback } from '@/components/quiz/question-feedback';
import { FocusOnMount } from '@/components/quiz/focus-on-mount';
import { QuestionForm } from '@/components/quiz/question-form';
import { QuizProgress } from '@/components/quiz/quiz-progress';
import type { AttemptQuestionView, RevealedKey, SaveReply } from '@/lib/classroom/attempt-service';
import { answerAnchor } from '@/lib/classroom/answer-problems';
import { formFields, responseFromFields } from '@/lib/quiz/attempt';
import type { PublicQuestion, QuestionResponse } from '@/lib/quiz/types';

export type AttemptQuizProps = {
  attemptId: string;
  /** Where the question forms post when JavaScript has not run (…/answer, a route handler). */
  assignmentId: string;
  /** The outcome of the last plain-HTML post, read from the page's URL: which question, and why it was refused. */
  lastPost?: { questionId: string; problem: string | null } | null;
  questions: AttemptQuestionView[];
  /** null when answers are accepted; otherwise why not (past due, submitted…). */
  closedMessage: string | null;
  /** Shown under a saved answer whose key is not revealed yet. */
  revealNote: string;
};

type Saved = { responseLines: string[]; key: RevealedKey | null };
type Pending = { first: string; proof: PublicQuestion };
/** What the status line says after a save that reloaded the page (the plain-HTML path). */
function savedStatus(questions: AttemptQuestionView[]): string {
  const answered = questions.filter((q) => q.responseLines !== null).length;
  if (answered === questions.length) return 'All questions answered: your attempt is submitted.';
  if (questions.some((q) => q.pending !== null && q.responseLines === null)) return 'Answer kept. Now choose the sentence from the source that proves it.';
  return `Answer saved. ${answered} of ${questions.length} answered.`;
}

/**
 * The quiz of one attempt. Each answer is sent to the server when the student saves it (the server grades it
 * and stores it once), and the page shows the server's copy, so a reload or a lost connection loses nothing
 * already saved. Questions render with the quiz's own form and feedback components.
 */
export function AttemptQuiz({ attemptId, assignmentId, lastPost = null, questions, closedMessage, revealNote }: AttemptQuizProps) {
  const router = useRouter();
  const [saved, setSaved] = useState<Record<string, Saved>>(() =>
    Object.fromEntries(questions.filter((q) => q.responseLines !== null).map((q) => [q.question.id, { responseLines: q.responseLines!, key: q.key }])),
  );
  const [pending, setPending] = useState<Record<string, Pending>>(() =>
    Object.fromEntries(questions.filter((q) => q.pending !== null).map((q) => [q.question.id, q.pending!])),
  );
  const [errors, setErrors] = useState<Record<string, string>>(() => (lastPost?.problem ? { [lastPost.questionId]: lastPost.problem } : {}));
  const [status, setStatus] = useState(() => (lastPost && !lastPost.problem ? savedStatus(questions) : ''));
  const fallbackAction = `/student/assignments/${encodeURIComponent(assignmentId)}/answer`;
  const answered = Object.keys(saved).length;
  const inProgress = !closedMessage && answered < questions.length;
  const finishLater = inProgress ? (
    <p className="mt-3 text-sm">
      <Link href="/student" className="font-medium underline underline-offset-2">
        Finish later
      </Link>
      : your answers so far are saved. Come back to this assignment to go on where you stopped.
    </p>
  ) : null;

  async function save(questionId: string, response: QuestionResponse, step?: 'proof') {
    setErrors((e) => ({ ...e, [questionId]: '' }));
    try {
      const res = await fetch(`/api/attempts/${encodeURIComponent(attemptId)}/answers`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(step ? { questionId, response, step } : { questionId, response }),
      });
      const body = (await res.json()) as SaveReply;
      if (!res.ok || !body.ok) {
        setErrors((e) => ({ ...e, [questionId]: (!body.ok && body.error) || `Not saved (error ${res.status}).` }));
        return;
      }
      if ('step' in body) {
        setPending((p) => ({ ...p, [questionId]: { first: body.first, proof: body.proof } }));
        setStatus('Answer kept. Now choose the sentence from the source that proves it.');
        return;
      }
      setSaved((s) => ({ ...s, [questionId]: { responseLines: body.responseLines, key: body.key } }));
      setStatus(body.submitted ? 'All questions answered: your attempt is submitted.' : `Answer saved. ${body.answered} of ${body.total} answered.`);
      if (body.submitted) router.refresh();
    } catch {
      setErrors((e) => ({ ...e, [questionId]: 'Not saved: the connection was lost. Check your connection and save again.' }));
    }
  }

  return (
    <div>
      <QuizProgress id={`progress-${attemptId}`} answered={answered} total={questions.length} />
      <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">Each answer is saved as soon as you give it and cannot be changed afterwards.</p>
      {finishLater}
      {closedMessage ? (
        <p role="alert" className="mt-3 rounded-md border border-amber-700 bg-amber-50 px-3 py-2 text-amber-900 dark:bg-amber-950 dark:text-amber-200">
          {closedMessage}
        </p>
      ) : null}
      <p aria-live="polite" className="sr-only">
        {status}
      </p>
      <ol className="mt-4 space-y-6">
        {questions.map(({ question }, index) => {
          const done = saved[question.id];
          const step = done ? undefined : pending[question.id];
          return (
            <li
              key={question.id}
              id={answerAnchor(question.id)}
              tabIndex={-1}
              className={done?.key ? '' : 'rounded-xl border border-stone-200 bg-white p-5 shadow-sm dark:border-stone-800 dark:bg-stone-900'}
            >
              {done?.key ? (
                <QuestionFeedback
                  number={index + 1}
                  stem={question.stem}
                  correct={done.key.correct}
                  score={done.key.score}
                  response={done.responseLines}
                  answer={done.key.answer}
                  ordered={done.key.ordered}
                  explanation={done.key.explanation}
                  citations={done.key.citations}
                  proof={done.key.proof}
                />
              ) : done ? (
                <div>
                  <h3 className="font-semibold">
                    <span className="text-stone-600 dark:text-stone-400">Question {index + 1}. </span>
                    {question.stem}
                  </h3>
                  <p className="mt-2">
                    <span className="font-medium">Your answer: </span>
                    {done.responseLines.join('; ')}
                  </p>
                  <p className="mt-2 text-sm font-medium text-brand-700 dark:text-brand-300">Saved. {revealNote}</p>
                </div>
              ) : closedMessage ? (
                <p>
                  <span className="text-stone-600 dark:text-stone-400">Question {index + 1}. </span>
                  {question.stem} <span className="text-sm">(not answered)</span>
                </p>
              ) : step ? (
                <FocusOnMount labelledBy={`q${index}-proof-title`} active={!questions.some((q) => q.pending?.proof.id === question.id)}>
                  <h3 id={`q${index}-proof-title`} className="font-semibold">
                    <span className="text-stone-600 dark:text-stone-400">Question {index + 1}. </span>
                    {question.stem}
                  </h3>
                  <p className="mt-1">
                    <span className="font-medium">Your answer: </span>
                    {step.first}
                  </p>
                  <QuestionForm
                    question={step.proof}
                    position={{ number: index + 1, total: questions.length }}
                    submitLabel="Save answer"
                    idPrefix={`q${index}-proof`}
                    fallbackAction={fallbackAction}
                    hidden={{ attempt: attemptId, step: 'proof' }}
                    action={(form) => save(question.id, responseFromFields(step.proof, formFields(form)), 'proof')}
                  />
                </FocusOnMount>
              ) : (
                <QuestionForm
                  question={question}
                  position={{ number: index + 1, total: questions.length }}
                  submitLabel="Save answer"
                  idPrefix={`q${index}`}
                  fallbackAction={fallbackAction}
                  hidden={{ attempt: attemptId }}
                  action={(form) => save(question.id, responseFromFields(question, formFields(form)))}
                />
              )}
              {errors[question.id] ? (
                <p role="alert" className="mt-2 text-sm text-red-800 dark:text-red-300">
                  {errors[question.id]}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      {finishLater}
    </div>
  );
}
