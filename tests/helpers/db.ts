import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { KyselyPlugin } from 'kysely';
import pg from 'pg';
import { createDb, setDbForTests, type Db } from '@/lib/db/client';
import { migrateToLatest } from '@/lib/db/migrate';
import { resetEnvForTests } from '@/lib/env';
import type { Engine } from '@/lib/db/migrations';

/**
 * Data-layer tests run on SQLite always and on PostgreSQL when TEST_DATABASE_URL (or DATABASE_URL) points at a
 * server where the user may create databases: each test file gets its own fresh database, dropped afterwards.
 */
export const postgresUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || '';
export const engines: Engine[] = postgresUrl ? ['sqlite', 'postgres'] : ['sqlite'];

export type TestDb = { db: Db; engine: Engine; close(): Promise<void> };

/** `plugins` go to the client (e.g. a counter of statements). */
export async function openTestDb(engine: Engine, plugins: KyselyPlugin[] = []): Promise<TestDb> {
  if (engine === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cited-db-'));
    const db = createDb({ engine: 'sqlite', path: path.join(dir, 'test.sqlite') }, plugins);
    await migrateToLatest(db, 'sqlite');
    return {
      db,
      engine,
      async close() {
        await db.destroy();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `cited_t_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  const db = createDb({ engine: 'postgres', url: url.toString() }, plugins);
  await migrateToLatest(db, 'postgres');
  return {
    db,
    engine,
    async close() {
      await db.destroy();
      const c = new pg.Client({ connectionString: postgresUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** Opens a test database and makes the app's `getDb()` return it. */
export async function useTestDb(engine: Engine): Promise<TestDb> {
  // Vite sets BASE_URL=/ (its own meaning) in every test process; the app's BASE_URL is an absolute URL.
  if (!/^https?:\/\//.test(process.env.BASE_URL ?? '')) process.env.BASE_URL = 'http://localhost:3000';
  resetEnvForTests();
  const t = await openTestDb(engine);
  setDbForTests(t.db, engine);
  return {
    ...t,
    async close() {
      setDbForTests(null);
      await t.close();
    },
  };
}

/** A bare user row (a teacher) without going through better-auth. */
export async function insertUser(t: { db: Db; engine: Engine }, id: string): Promise<void> {
  const now = new Date();
  const time = t.engine === 'postgres' ? now : now.toISOString();
  await t.db
    .insertInto('user')
    .values({ id, name: id, email: `${id}@example.com`, emailVerified: t.engine === 'postgres' ? false : 0, image: null, createdAt: time, updatedAt: time })
    .execute();
}
