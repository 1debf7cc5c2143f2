'use client';

import type { PublicQuestion, QuestionResponse } from '@/lib/quiz/types';

export type QuestionInputProps = {
  question: PublicQuestion;
  value: QuestionResponse | null;
  onChange(value: QuestionResponse): void;
  disabled: boolean;
  /** Unique prefix for element ids. */
  idPrefix: string;
};

const control = 'rounded-md border border-stone-400 bg-white px-3 py-2 dark:border-stone-600 dark:bg-stone-900';

/** The answer control for one question type; the value has the shape `gradeResponse` expects. */
export function QuestionInput({ question, value, onChange, disabled, idPrefix }: QuestionInputProps) {
  const options = question.options ?? [];
  switch (question.type) {
    case 'single-choice':
    case 'true-false':
    case 'who-said':
      return (
        <div className="mt-3 space-y-2">
          {options.map((option, i) => (
            <label key={option} htmlFor={`${idPrefix}-o${i}`} className="flex items-start gap-3 rounded-md border border-stone-300 px-3 py-2 dark:border-stone-700">
              <input
                id={`${idPrefix}-o${i}`}
                type="radio"
                name={`${idPrefix}-choice`}
                value={option}
                checked={value === option}
                disabled={disabled}
                onChange={() => onChange(option)}
                className="mt-1"
              />
              <span>{option}</span>
            </label>
          ))}
        </div>
      );
    case 'multiple-select': {
      const chosen = Array.isArray(value) ? value : [];
      return (
        <div className="mt-3 space-y-2">
          {options.map((option, i) => (
            <label key={option} htmlFor={`${idPrefix}-o${i}`} className="flex items-start gap-3 rounded-md border border-stone-300 px-3 py-2 dark:border-stone-700">
              <input
                id={`${idPrefix}-o${i}`}
                type="checkbox"
                value={option}
                checked={chosen.includes(option)}
                disabled={disabled}
                onChange={(e) => onChange(e.currentTarget.checked ? [...chosen, option] : chosen.filter((c) => c !== option))}
                className="mt-1"
              />
              <span>{option}</span>
            </label>
          ))}
        </div>
      );
    }
    case 'fill-in':
      return (
        <div className="mt-3">
          <label htmlFor={`${idPrefix}-text`} className="block text-sm font-medium">
            Your answer
          </label>
          <input
            id={`${idPrefix}-text`}
            type="text"
            autoComplete="off"
            maxLength={200}
            value={typeof value === 'string' ? value : ''}
            disabled={disabled}
            onChange={(e) => onChange(e.currentTarget.value)}
            className={`mt-1 block w-full max-w-md ${control}`}
          />
        </div>
      );
    case 'matching': {
      const prompts = question.prompts ?? [];
      const chosen = Array.isArray(value) ? value : prompts.map(() => '');
      return (
        <div className="mt-3 space-y-3">
          {prompts.map((prompt, i) => (
            <div key={prompt} className="flex flex-wrap items-center gap-2">
              <label htmlFor={`${idPrefix}-m${i}`} className="min-w-40 font-medium">
                {prompt}
              </label>
              <select
                id={`${idPrefix}-m${i}`}
                value={chosen[i] ?? ''}
                disabled={disabled}
                onChange={(e) => {
                  const next = prompts.map((_, j) => chosen[j] ?? '');
                  next[i] = e.currentTarget.value;
                  onChange(next);
                }}
                className={control}
              >
                <option value="">Choose…</option>
                {options.map((o) => (
                  <option key={o} value={o}>
                    {o}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      );
    }
    case 'ordering': {
      const order = Array.isArray(value) && value.length === options.length ? value : options;
      const move = (from: number, to: number) => {
        const next = [...order];
        const [item] = next.splice(from, 1);
        next.splice(to, 0, item as string);
        onChange(next);
      };
      return (
        <ol className="mt-3 space-y-2">
          {order.map((item, i) => (
            <li key={item} className="flex items-start gap-2 rounded-md border border-stone-300 px-3 py-2 dark:border-stone-700">
              <span className="font-semibold tabular-nums">{i + 1}.</span>
              <span className="flex-1">{item}</span>
              <button
                type="button"
                disabled={disabled || i === 0}
                onClick={() => move(i, i - 1)}
                aria-label={`Move “${item}” earlier`}
                className="rounded border border-stone-400 px-2 disabled:opacity-40"
              >
                ↑
              </button>
              <button
                type="button"
                disabled={disabled || i === order.length - 1}
                onClick={() => move(i, i + 1)}
                aria-label={`Move “${item}” later`}
                className="rounded border border-stone-400 px-2 disabled:opacity-40"
              >
                ↓
              </button>
            </li>
          ))}
        </ol>
      );
    }
  }
}

/** Whether a draft is complete enough to save. Ordering always is (the shown order is the answer). */
export function isAnswerReady(question: PublicQuestion, value: QuestionResponse | null): boolean {
  if (question.type === 'ordering') return true;
  if (value === null) return false;
  if (question.type === 'matching') return Array.isArray(value) && value.length === (question.prompts ?? []).length && value.every((v) => v !== '');
  if (Array.isArray(value)) return value.length > 0;
  return value.trim().length > 0;
}
