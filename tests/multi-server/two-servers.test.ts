// Two production servers (scripts/server.mjs on the e2e build) on one PostgreSQL database: what one server
// grants, the other honours, and what both count, they count together. Run by .ci/run after `npm test`
// (vitest.multi-server.config.mts), with TEST_DATABASE_URL and the build in NEXT_DIST_DIR (.next-e2e).
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STUDENT_COOKIE, signStudentCookie } from '@/lib/auth/student';
import { startAttempt } from '@/lib/classroom/attempt-service';
import { getQuestionSource } from '@/lib/classroom/question-source';
import { createDb, type Db } from '@/lib/db/client';
import { createAssignment } from '@/lib/db/queries/assignments';
import { createClass } from '@/lib/db/queries/classes';
import { createStudent } from '@/lib/db/queries/students';

const postgresUrl = process.env.TEST_DATABASE_URL ?? '';
const distDir = process.env.NEXT_DIST_DIR ?? '.next-e2e';
const firstPort = Number(process.env.E2E_PORT ?? 3200) + 50;
const ports = [firstPort, firstPort + 1];
const urls = ports.map((p) => `http://localhost:${p}`);
const origin = urls[0]!;
const secret = `multi-server-${crypto.randomBytes(16).toString('hex')}`;
const dbName = `cited_ms_${crypto.randomBytes(6).toString('hex')}`;

let servers: ChildProcess[] = [];
let db: Db;

async function waitFor(url: string, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no answer from ${url}`);
}

beforeAll(async () => {
  // Fail, never skip: a green run without the servers would prove nothing.
  if (!postgresUrl) throw new Error('TEST_DATABASE_URL is not set (.ci/run starts a throwaway PostgreSQL cluster).');
  if (!fs.existsSync(path.join(distDir, 'BUILD_ID'))) throw new Error(`no production build in ${distDir}: run the e2e tests (or next build) first.`);
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`create database ${dbName}`);
  await admin.end();
  const url = new URL(postgresUrl);
  url.pathname = `/${dbName}`;
  // The first server migrates the empty database; the second starts once it is up.
  for (const port of ports) {
    const env = { ...process.env, NODE_ENV: 'production' as const, NEXT_DIST_DIR: distDir, DATABASE_URL: url.toString(), AUTH_SECRET: secret, BASE_URL: origin, PORT: String(port), SEED_DEMO: '0' };
    delete (env as Record<string, string | undefined>).DATABASE_PATH;
    servers.push(spawn(process.execPath, [path.join('scripts', 'server.mjs')], { env, stdio: ['ignore', 'ignore', 'inherit'] }));
    await waitFor(`http://localhost:${port}/api/health`);
  }
  process.env.AUTH_SECRET = secret;
  db = createDb({ engine: 'postgres', url: url.toString() });
}, 120_000);

afterAll(async () => {
  for (const s of servers) s.kill('SIGTERM');
  servers = [];
  await db?.destroy();
  if (!postgresUrl) return;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${dbName} with (force)`);
  await admin.end();
});

const json = (body: unknown, cookie = '') => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', origin, ...(cookie ? { cookie } : {}) },
  body: JSON.stringify(body),
  redirect: 'manual' as const,
});

describe('two app servers on one PostgreSQL', () => {
  const email = `ms-${crypto.randomBytes(4).toString('hex')}@example.com`;
  const password = 'a long enough password';

  it('a teacher signed in on one server is signed in on the other', async () => {
    const signUp = await fetch(`${urls[0]}/api/auth/sign-up/email`, json({ name: 'Teacher', email, password }));
    expect(signUp.status).toBe(200);
    const cookie = signUp.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    expect(cookie).toMatch(/session_token=/);
    const session = async (headers: Record<string, string>) => (await (await fetch(`${urls[1]}/api/auth/get-session`, { headers })).json()) as { user?: { email: string } } | null;
    expect((await session({ cookie }))?.user?.email).toBe(email);
    expect(await session({})).toBeNull();
  });

  it('wrong passwords are counted across servers: the sixth, on either, is refused', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await fetch(`${urls[i % 2]}/api/auth/sign-in/email`, json({ email, password: 'wrong password' }))).status);
    expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
    expect(statuses[5]).toBe(429);
  });

  it('a student cookie works on both servers, and an answer sent to both at once is stored once', async () => {
    const teacher = await db.selectFrom('user').select('id').where('email', '=', email).executeTakeFirstOrThrow();
    const cls = await createClass(db, teacher.id, 'Across servers');
    const assignment = (await createAssignment(db, teacher.id, cls.id, {
      title: 'Both', modules: ['minusma'], questionCount: 5, questionTypes: ['single-choice', 'true-false'],
      attemptsAllowed: 1, dueAt: null, reveal: 'after-each', seedMode: 'per-student',
    }))!;
    const { student, token } = (await createStudent(db, cls.id, 'Ama'))!;
    const cookie = `${STUDENT_COOKIE}=${encodeURIComponent(signStudentCookie(student.id, token, secret))}`;
    for (const url of urls) expect((await fetch(`${url}/student`, { headers: { cookie }, redirect: 'manual' })).status).toBe(200);

    const source = getQuestionSource();
    const started = await startAttempt(db, student, assignment.id, source);
    if (!started.ok) throw new Error(started.message);
    for (const questionId of started.attempt.questionIds) {
      const q = source.getQuestion(questionId)!;
      // A two-part item's answer and proof in one request (the page sends them one step at a time).
      const body = { questionId, response: q.parts ? [q.answer as string, q.parts.answer] : q.answer };
      const replies = await Promise.all(urls.map((url) => fetch(`${url}/api/attempts/${started.attempt.id}/answers`, json(body, cookie))));
      expect(replies.map((r) => r.status).sort()).toEqual([200, 201]);
    }
    const rows = await db.selectFrom('answer').select('question_id').where('attempt_id', '=', started.attempt.id).execute();
    expect(rows.map((r) => r.question_id).sort()).toEqual([...started.attempt.questionIds].sort());
    const attempt = await db.selectFrom('attempt').select(['submitted_at', 'score']).where('id', '=', started.attempt.id).executeTakeFirstOrThrow();
    expect(attempt.submitted_at).not.toBeNull();
    expect(Number(attempt.score)).toBe(5);
  });
});
