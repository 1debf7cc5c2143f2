'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { JoinFormState } from '@/components/classroom/join-form';
import { formToObject, invalid, type ActionState } from '@/lib/auth/actions';
import { setStudentCookie } from '@/lib/auth/student';
import { clientIp } from '@/lib/auth/teacher';
import { joinClassSchema, rejoinSchema } from '@/lib/classroom/schemas';
import { getDb } from '@/lib/db/client';
import { getClassByJoinCode } from '@/lib/db/queries/classes';
import { hitRateLimit, type RateLimitResult } from '@/lib/db/queries/rate-limit';
import { createStudent, redeemRejoinCode } from '@/lib/db/queries/students';
import { JOIN_LIMITS } from '@/lib/classroom/limits';

/** What was typed (never a secret), sent back so the form shows it again (components/classroom/join-form.tsx). */
function typed(form: FormData): JoinFormState['values'] {
  const field = (name: string) => {
    const v = form instanceof FormData ? form.get(name) : null;
    return typeof v === 'string' ? v.slice(0, 80) : '';
  };
  return { code: field('code'), displayName: field('displayName') };
}

function tooMany(seconds: number): ActionState {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return { ok: false, status: 429, error: `Too many tries from this network. Wait ${minutes} minute${minutes === 1 ? '' : 's'} and check the code with your teacher.` };
}

/** Counts a wrong code from this address; past the limit the answer is 429 rather than 404. */
async function countFailure(ip: string): Promise<RateLimitResult> {
  return hitRateLimit(getDb(), `join-fail:ip:${ip}`, JOIN_LIMITS.failuresPerIp);
}

/** Every try from one address (right or wrong), capped so guessing stays slow (see JOIN_LIMITS). */
async function countTry(ip: string): Promise<RateLimitResult> {
  return hitRateLimit(getDb(), `join:ip:${ip}`, JOIN_LIMITS.triesPerIp);
}

/**
 * Guessing is limited per address (all tries; wrong codes only change the answer), and joins per class code
 * (so a leaked code cannot flood a class). A right code is never refused for others' wrong ones: one
 * student guessing behind a school's shared address cannot lock out the class. Counters are in the database.
 */
export async function joinClass(_prev: JoinFormState, form: FormData): Promise<JoinFormState> {
  const values = typed(form);
  const parsed = joinClassSchema.safeParse(formToObject(form));
  if (!parsed.success) return { ...invalid(parsed.error), values };
  const db = getDb();
  const ip = clientIp(await headers());
  const tries = await countTry(ip);
  if (!tries.allowed) return { ...tooMany(tries.retryAfterSeconds), values };

  const cls = await getClassByJoinCode(db, parsed.data.code);
  if (!cls) {
    const failures = await countFailure(ip);
    if (!failures.allowed) return { ...tooMany(failures.retryAfterSeconds), values };
    return { ok: false, status: 404, error: 'No open class has that code. Check it with your teacher.', fieldErrors: { code: [] }, values };
  }
  const perCode = await hitRateLimit(db, `join:code:${cls.joinCode}`, JOIN_LIMITS.joinsPerCode);
  if (!perCode.allowed) return { ok: false, status: 429, error: 'Too many people joined with this code just now. Ask your teacher for a new code.', values };

  const created = await createStudent(db, cls.id, parsed.data.displayName);
  if (!created) {
    return {
      ok: false,
      status: 409,
      nameTaken: true,
      error: `Someone called “${parsed.data.displayName}” is already in this class. If that is you, ask your teacher for a rejoin code and type it under “Using another device?” below. If not, choose a different name, for example with your last name’s initial.`,
      fieldErrors: { displayName: [] },
      values,
    };
  }
  await setStudentCookie(created.student.id, created.token);
  redirect('/student');
}

export async function rejoinClass(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = rejoinSchema.safeParse(formToObject(form));
  if (!parsed.success) return invalid(parsed.error);
  const db = getDb();
  const ip = clientIp(await headers());
  const tries = await countTry(ip);
  if (!tries.allowed) return tooMany(tries.retryAfterSeconds);
  const redeemed = await redeemRejoinCode(db, parsed.data.rejoinCode);
  if (!redeemed) {
    const failures = await countFailure(ip);
    if (!failures.allowed) return tooMany(failures.retryAfterSeconds);
    return { ok: false, status: 404, error: 'That rejoin code is wrong, expired or already used. Ask your teacher for a new one.' };
  }
  await setStudentCookie(redeemed.student.id, redeemed.token);
  redirect('/student');
}
