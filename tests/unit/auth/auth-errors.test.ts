import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { form, nextHeadersMock } from '../../helpers/next-request';

const ctx = vi.hoisted(() => ({ cookie: '', ip: '192.0.2.44', set: new Map<string, string>() }));
vi.mock('next/headers', () => nextHeadersMock(ctx));
vi.mock('next/cache', () => ({ revalidatePath: () => {} }));

/**
 * In a production build better-auth and the app each bundle their own copy of the APIError class, so what
 * better-auth throws is not `instanceof` the class the app imports. This error has the same shape and a
 * different class: it is what the form actions really meet on `next start`.
 */
class ForeignAPIError extends Error {
  constructor(
    public status: string,
    public statusCode: number,
    public body: { code: string; message: string },
  ) {
    super(body.message);
  }
}

const api = vi.hoisted(() => ({ signInEmail: vi.fn(), signUpEmail: vi.fn() }));
vi.mock('@/lib/auth/better-auth', () => ({ getAuth: () => ({ api }) }));

import { signIn, signUp } from '@/app/teacher/actions';
import { getAuthFailure } from '@/lib/auth/auth-error';
import { useTestDb, type TestDb } from '../../helpers/db';

describe('sign-in and sign-up failures from better-auth', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await useTestDb('sqlite');
  });
  afterAll(async () => t?.close());
  beforeEach(() => {
    api.signInEmail.mockReset();
    api.signUpEmail.mockReset();
  });

  it('recognises an error by its shape, not its class', () => {
    expect(getAuthFailure(new ForeignAPIError('UNAUTHORIZED', 401, { code: 'INVALID_EMAIL_OR_PASSWORD', message: 'Invalid email or password' }))).toEqual({
      statusCode: 401,
      code: 'INVALID_EMAIL_OR_PASSWORD',
      message: 'Invalid email or password',
    });
    expect(getAuthFailure(new Error('boom'))).toBeNull();
    expect(getAuthFailure({ statusCode: 'x' })).toBeNull();
    expect(getAuthFailure(null)).toBeNull();
  });

  it('answers a wrong password or an unknown email with 401 and a plain message', async () => {
    api.signInEmail.mockRejectedValue(new ForeignAPIError('UNAUTHORIZED', 401, { code: 'INVALID_EMAIL_OR_PASSWORD', message: 'Invalid email or password' }));
    const state = await signIn({ ok: false, status: 0 }, form({ email: 'someone@example.com', password: 'wrong password' }));
    expect(state).toEqual({ ok: false, status: 401, error: 'That email and password do not match an account.' });
  });

  it('answers an email that already has an account with 409 and says so', async () => {
    api.signUpEmail.mockRejectedValue(new ForeignAPIError('UNPROCESSABLE_ENTITY', 422, { code: 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL', message: 'User already exists. Use another email.' }));
    const state = await signUp({ ok: false, status: 0 }, form({ name: 'Ms B', email: 'taken@example.com', password: 'long enough pw' }));
    expect(state).toMatchObject({ ok: false, status: 409, fieldErrors: { email: [expect.stringMatching(/already/)] } });
    expect(state.error).toBe('An account with that email already exists. Sign in instead, or use another email.');
  });

  it('passes on a 429 from the sign-in limits with its wait', async () => {
    api.signInEmail.mockRejectedValue(new ForeignAPIError('TOO_MANY_REQUESTS', 429, { code: 'TOO_MANY_ATTEMPTS', message: 'Too many attempts. Try again in 4 minutes.' }));
    const state = await signIn({ ok: false, status: 0 }, form({ email: 'someone@example.com', password: 'wrong password' }));
    expect(state).toEqual({ ok: false, status: 429, error: 'Too many attempts. Try again in 4 minutes.' });
  });

  it('still throws what is not an auth failure, so it is logged and never shown', async () => {
    api.signInEmail.mockRejectedValue(new Error('database is down'));
    await expect(signIn({ ok: false, status: 0 }, form({ email: 'someone@example.com', password: 'pw' }))).rejects.toThrow('database is down');
  });
});
