import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, sql, type KyselyPlugin } from 'kysely';
import pg from 'pg';
import { getEnv } from '@/lib/env';
import type { Database as Schema } from './schema';
import type { Engine } from './migrations';
import { BetterSqliteDialect } from './sqlite-dialect';

export type Db = Kysely<Schema>;
export type DbConfig = { engine: 'sqlite'; path: string } | { engine: 'postgres'; url: string };

/** Opens a new client. The app uses `getDb()`; tests open their own (and may pass plugins, e.g. to count queries). */
export function createDb(config: DbConfig, plugins: KyselyPlugin[] = []): Db {
  const db = openDb(config, plugins);
  engines.set(db, config.engine);
  return db;
}

// On globalThis: the production build bundles this module into more than one chunk, and the client made by one
// copy is used by the others.
const engines: WeakMap<Db, Engine> = ((globalThis as unknown as { __citedDbEngines?: WeakMap<Db, Engine> }).__citedDbEngines ??= new WeakMap());

/** The engine behind a client made by `createDb` (a transaction's engine is its parent's: pass the parent). */
export function engineOf(db: Db): Engine {
  const engine = engines.get(db);
  if (!engine) throw new Error('engineOf: this client was not made by createDb.');
  return engine;
}

function openDb(config: DbConfig, plugins: KyselyPlugin[]): Db {
  if (config.engine === 'postgres') {
    const pool = new pg.Pool({ connectionString: config.url, max: 10 });
    // An idle client's error (the server restarted, or dropped the database) is re-emitted on the pool;
    // without a listener it would crash the process. The pool replaces the client on next use.
    pool.on('error', (error: Error & { code?: string }) => {
      if (error.code !== '57P01') console.error('PostgreSQL idle client error:', error.message);
    });
    return new Kysely<Schema>({ dialect: new PostgresDialect({ pool }), plugins });
  }
  if (config.path !== ':memory:') fs.mkdirSync(path.dirname(config.path), { recursive: true });
  const sqlite = new Database(config.path);
  // WAL lets readers run during a write; busy_timeout queues concurrent writers instead of failing.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  return new Kysely<Schema>({ dialect: new BetterSqliteDialect(sqlite), plugins });
}

export function dbConfigFromEnv(): DbConfig {
  const env = getEnv();
  return env.DATABASE_URL ? { engine: 'postgres', url: env.DATABASE_URL } : { engine: 'sqlite', path: env.databasePath };
}

type Holder = { db: Db; engine: Engine } | undefined;
const globalForDb = globalThis as unknown as { __citedDb?: Holder };

/** The one database client of the process (kept on globalThis so dev reloads reuse it). */
export function getDb(): Db {
  return getDbHolder().db;
}

export function getEngine(): Engine {
  return getDbHolder().engine;
}

function getDbHolder(): NonNullable<Holder> {
  if (!globalForDb.__citedDb) {
    const config = dbConfigFromEnv();
    globalForDb.__citedDb = { db: createDb(config), engine: config.engine };
  }
  return globalForDb.__citedDb;
}

/** Tests: make `getDb()` return this client (or forget it with null). */
export function setDbForTests(db: Db | null, engine: Engine = 'sqlite'): void {
  globalForDb.__citedDb = db ? { db, engine } : undefined;
}

/** One trivial statement: throws when the database cannot be reached (the health check). */
export async function pingDb(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}
