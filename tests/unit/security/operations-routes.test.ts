import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { POST as benchFloor } from '@/app/api/bench-floor/route';
import { GET as health } from '@/app/api/health/route';
import { setDbForTests } from '@/lib/db/client';
import { resetEnvForTests } from '@/lib/env';
import { useTestDb, type TestDb } from '../../helpers/db';

// Vite sets BASE_URL=/ (its own meaning) in every test process; the app's BASE_URL is an absolute URL.
process.env.BASE_URL = 'http://localhost:3000';

const post = (body: string) => new Request('http://localhost:3000/api/bench-floor', { method: 'POST', headers: { 'content-type': 'application/json' }, body });

describe('the bench floor route', () => {
  afterEach(() => {
    delete process.env.BENCH_FLOOR;
    resetEnvForTests();
  });

  it('is a 404 on a server started without BENCH_FLOOR=1', async () => {
    resetEnvForTests();
    expect((await benchFloor(post('{"a":1}'))).status).toBe(404);
    process.env.BENCH_FLOOR = '0';
    resetEnvForTests();
    expect((await benchFloor(post('{"a":1}'))).status).toBe(404);
  });

  it('parses the JSON body and answers 201 with BENCH_FLOOR=1', async () => {
    process.env.BENCH_FLOOR = '1';
    resetEnvForTests();
    const r = await benchFloor(post('{"questionId":"q","response":"x"}'));
    expect(r.status).toBe(201);
    expect(await r.json()).toEqual({ ok: true, fields: 2 });
    expect((await benchFloor(post('not json'))).status).toBe(400);
  });
});

describe('the health check', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await useTestDb('sqlite');
  });
  afterAll(async () => t?.close());

  it('answers 200 with the database reachable and 503 once it is not', async () => {
    const ok = await health();
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ ok: true, database: 'sqlite' });
    await t.db.destroy();
    const down = await health();
    expect(down.status).toBe(503);
    setDbForTests(null);
  });
});
