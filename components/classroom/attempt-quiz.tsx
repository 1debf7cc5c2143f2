'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { AttemptQuestionView, RevealedKey } from '@/lib/classroom/attempt-service';
import type { QuestionResponse } from '@/lib/quiz/types';
import { QuestionInput, isAnswerReady } from './question-input';

export type AttemptQuizProps = {
  attemptId: string;
  questions: AttemptQuestionView[];
  /** null when answers are accepted; otherwise why not (past due, submitted…). */
  closedMessage: string | null;
};

type Saved = { response: QuestionResponse; key: RevealedKey | null };

/**
 * The quiz of one attempt. Each answer is sent to the server when the student saves it and the server's copy
 * is what the page shows, so a reload or a lost connection loses nothing already saved.
 */
export function AttemptQuiz({ attemptId, questions, closedMessage }: AttemptQuizProps) {
  const router = useRouter();
  const [saved, setSaved] = useState<Record<string, Saved>>(() =>
    Object.fromEntries(questions.filter((q) => q.response !== null).map((q) => [q.question.id, { response: q.response!, key: q.key }])),
  );
  const [drafts, setDrafts] = useState<Record<string, QuestionResponse>>({});
  const [pending, setPending] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  const answered = Object.keys(saved).length;

  async function save(questionId: string, response: QuestionResponse) {
    setPending(questionId);
    setErrors((e) => ({ ...e, [questionId]: '' }));
    try {
      const res = await fetch(`/api/attempts/${encodeURIComponent(attemptId)}/answers`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ questionId, response }),
      });
      const body = (await res.json()) as { ok: boolean; error?: string; response?: QuestionResponse; key?: RevealedKey | null; submitted?: boolean; answered?: number; total?: number };
      if (!res.ok || !body.ok) {
        setErrors((e) => ({ ...e, [questionId]: body.error ?? `Not saved (error ${res.status}).` }));
        return;
      }
      setSaved((s) => ({ ...s, [questionId]: { response: body.response ?? response, key: body.key ?? null } }));
      setStatus(`Answer saved. ${body.answered} of ${body.total} answered.`);
      if (body.submitted) {
        setStatus('All questions answered: your attempt is submitted.');
        router.refresh();
      }
    } catch {
      setErrors((e) => ({ ...e, [questionId]: 'Not saved: the connection was lost. Check your connection and press Save again.' }));
    } finally {
      setPending(null);
    }
  }

  return (
    <div>
      <p className="text-sm text-stone-700 dark:text-stone-300">
        {answered} of {questions.length} answered. Each answer is saved when you press “Save answer” and cannot be changed afterwards.
      </p>
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
          const value = done?.response ?? drafts[question.id] ?? null;
          const locked = Boolean(done) || closedMessage !== null;
          const headingId = `q-${index}-stem`;
          return (
            <li key={question.id}>
              <section aria-labelledby={headingId} className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm dark:border-stone-800 dark:bg-stone-900">
                <h3 id={headingId} className="font-semibold">
                  <span className="text-stone-600 dark:text-stone-400">Question {index + 1}. </span>
                  {question.stem}
                </h3>
                <form
                  aria-labelledby={headingId}
                  onSubmit={(e) => {
                    e.preventDefault();
                    const response = question.type === 'ordering' && value === null ? (question.options ?? []) : value;
                    if (response !== null && pending === null) void save(question.id, response);
                  }}
                >
                  <QuestionInput
                    question={question}
                    value={value}
                    disabled={locked || pending === question.id}
                    idPrefix={`q${index}`}
                    onChange={(v) => setDrafts((d) => ({ ...d, [question.id]: v }))}
                  />
                  {done ? (
                    <p className="mt-3 text-sm font-medium text-brand-700 dark:text-brand-300">Saved.</p>
                  ) : (
                    <button
                      type="submit"
                      disabled={locked || pending !== null || !isAnswerReady(question, value)}
                      className="mt-3 inline-flex min-h-10 items-center rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-50 dark:bg-brand-300 dark:text-stone-950"
                    >
                      {pending === question.id ? 'Saving…' : 'Save answer'}
                    </button>
                  )}
                  {errors[question.id] ? (
                    <p role="alert" className="mt-2 text-sm text-red-800 dark:text-red-300">
                      {errors[question.id]}
                    </p>
                  ) : null}
                </form>
                {done?.key ? <AnswerKey answerKey={done.key} /> : null}
              </section>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

export function AnswerKey({ answerKey }: { answerKey: RevealedKey }) {
  return (
    <div className="mt-4 border-t border-stone-200 pt-3 text-sm dark:border-stone-700">
      <p className={answerKey.correct ? 'font-semibold text-brand-700 dark:text-brand-300' : 'font-semibold text-red-800 dark:text-red-300'}>
        {answerKey.correct ? 'Correct.' : answerKey.score > 0 ? `Partly right (${Math.round(answerKey.score * 100)}%).` : 'Not quite.'}
      </p>
      <p className="mt-1">
        <span className="font-medium">Answer: </span>
        {Array.isArray(answerKey.answer) ? answerKey.answer.join('; ') : answerKey.answer}
      </p>
      <p className="mt-1">{answerKey.explanation}</p>
      <ul className="mt-2 space-y-1">
        {answerKey.citations.map((c) => (
          <li key={c.passage + c.quote}>
            <a href={c.href} className="underline underline-offset-2">
              Read the passage
            </a>
            : <q>{c.quote}</q>
          </li>
        ))}
      </ul>
    </div>
  );
}
