import 'server-only';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DEV_AUTH_SECRET, getEnv, type Env } from '@/lib/env';

let cached: string | null = null;

/**
 * The secret that signs teacher sessions (better-auth) and student cookies (HMAC).
 * - AUTH_SECRET when set (required with DATABASE_URL: several servers must share one secret).
 * - Outside production: a fixed, clearly marked development secret.
 * - Production on SQLite (`npm start` on one machine): generated once and kept in `auth-secret` next to the
 *   database file (mode 600), so sessions survive restarts without anyone having to configure anything.
 */
export function getAuthSecret(env: Env = getEnv()): string {
  if (cached) return cached;
  cached = resolveAuthSecret(env);
  return cached;
}

export function resolveAuthSecret(env: Env): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (env.NODE_ENV !== 'production') return DEV_AUTH_SECRET;
  if (env.databaseEngine === 'postgres') {
    throw new Error('AUTH_SECRET is required with DATABASE_URL: every app server must sign sessions with the same secret.');
  }
  const file = path.join(path.dirname(env.databasePath), 'auth-secret');
  try {
    const existing = fs.readFileSync(file, 'utf8').trim();
    if (existing.length >= 32) return existing;
  } catch {
    // Not created yet.
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = crypto.randomBytes(32).toString('base64url');
  try {
    // 'wx' fails if another process created it first; then read theirs.
    fs.writeFileSync(file, secret + '\n', { mode: 0o600, flag: 'wx' });
    console.log(`Generated AUTH_SECRET and saved it in ${file} (set AUTH_SECRET to choose your own).`);
    return secret;
  } catch {
    return fs.readFileSync(file, 'utf8').trim();
  }
}
