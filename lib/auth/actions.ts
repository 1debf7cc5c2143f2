import 'server-only';
import type { z } from 'zod';
import { getCurrentTeacher, type Teacher } from './teacher';

/** What every form action returns to `useActionState`. `status` mirrors the HTTP status it stands for. */
export type ActionState = {
  ok: boolean;
  status: number;
  message?: string;
  error?: string;
  fieldErrors?: Record<string, string[]>;
  /** A secret shown once (a rejoin code). */
  secret?: string;
};

export const initialActionState: ActionState = { ok: false, status: 0 };

/**
 * Next.js decodes an action's arguments from the request body (React's `decodeReply`), so a crafted post can
 * hand an action anything in place of `[state, FormData]`. Answered with 400, never a thrown TypeError (500).
 */
export const notAFormState: ActionState = { ok: false, status: 400, error: 'This request was not sent as a form. Reload the page and try again.' };

/**
 * FormData → plain object; a name sent several times (checkboxes) becomes an array. Drops `$ACTION_*` keys.
 * Anything that is not FormData (a crafted action call) gives `{}`, which every form schema refuses.
 */
export function formToObject(form: unknown): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  if (!(form instanceof FormData)) return out;
  for (const [key, value] of form.entries()) {
    if (key.startsWith('$ACTION') || typeof value !== 'string') continue;
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

export function invalid(error: z.ZodError): ActionState {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? 'form');
    (fieldErrors[key] ??= []).push(issue.message);
  }
  const first = error.issues[0]?.message ?? 'Invalid input';
  return { ok: false, status: 400, error: `Please fix the form: ${first}.`, fieldErrors };
}

export const notFoundState: ActionState = { ok: false, status: 404, error: 'Not found.' };

/**
 * Wraps a teacher's form action: anyone without a teacher session gets 403 and nothing runs; then the form is
 * parsed with `schema` (400 with field errors on failure); then `fn` runs with the parsed input. Ownership is
 * checked inside `fn` by queries that filter on the teacher id, answering 404 when nothing matches.
 */
export function teacherAction<S extends z.ZodType>(
  schema: S,
  fn: (input: z.infer<S>, teacher: Teacher) => Promise<ActionState>,
): (prev: ActionState, form: FormData) => Promise<ActionState> {
  return async (_prev, form) => {
    if (!(form instanceof FormData)) return notAFormState;
    const teacher = await getCurrentTeacher();
    if (!teacher) return { ok: false, status: 403, error: 'Sign in as a teacher to do this.' };
    const parsed = schema.safeParse(formToObject(form));
    if (!parsed.success) return invalid(parsed.error);
    return fn(parsed.data, teacher);
  };
}
