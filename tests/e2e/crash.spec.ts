import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { distDir } from '../../playwright.config';
import type { CrashDump, CrashStudent } from './crash-db';
import { startServer } from './server-process';

// Students answer in a loop against a real production server; the server is killed with SIGKILL mid-run and
// restarted. Every answer the client saw acknowledged (HTTP 2xx) must be stored, exactly once, with what was sent.

const postgresUrl = process.env.TEST_DATABASE_URL ?? '';
const engines = postgresUrl ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const);
/** Beside the Playwright server's port, so parallel checkouts keep theirs apart. */
const PORT = Number(process.env.E2E_PORT ?? 3200) + 100;
const ORIGIN = `http://localhost:${PORT}`;
const STUDENTS = 30;
/** The kill comes once this share of all answers is acknowledged. */
const KILL_AT = 0.4;

type Database = { env: NodeJS.ProcessEnv; drop(): Promise<void> };

async function createDatabase(engine: 'sqlite' | 'postgres'): Promise<Database> {
  const base = { ...process.env };
  delete base.DATABASE_URL;
  delete base.DATABASE_PATH;
  if (engine === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cited-crash-'));
    return { env: { ...base, DATABASE_PATH: path.join(dir, 'crash.sqlite') }, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `cited_crash_${crypto.randomBytes(6).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  await admin(`create database ${name}`);
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return { env: { ...base, DATABASE_URL: url.toString() }, drop: () => admin(`drop database if exists ${name} with (force)`) };
}

/** Runs tests/e2e/crash-db.ts against the same database as the server. */
function crashDb<T>(env: NodeJS.ProcessEnv, ...args: string[]): T {
  const out = execFileSync(path.join('node_modules', '.bin', 'tsx'), [path.join('tests', 'e2e', 'crash-db.ts'), ...args], {
    env: { ...env, NODE_OPTIONS: '--conditions=react-server' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out.toString()) as T;
}

const keyOf = (attemptId: string, questionId: string) => `${attemptId}|${questionId}`;

type Outcome = { status: number; created: boolean } | { status: 'no-response'; error: string };

async function postAnswer(student: CrashStudent, body: string): Promise<Outcome> {
  try {
    const response = await fetch(`${ORIGIN}/api/attempts/${student.attemptId}/answers`, {
      method: 'POST',
      headers: { cookie: student.cookie, 'content-type': 'application/json', origin: ORIGIN },
      body,
    });
    const json = (await response.json()) as { created?: boolean };
    return { status: response.status, created: json.created === true };
  } catch (error) {
    return { status: 'no-response', error: String(error) };
  }
}

// One engine at a time: both use the same port, and a kill timed against a second server's load means little.
test.describe.configure({ mode: 'serial' });

for (const engine of engines) {
  test(`kill -9 while students answer on ${engine}: every acknowledged answer is stored exactly once`, async () => {
    test.setTimeout(300_000);
    const database = await createDatabase(engine);
    const env: NodeJS.ProcessEnv = {
      ...database.env,
      NEXT_DIST_DIR: distDir,
      BASE_URL: ORIGIN,
      AUTH_SECRET: 'crash-test-secret-that-is-long-enough-0123456789',
      SEED_DEMO: '0',
    };
    try {
      const students = crashDb<CrashStudent[]>(env, 'seed', String(STUDENTS));
      const total = students.reduce((n, s) => n + s.answers.length, 0);
      const acknowledged = new Map<string, string>();
      const unexpected: string[] = [];
      const next = students.map(() => 0);
      let server = await startServer(PORT, env);
      const started = performance.now();
      let killing: Promise<void> | null = null;

      // Each student answers their questions in order, one request at a time; an answer without a response is
      // sent again after the restart, as a browser's retry would.
      const answerLoop = (i: number) => async () => {
        const student = students[i]!;
        while (next[i]! < student.answers.length) {
          const answer = student.answers[next[i]!]!;
          const outcome = await postAnswer(student, answer.body);
          if (outcome.status === 'no-response') return;
          if (outcome.status !== 200 && outcome.status !== 201) unexpected.push(`${outcome.status} for ${answer.questionId}`);
          else acknowledged.set(keyOf(student.attemptId, answer.questionId), answer.body);
          next[i]!++;
          if (!killing && acknowledged.size >= total * KILL_AT) killing = server.kill9();
        }
      };
      await Promise.all(students.map((_, i) => answerLoop(i)()));
      expect(killing, 'the kill happened before every answer was sent').not.toBeNull();
      await killing;
      const ackedBeforeKill = acknowledged.size;
      const seconds = (performance.now() - started) / 1000;
      const unanswered = next.filter((n, i) => n < students[i]!.answers.length).length;
      expect(unanswered, 'students cut off by the kill').toBeGreaterThan(0);

      // Restart on the same database: everything acknowledged is there, once, as sent.
      server = await startServer(PORT, env);
      const afterKill = crashDb<CrashDump>(env, 'dump');
      const stored = new Map<string, string[]>();
      for (const a of afterKill.answers) stored.set(keyOf(a.attemptId, a.questionId), [...(stored.get(keyOf(a.attemptId, a.questionId)) ?? []), a.response]);
      const lost = [...acknowledged.keys()].filter((key) => !stored.has(key));
      const duplicated = [...stored].filter(([, responses]) => responses.length > 1).map(([key]) => key);
      expect(lost).toEqual([]);
      expect(duplicated).toEqual([]);
      for (const [key, body] of acknowledged) expect(JSON.parse(stored.get(key)![0]!), key).toEqual((JSON.parse(body) as { response: unknown }).response);

      // A retry of an acknowledged answer is recognised, not stored again.
      for (const student of students.slice(0, 5)) {
        const answer = student.answers.find((a) => acknowledged.has(keyOf(student.attemptId, a.questionId)))!;
        expect(await postAnswer(student, answer.body)).toEqual({ status: 200, created: false });
      }
      // The students carry on where the kill stopped them, and finish.
      await Promise.all(students.map((_, i) => answerLoop(i)()));
      await server.kill9();
      const final = crashDb<CrashDump>(env, 'dump');
      expect(unexpected).toEqual([]);
      expect(final.answers).toHaveLength(total);
      expect(new Set(final.answers.map((a) => keyOf(a.attemptId, a.questionId))).size).toBe(total);
      expect(final.attempts.filter((a) => a.submitted)).toHaveLength(STUDENTS);
      console.log(
        `[crash ${engine}] ${STUDENTS} students, ${total} answers: ${ackedBeforeKill} acknowledged in ${seconds.toFixed(1)} s before kill -9, ` +
          `${afterKill.answers.length} stored after it (${afterKill.answers.length - ackedBeforeKill} in flight, stored unacknowledged), ` +
          `0 lost, 0 duplicated; all ${total} stored once after the restart`,
      );
    } finally {
      await database.drop();
    }
  });
}
