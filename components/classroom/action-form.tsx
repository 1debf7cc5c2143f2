'use client';

import { useActionState } from 'react';
import type { ActionState } from '@/lib/auth/actions';

export type ActionFormProps = {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  submitLabel: string;
  pendingLabel?: string;
  children?: React.ReactNode;
  className?: string;
  variant?: 'primary' | 'secondary' | 'danger';
  /** Accessible name for the form (several small forms on one page). */
  label?: string;
};

const buttonStyles = {
  primary: 'bg-brand-700 text-white hover:bg-brand-800 dark:bg-brand-300 dark:text-stone-950',
  secondary: 'border border-stone-400 bg-white text-stone-900 hover:bg-stone-100 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100',
  danger: 'border border-red-700 bg-white text-red-800 hover:bg-red-50 dark:border-red-400 dark:bg-stone-900 dark:text-red-300',
};

export const initialState: ActionState = { ok: false, status: 0 };

/** A form bound to a server action, showing its result (errors, messages, a one-time secret) in a live region. */
export function ActionForm({ action, submitLabel, pendingLabel, children, className, variant = 'primary', label }: ActionFormProps) {
  const [state, formAction, pending] = useActionState(action, initialState);
  // The summary already quotes the first problem: list only the others, so no message shows twice.
  const otherErrors = Object.entries(state.fieldErrors ?? {})
    .map(([field, messages]) => [field, messages.filter((m) => !state.error?.includes(m))] as const)
    .filter(([, messages]) => messages.length > 0);
  return (
    <form action={formAction} aria-label={label} className={className}>
      {children}
      <button
        type="submit"
        disabled={pending}
        className={`mt-3 inline-flex min-h-10 items-center rounded-md px-4 py-2 text-sm font-semibold disabled:opacity-60 ${buttonStyles[variant]}`}
      >
        {pending ? (pendingLabel ?? 'Working…') : submitLabel}
      </button>
      <div aria-live="polite" className="mt-2 text-sm">
        {state.error ? (
          <div role="alert" className="text-red-800 dark:text-red-300">
            <p>{state.error}</p>
            {otherErrors.length > 0 ? (
              <ul className="mt-1 list-disc pl-5">
                {otherErrors.map(([field, messages]) => (
                  <li key={field}>{messages.join(' ')}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        {state.ok && state.message ? <p className="text-brand-700 dark:text-brand-300">{state.message}</p> : null}
        {state.ok && state.secret ? (
          <p className="mt-1 font-mono text-2xl font-bold tracking-widest" aria-label={`Code ${state.secret.split('').join(' ')}`}>
            {state.secret}
          </p>
        ) : null}
      </div>
    </form>
  );
}

export type FieldProps = {
  label: string;
  name: string;
  hint?: string;
  /** This field's problems, said beside it; given at all (even empty), the field is marked invalid. */
  errors?: string[];
} & React.InputHTMLAttributes<HTMLInputElement>;

export function Field({ label, name, hint, errors, id: givenId, ...input }: FieldProps) {
  const id = givenId ?? `f-${name}`;
  const describedBy = [hint ? `${id}-hint` : '', errors?.length ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="mt-3">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        name={name}
        aria-describedby={describedBy || undefined}
        aria-invalid={errors ? true : undefined}
        className="mt-1 block w-full max-w-md rounded-md border border-stone-400 bg-white px-3 py-2 aria-invalid:border-red-700 dark:border-stone-600 dark:bg-stone-900 dark:aria-invalid:border-red-400"
        {...input}
      />
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800 dark:text-red-300">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
