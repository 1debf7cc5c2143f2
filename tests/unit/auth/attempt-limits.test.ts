import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { form, nextHeadersMock, outcome } from '../../helpers/next-request';

const ctx = vi.hoisted(() => ({ cookie: '', ip: '192.0.2.1', set: new Map<string, string>() }));
vi.mock('next/headers', () => nextHeadersMock(ctx));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));

import { POST as authRoute } from '@/app/api/auth/[...all]/route';
import { signIn, signUp } from '@/app/teacher/actions';
import type { ActionState } from '@/lib/auth/actions';
import { SIGN_IN_LIMITS } from '@/lib/auth/attempt-limits';
import { signUpTeacher } from '../../helpers/classroom';
import { engines, useTestDb, type TestDb } from '../../helpers/db';

const PASSWORD = 'correct horse battery';

/** Runs a form action as a visitor from `ip`: the 'redirect' a success ends with, or the refusal's status. */
async function fromAddress(ip: string, run: () => Promise<ActionState>): Promise<number | 'redirect'> {
  ctx.cookie = '';
  ctx.ip = ip;
  let status = 0;
  const result = await outcome(async () => {
    status = (await run()).status;
  });
  return result.startsWith('redirect:') ? 'redirect' : status;
}

const formSignIn = (email: string, password: string, ip: string) => fromAddress(ip, () => signIn({ ok: false, status: 0 }, form({ email, password })));
const formSignUp = (email: string, ip: string) =>
  fromAddress(ip, () => signUp({ ok: false, status: 0 }, form({ name: 'T', email, password: 'long enough pw' })));

/** better-auth's own endpoint, as a client would call it (whatever it puts in X-Forwarded-For). */
async function httpSignIn(email: string, password: string, forwardedFor: string): Promise<number> {
  const res = await authRoute(
    new Request('http://localhost:3000/api/auth/sign-in/email', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost:3000', 'x-forwarded-for': forwardedFor },
      body: JSON.stringify({ email, password }),
    }),
  );
  return res.status;
}

describe.each(engines)('sign-in and sign-up limits on %s', (engine) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await useTestDb(engine);
    await signUpTeacher('teacher@example.com', PASSWORD);
    await signUpTeacher('other@example.com', PASSWORD);
  });
  afterAll(async () => t?.close());

  it('stop one address after 5 wrong passwords for an email, while the teacher still signs in from elsewhere', async () => {
    const guesses = [];
    for (let i = 0; i < SIGN_IN_LIMITS.failuresPerEmailAndIp.max; i++) guesses.push(await formSignIn('teacher@example.com', `wrong-${i}`, '198.51.100.50'));
    expect(guesses).toEqual(Array(SIGN_IN_LIMITS.failuresPerEmailAndIp.max).fill(401));
    expect(await formSignIn('teacher@example.com', 'wrong-again', '198.51.100.50')).toBe(429);
    // That address must wait for this email, even with the right password...
    expect(await formSignIn('teacher@example.com', PASSWORD, '198.51.100.50')).toBe(429);
    // ...but the teacher at school or at home is not locked out, and other accounts from that address are not.
    expect(await formSignIn('teacher@example.com', PASSWORD, '198.51.100.51')).toBe('redirect');
    expect(await formSignIn('other@example.com', PASSWORD, '198.51.100.50')).toBe('redirect');
  });

  it('give each new address one guess once an email has many failures, and never refuse an address that has not failed', async () => {
    const email = 'other@example.com';
    for (let i = 0; i < SIGN_IN_LIMITS.failuresPerEmail.max; i++) expect(await formSignIn(email, 'wrong', `203.0.113.${i + 1}`)).toBe(401);
    // Past the ceiling an address that has already failed for this email waits...
    expect(await formSignIn(email, PASSWORD, '203.0.113.1')).toBe(429);
    // ...a fresh address still gets its one try (a wrong guess counts, a right one signs in).
    expect(await formSignIn(email, 'wrong', '203.0.113.200')).toBe(401);
    expect(await formSignIn(email, 'wrong', '203.0.113.200')).toBe(429);
    expect(await formSignIn(email, PASSWORD, '203.0.113.201')).toBe('redirect');
  });

  it('apply to better-auth’s own endpoint too, which the form never passes through', async () => {
    const statuses = [];
    for (let i = 0; i < 8; i++) statuses.push(await httpSignIn('teacher@example.com', `wrong-${i}`, '192.0.2.77'));
    expect(statuses.slice(0, SIGN_IN_LIMITS.failuresPerEmailAndIp.max)).toEqual(Array(SIGN_IN_LIMITS.failuresPerEmailAndIp.max).fill(401));
    expect(statuses.slice(SIGN_IN_LIMITS.failuresPerEmailAndIp.max)).toEqual([429, 429, 429]);
    // The form, from the same address, sees the same count.
    expect(await formSignIn('teacher@example.com', PASSWORD, '192.0.2.77')).toBe(429);
  });

  it('cap sign-ups per address', async () => {
    const statuses = [];
    for (let i = 0; i <= SIGN_IN_LIMITS.signUpsPerIp.max; i++) statuses.push(await formSignUp(`t${i}@example.com`, '192.0.2.90'));
    expect(statuses).toEqual([...Array(SIGN_IN_LIMITS.signUpsPerIp.max).fill('redirect'), 429]);
    expect(await t.db.selectFrom('user').select('id').where('email', '=', `t${SIGN_IN_LIMITS.signUpsPerIp.max}@example.com`).execute()).toHaveLength(0);
  });
});
