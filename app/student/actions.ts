'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { formToObject, invalid, type ActionState } from '@/lib/auth/actions';
import { clearStudentCookie, getCurrentStudent } from '@/lib/auth/student';
import { startAttempt } from '@/lib/classroom/attempt-service';
import { getQuestionSource } from '@/lib/classroom/question-source';
import { startAttemptSchema } from '@/lib/classroom/schemas';
import { getDb } from '@/lib/db/client';
import { revokeStudentToken } from '@/lib/db/queries/students';

export async function startAttemptAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const student = await getCurrentStudent();
  if (!student) return { ok: false, status: 403, error: 'Join your class first.' };
  const parsed = startAttemptSchema.safeParse(formToObject(form));
  if (!parsed.success) return invalid(parsed.error);
  const result = await startAttempt(getDb(), student, parsed.data.assignmentId, getQuestionSource());
  if (!result.ok) return { ok: false, status: result.status, error: result.message };
  revalidatePath(`/student/assignments/${parsed.data.assignmentId}`);
  return { ok: true, status: 200, message: `Attempt ${result.attempt.number} started.` };
}

/** Signs the student out: revokes the cookie's token everywhere (answers stay; a rejoin code brings them back). */
export async function leaveAction(): Promise<void> {
  const student = await getCurrentStudent();
  if (student) await revokeStudentToken(getDb(), student.id);
  await clearStudentCookie();
  redirect('/join');
}
