import 'server-only';
import { betterAuth } from 'better-auth';
import { nextCookies } from 'better-auth/next-js';
import { getDb, getEngine } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { attemptLimits } from './attempt-limits';
import { getAuthSecret } from './secret';

function createAuth() {
  const env = getEnv();
  return betterAuth({
    appName: 'Cited',
    baseURL: env.BASE_URL,
    secret: getAuthSecret(env),
    database: { db: getDb(), type: getEngine() },
    emailAndPassword: { enabled: true, minPasswordLength: 8, maxPasswordLength: 128, autoSignIn: true },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    // A first, per-address layer on requests through /api/auth/* (the form actions call auth.api directly, which
    // this limiter does not see). The limits every path meets are in attemptLimits().
    rateLimit: {
      enabled: true,
      storage: 'database',
      window: 60,
      max: 100,
      customRules: {
        '/sign-in/email': { window: 60, max: 10 },
        '/sign-up/email': { window: 600, max: 10 },
      },
    },
    // scripts/server.mjs replaces every client-sent forwarding header with one x-forwarded-for holding the
    // address it trusts, so that single value is the client (better-auth refuses lists it cannot vouch for).
    advanced: { ipAddress: { ipAddressHeaders: ['x-forwarded-for'], ipv6Subnet: 64 } },
    logger: { disabled: env.NODE_ENV === 'test' },
    plugins: [attemptLimits(), nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { __citedAuth?: { auth: Auth; db: unknown } };

/** The better-auth instance, bound to the current database client. */
export function getAuth(): Auth {
  const db = getDb();
  if (!globalForAuth.__citedAuth || globalForAuth.__citedAuth.db !== db) {
    globalForAuth.__citedAuth = { auth: createAuth(), db };
  }
  return globalForAuth.__citedAuth.auth;
}
