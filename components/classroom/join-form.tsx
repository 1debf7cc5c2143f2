'use client';

import { useActionState } from 'react';
import type { ActionState } from '@/lib/auth/actions';
import { Field } from './action-form';

/** The join action's answer: what was typed comes back so the fields keep it, with or without JavaScript. */
export type JoinFormState = ActionState & { values?: { code: string; displayName: string }; nameTaken?: boolean };

export type JoinFormProps = {
  action: (prev: JoinFormState, form: FormData) => Promise<JoinFormState>;
  /** From the join link (/join?code=ABC-DEF), already checked to be a well-formed code. */
  defaultCode: string;
};

/**
 * The class code and name form. The error is said once, above the button; each field names its own problem
 * beside it. The inputs' defaultValue comes from the answer, so React's reset after an action (and the page the
 * server renders without JavaScript) shows what was typed rather than empty fields.
 */
export function JoinForm({ action, defaultCode }: JoinFormProps) {
  const [state, formAction, pending] = useActionState(action, { ok: false, status: 0 } satisfies JoinFormState);
  const code = state.values?.code ?? defaultCode;
  const displayName = state.values?.displayName ?? '';
  const errors = state.fieldErrors ?? {};
  // Field problems are said beside their fields; the summary only points at them.
  const summary = state.status === 400 && Object.keys(errors).length > 0 ? 'Please fix the field marked below.' : state.error;
  return (
    <form action={formAction} aria-label="Join a class">
      <Field name="code" required autoComplete="off" label="Class code" hint="Six letters and digits, like ABC-DEF." defaultValue={code} errors={errors.code} autoCapitalize="characters" spellCheck={false} maxLength={12} />
      <Field name="displayName" required autoComplete="off" label="Your name" hint="First name and initial is enough." defaultValue={displayName} errors={errors.displayName} maxLength={40} />
      <button
        type="submit"
        disabled={pending}
        className="mt-3 inline-flex min-h-10 items-center rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60 dark:bg-brand-300 dark:text-stone-950"
      >
        {pending ? 'Joining…' : 'Join class'}
      </button>
      <div aria-live="polite" className="mt-2 text-sm">
        {summary ? (
          <div role="alert" className="text-red-800 dark:text-red-300">
            {state.nameTaken ? <p className="font-semibold">Is this you?</p> : null}
            <p>{summary}</p>
            {state.nameTaken ? (
              <p className="mt-1">
                <a href="#f-rejoinCode" className="font-semibold underline underline-offset-2">
                  Type a rejoin code
                </a>
              </p>
            ) : null}
          </div>
        ) : null}
      </div>
    </form>
  );
}
