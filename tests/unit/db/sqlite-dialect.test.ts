import { describe, expect, it } from 'vitest';
import { FifoLock } from '@/lib/db/sqlite-dialect';
import { createDb } from '@/lib/db/client';
import { sql } from 'kysely';

describe('FifoLock', () => {
  it('serves waiters in arrival order, one at a time', async () => {
    const lock = new FifoLock();
    const order: number[] = [];
    let inside = 0;
    let maxInside = 0;
    await Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        await lock.acquire();
        inside++;
        maxInside = Math.max(maxInside, inside);
        order.push(i);
        await new Promise((r) => setTimeout(r, 0));
        inside--;
        lock.release();
      }),
    );
    expect(order).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(maxInside).toBe(1);
  });
});

describe('the SQLite dialect', () => {
  it('runs queries, rolls back a failed transaction and keeps concurrent transactions apart', async () => {
    const db = createDb({ engine: 'sqlite', path: ':memory:' });
    await sql`create table t (id integer primary key, v text not null)`.execute(db);
    await expect(
      db.transaction().execute(async (trx) => {
        await sql`insert into t (v) values ('lost')`.execute(trx);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        db.transaction().execute(async (trx) => {
          await sql`insert into t (v) values (${`a${i}`})`.execute(trx);
          await new Promise((r) => setTimeout(r, 1));
          await sql`insert into t (v) values (${`b${i}`})`.execute(trx);
        }),
      ),
    );
    const rows = await sql<{ v: string }>`select v from t order by id`.execute(db);
    expect(rows.rows.map((r) => r.v)).toEqual(Array.from({ length: 20 }, (_, i) => [`a${i}`, `b${i}`]).flat());
    await db.destroy();
  });
});
