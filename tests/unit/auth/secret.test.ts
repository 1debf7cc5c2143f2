import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAuthSecret } from '@/lib/auth/secret';
import { DEV_AUTH_SECRET, parseEnv } from '@/lib/env';

const base = { BASE_URL: 'http://localhost:3000' };

describe('environment', () => {
  it('defaults to SQLite under data/ and switches to PostgreSQL with DATABASE_URL', () => {
    const env = parseEnv({ ...base });
    expect(env.databaseEngine).toBe('sqlite');
    expect(env.databasePath).toBe(path.resolve('data/cited.sqlite'));
    expect(parseEnv({ ...base, DATABASE_URL: 'postgres://u@h/db' }).databaseEngine).toBe('postgres');
  });

  it('rejects bad values with a readable message', () => {
    expect(() => parseEnv({ ...base, DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL must start with postgres/);
    expect(() => parseEnv({ ...base, AUTH_SECRET: 'short' })).toThrow(/AUTH_SECRET must be at least 32/);
    expect(() => parseEnv({ BASE_URL: '/' })).toThrow(/BASE_URL/);
  });
});

describe('AUTH_SECRET', () => {
  const dir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'cited-secret-'));

  it('uses the configured secret', () => {
    expect(resolveAuthSecret(parseEnv({ ...base, AUTH_SECRET: 'x'.repeat(40), NODE_ENV: 'production' }))).toBe('x'.repeat(40));
  });

  it('uses the marked development secret outside production only', () => {
    expect(resolveAuthSecret(parseEnv({ ...base, NODE_ENV: 'development' }))).toBe(DEV_AUTH_SECRET);
    expect(DEV_AUTH_SECRET).toMatch(/insecure/);
  });

  it('in production on SQLite, generates one secret next to the database and keeps it', () => {
    const d = dir();
    const env = parseEnv({ ...base, NODE_ENV: 'production', DATABASE_PATH: path.join(d, 'db.sqlite') });
    const first = resolveAuthSecret(env);
    expect(first).not.toBe(DEV_AUTH_SECRET);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(resolveAuthSecret(env)).toBe(first);
    expect((fs.statSync(path.join(d, 'auth-secret')).mode & 0o777).toString(8)).toBe('600');
  });

  it('in production on PostgreSQL, refuses to run without one', () => {
    expect(() => resolveAuthSecret(parseEnv({ ...base, NODE_ENV: 'production', DATABASE_URL: 'postgres://u@h/db' }))).toThrow(/AUTH_SECRET is required/);
  });
});
