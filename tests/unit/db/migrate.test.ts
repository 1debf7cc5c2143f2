import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import { migrateToLatest } from '@/lib/db/migrate';
import { migrations } from '@/lib/db/migrations';
import { migration0004StudentNameKey } from '@/lib/db/migrations/0004-student-name-key';
import { createClass } from '@/lib/db/queries/classes';
import { createStudent } from '@/lib/db/queries/students';
import { engines, insertUser, openTestDb, type TestDb } from '../../helpers/db';

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

describe('migration 0004 (student name keys)', () => {
  it('keeps students who already share a name, and makes later joins with that name fail', async () => {
    const t = await openTestDb('sqlite');
    try {
      // Back to the shape before 0004, with two "Ana B." from before the fix.
      await t.db.schema.dropIndex('student_class_name_key_uq').execute();
      await t.db.schema.alterTable('student').dropColumn('name_key').execute();
      await insertUser(t, 'teacher');
      const cls = await createClass(t.db, 'teacher', 'Class');
      const row = (id: string, name: string, at: string) => ({ id, class_id: cls.id, display_name: name, token_hash: id, rejoin_code_hash: null, rejoin_expires_at: null, created_at: at });
      await (t.db as unknown as Kysely<any>).insertInto('student').values([row('s1', 'Ana B.', '2026-01-01T00:00:00Z'), row('s2', 'ana b', '2026-01-02T00:00:00Z')]).execute();
      await migration0004StudentNameKey.up(t.db as unknown as Kysely<any>, 'sqlite');
      const keys = await t.db.selectFrom('student').select(['id', 'name_key']).orderBy('id').execute();
      expect(keys).toEqual([
        { id: 's1', name_key: 'ana b' },
        { id: 's2', name_key: 'ana b#s2' },
      ]);
      expect(await createStudent(t.db, cls.id, 'ANA B')).toBeNull();
    } finally {
      await t.close();
    }
  });
});
