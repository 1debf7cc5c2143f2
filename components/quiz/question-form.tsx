'use client';

import { useState, useTransition } from 'react';
import { useFormStatus } from 'react-dom';
import { orderingProblemInFields } from '@/lib/quiz/ordering';
import type { PublicQuestion } from '@/lib/quiz/types';

export type QuestionFormProps = {
  question: PublicQuestion;
  /** Where the answer goes: a server action (works without JavaScript too) or a client handler. */
  action: (formData: FormData) => void | Promise<void>;
  /**
   * A URL that takes the same post without JavaScript (a route handler). When given, the form's HTML
   * action is this plain URL and `action` is called on submit once JavaScript runs.
   */
  fallbackAction?: string;
  /** Extra state posted with the answer (seed, answers so far, assignment id…). */
  hidden?: Record<string, string>;
  /** "Question 2 of 8", shown above the stem. */
  position?: { number: number; total: number };
  /** Default: "Check answer", or "Next: find the proof" on a two-part item's first step. */
  submitLabel?: string;
  /** Prefix for element ids, when a page shows more than one form. */
  idPrefix?: string;
  /** A refusal of the last post, from the server (the no-JavaScript path). */
  error?: string | null;
};

const HINTS: Record<PublicQuestion['type'], string> = {
  'single-choice': 'Choose one answer.',
  'who-said': 'Choose one person.',
  'true-false': 'Choose true or false.',
  'multiple-select': 'Choose every answer that is right.',
  'fill-in': 'Type your answer. Capitals and accents do not matter.',
  matching: 'Choose a match for each item.',
  ordering: 'Give each event a position: 1 is the earliest.',
};

function SubmitButton({ label, busy }: { label: string; busy: boolean }) {
  const { pending: posting } = useFormStatus();
  const pending = posting || busy;
  return (
    <button
      type="submit"
      disabled={pending}
      className="mt-5 inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70 dark:bg-brand-300 dark:text-stone-950 dark:hover:bg-brand-200"
    >
      {pending ? 'Checking…' : label}
    </button>
  );
}

const choiceClass =
  'flex min-h-11 cursor-pointer items-start gap-3 rounded-lg border border-stone-300 px-3 py-2.5 hover:border-brand-600 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 dark:border-stone-700 dark:hover:border-brand-300 dark:has-[:checked]:border-brand-300 dark:has-[:checked]:bg-stone-900';
const selectClass =
  'min-h-11 w-full rounded-lg border border-stone-400 bg-white px-3 py-2 text-base dark:border-stone-600 dark:bg-stone-900';

/**
 * One question as a form: props in, a plain HTML form out, so it works before (or without)
 * JavaScript. It shows no answer key; grading and feedback are the caller's business.
 */
export function QuestionForm({ question, action, fallbackAction, hidden = {}, position, submitLabel, idPrefix = 'q', error = null }: QuestionFormProps) {
  const [busy, startTransition] = useTransition();
  const [problem, setProblem] = useState<string | null>(error);
  const id = `${idPrefix}-${question.id}`;
  const errorId = `${id}-error`;
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    const data = new FormData(event.currentTarget);
    const refusal = orderingProblemInFields(question, { get: (k) => data.get(k) as string | null, getAll: () => [] });
    setProblem(refusal);
    if (refusal) {
      event.preventDefault();
      return;
    }
    if (!fallbackAction) return;
    event.preventDefault();
    startTransition(async () => {
      await action(data);
    });
  };
  const options = question.options ?? [];
  const hintId = `${id}-hint`;
  const single = question.type === 'single-choice' || question.type === 'who-said' || question.type === 'true-false';
  const hint = question.proofStep
    ? 'Choose the sentence from the source that proves your answer.'
    : question.twoPart
      ? `${HINTS[question.type]} Then you will choose the sentence from the source that proves it.`
      : HINTS[question.type];
  const step = question.proofStep ? ' · Step 2 of 2: the proof' : question.twoPart ? ' · Step 1 of 2: the answer' : '';
  return (
    <form action={fallbackAction ?? action} method={fallbackAction ? 'post' : undefined} onSubmit={onSubmit} className="mt-4">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name="question" value={question.id} />
      <fieldset aria-describedby={problem ? `${hintId} ${errorId}` : hintId}>
        <legend className="text-lg font-semibold leading-snug">
          {position ? (
            <span className="mb-1 block text-sm font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400">
              Question {position.number} of {position.total}
              {step}
            </span>
          ) : null}
          {question.stem}
        </legend>
        <p id={hintId} className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          {hint}
        </p>
        <p id={errorId} role="alert" className="mt-1 text-sm font-semibold text-rose-800 empty:hidden dark:text-rose-300">
          {problem}
        </p>
        {single || question.type === 'multiple-select' ? (
          <div className="mt-3 space-y-2">
            {options.map((option, i) => (
              <label key={option} className={choiceClass}>
                <input
                  type={single ? 'radio' : 'checkbox'}
                  name="response"
                  value={option}
                  required={single}
                  id={`${id}-o${i}`}
                  className="mt-1 size-4 shrink-0 accent-brand-700"
                />
                <span>{option}</span>
              </label>
            ))}
          </div>
        ) : null}
        {question.type === 'fill-in' ? (
          <div className="mt-3">
            <label htmlFor={`${id}-text`} className="block font-medium">
              Your answer
            </label>
            <input
              id={`${id}-text`}
              name="response"
              type="text"
              required
              autoComplete="off"
              spellCheck={false}
              maxLength={200}
              className="mt-1 min-h-11 w-full max-w-sm rounded-lg border border-stone-400 bg-white px-3 py-2 text-base dark:border-stone-600 dark:bg-stone-900"
            />
          </div>
        ) : null}
        {question.type === 'matching' ? (
          <div className="mt-3 space-y-3">
            {(question.prompts ?? []).map((prompt, i) => (
              <div key={prompt} className="grid gap-1 sm:grid-cols-[minmax(0,14rem)_1fr] sm:items-center sm:gap-3">
                <label htmlFor={`${id}-m${i}`} className="font-medium">
                  {prompt}
                </label>
                <select id={`${id}-m${i}`} name={`match-${i}`} required defaultValue="" className={selectClass}>
                  <option value="" disabled>
                    Choose a match…
                  </option>
                  {options.map((option) => (
                    <option key={option} value={option}>
                      {option}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
        ) : null}
        {question.type === 'ordering' ? (
          <ol className="mt-3 space-y-3">
            {options.map((option, i) => (
              <li key={option} className="grid gap-1 rounded-lg border border-stone-300 p-3 sm:grid-cols-[1fr_9rem] sm:items-center sm:gap-3 dark:border-stone-700">
                <label htmlFor={`${id}-r${i}`}>{option}</label>
                <select id={`${id}-r${i}`} name={`order-${i}`} required defaultValue="" className={selectClass}>
                  <option value="" disabled>
                    Position…
                  </option>
                  {options.map((_, p) => (
                    <option key={p} value={String(p + 1)}>
                      {p === 0 ? '1 (earliest)' : p === options.length - 1 ? `${p + 1} (latest)` : String(p + 1)}
                    </option>
                  ))}
                </select>
              </li>
            ))}
          </ol>
        ) : null}
      </fieldset>
      <SubmitButton label={submitLabel ?? (question.twoPart ? 'Next: find the proof' : 'Check answer')} busy={busy} />
    </form>
  );
}
