import 'server-only';
import type { BetterAuthPlugin } from 'better-auth';
import { APIError, createAuthMiddleware } from 'better-auth/api';
import { getDb } from '@/lib/db/client';
import { hitRateLimit, peekRateLimit, type RateLimitRule } from '@/lib/db/queries/rate-limit';
import { getAuthFailure } from './auth-error';
import { clientIp } from './teacher';

const FIFTEEN_MINUTES = 15 * 60_000;

/**
 * Password guessing is slowed without letting anyone lock a teacher out:
 * - wrong passwords count per (email, address): 5 per 15 minutes, then that address must wait for that email;
 * - wrong passwords also count per email from every address: past 20 per 15 minutes, only an address with no
 *   failure for that email may still try, so a botnet gets one guess per address while the teacher, signing
 *   in from an address that has not failed, is never refused;
 * - all tries per address, 60 per 15 minutes (a school's teachers behind one NAT fit easily);
 * - sign-ups per address, 20 per hour.
 * Counters live in the database, so every app server counts together.
 */
export const SIGN_IN_LIMITS = {
  failuresPerEmailAndIp: { windowMs: FIFTEEN_MINUTES, max: 5 },
  failuresPerEmail: { windowMs: FIFTEEN_MINUTES, max: 20 },
  triesPerIp: { windowMs: FIFTEEN_MINUTES, max: 60 },
  signUpsPerIp: { windowMs: 60 * 60_000, max: 20 },
} satisfies Record<string, RateLimitRule>;

function tooMany(retryAfterSeconds: number): APIError {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return new APIError(
    'TOO_MANY_REQUESTS',
    { code: 'TOO_MANY_ATTEMPTS', message: `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.` },
    { 'Retry-After': String(retryAfterSeconds) },
  );
}

const emailOf = (body: unknown): string | null => {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' ? email.trim().toLowerCase() : null;
};

const failureKeys = (email: string, ip: string) => ({ pair: `sign-in-fail:${ip}|${email}`, email: `sign-in-fail:email:${email}` });

/**
 * A better-auth plugin, so the limits meet every path to sign-in and sign-up: the HTTP endpoints under
 * /api/auth and the app's own form actions (which call `auth.api.*` with the request's headers). A call with
 * no request headers is the server itself (the demo seed, tests) and is not counted.
 */
export function attemptLimits(): BetterAuthPlugin {
  return {
    id: 'cited-attempt-limits',
    hooks: {
      before: [
        {
          matcher: (ctx) => ctx.path === '/sign-up/email' && ctx.headers !== undefined,
          handler: createAuthMiddleware(async (ctx) => {
            const limit = await hitRateLimit(getDb(), `sign-up:ip:${clientIp(ctx.headers!)}`, SIGN_IN_LIMITS.signUpsPerIp);
            if (!limit.allowed) throw tooMany(limit.retryAfterSeconds);
          }),
        },
        {
          matcher: (ctx) => ctx.path === '/sign-in/email' && ctx.headers !== undefined,
          handler: createAuthMiddleware(async (ctx) => {
            const db = getDb();
            const ip = clientIp(ctx.headers!);
            const tries = await hitRateLimit(db, `sign-in:ip:${ip}`, SIGN_IN_LIMITS.triesPerIp);
            if (!tries.allowed) throw tooMany(tries.retryAfterSeconds);
            const email = emailOf(ctx.body);
            if (!email) return;
            const keys = failureKeys(email, ip);
            const pair = await peekRateLimit(db, keys.pair, SIGN_IN_LIMITS.failuresPerEmailAndIp);
            if (!pair.allowed) throw tooMany(pair.retryAfterSeconds);
            if (pair.count > 0) {
              const all = await peekRateLimit(db, keys.email, SIGN_IN_LIMITS.failuresPerEmail);
              if (!all.allowed) throw tooMany(all.retryAfterSeconds);
            }
          }),
        },
      ],
      after: [
        {
          matcher: (ctx) => ctx.path === '/sign-in/email' && ctx.headers !== undefined,
          handler: createAuthMiddleware(async (ctx) => {
            const email = emailOf(ctx.body);
            if (!email || getAuthFailure(ctx.context.returned)?.statusCode !== 401) return;
            const db = getDb();
            const keys = failureKeys(email, clientIp(ctx.headers!));
            await hitRateLimit(db, keys.pair, SIGN_IN_LIMITS.failuresPerEmailAndIp);
            await hitRateLimit(db, keys.email, SIGN_IN_LIMITS.failuresPerEmail);
          }),
        },
      ],
    },
  };
}
