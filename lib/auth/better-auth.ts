import 'server-only';
import { betterAuth } from 'better-auth';
import { nextCookies } from 'better-auth/next-js';
import { getDb, getEngine } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
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
    // Applies to requests through /api/auth/*; our sign-in action adds its own DB-backed limit (lib/auth/teacher.ts).
    rateLimit: {
      enabled: true,
      storage: 'database',
      window: 60,
      max: 100,
      customRules: {
        '/sign-in/email': { window: 60, max: 5 },
        '/sign-up/email': { window: 600, max: 10 },
      },
    },
    logger: { disabled: env.NODE_ENV === 'test' },
    plugins: [nextCookies()],
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
