import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { migrateToLatest } from '@/lib/db/migrate';
import { migrations } from '@/lib/db/migrations';
import { engines, openTestDb, type TestDb } from '../../helpers/db';

describe.each(engines)('migrations on %s', (engine) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await openTestDb(engine);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('creates every table', async () => {
    const tables = (await t.db.introspection.getTables()).map((x) => x.name);
    for (const name of ['user', 'session', 'account', 'verification', 'rateLimit', 'classroom', 'student', 'assignment', 'attempt', 'answer', 'rate_limit_hit']) {
      expect(tables).toContain(name);
    }
  });

  it('is a no-op the second time, applying migrations in file order', async () => {
    const again = await migrateToLatest(t.db, engine);
    expect(again.results).toEqual([]);
    const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(t.db);
    expect(applied.rows.map((r) => r.name)).toEqual(Object.keys(migrations));
  });

  it('runs safely when several servers migrate at once', async () => {
    const results = await Promise.all([migrateToLatest(t.db, engine), migrateToLatest(t.db, engine)]);
    expect(results.every((r) => !r.error)).toBe(true);
  });
});
