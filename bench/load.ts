// Answers under load: autocannon posts answers through the real route of the running app for a
// class of 30 and a school of 1,000 students at once, then checks the database holds every
// acknowledged answer exactly once. The yardstick is the framework floor on the same server
// (POST /api/bench-floor, served with BENCH_FLOOR=1); a bare Node http server is measured too.
// Then a class day: open-loop Poisson arrivals at BENCH_CLASS_DAY_RATE answers/s (100) for
// BENCH_CLASS_DAY_SECONDS (60) from 1,000 students.
// Usage: tsx bench/load.ts <base-url>; uses the same DATABASE_PATH / DATABASE_URL as the server.
import { spawn } from 'node:child_process';
import http from 'node:http';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { startAttempt } from '../lib/classroom/attempt-service';
import { getQuestionSource } from '../lib/classroom/question-source';
import { createDb, dbConfigFromEnv } from '../lib/db/client';
import { createAssignment } from '../lib/db/queries/assignments';
import { createClass } from '../lib/db/queries/classes';
import { createStudent } from '../lib/db/queries/students';
import { STUDENT_COOKIE, signStudentCookie } from '../lib/auth/student';
import type { Question, QuestionResponse } from '../lib/quiz/types';

const base = process.argv[2] ?? 'http://localhost:3300';
const QUESTIONS = 10;
/** Share of answers sent twice, like a double click or a retry after a lost connection. */
const REPEAT_EVERY = 10;

type Pending = { attemptId: string; cookie: string; questionId: string; body: string };

/**
 * Right for even k, wrong for odd. A two-part item is answered whole, `[answer, proof]`, in one request (the
 * first part alone is a step that stores no answer, so the exactly-once check would count it as lost).
 */
function someResponse(q: Question, k: number): QuestionResponse {
  const first = k % 2 === 0 ? (q.answer as string) : (q.options?.find((o) => o !== q.answer) ?? 'a wrong answer');
  if (q.parts) return [first, q.parts.answer];
  return k % 2 === 0 ? q.answer : first;
}

export async function setUp(db: ReturnType<typeof createDb>, engine: 'sqlite' | 'postgres', students: number, run: string) {
  const now = new Date();
  const teacherId = `bench-teacher-${run}`;
  const time = engine === 'postgres' ? now : now.toISOString();
  await db
    .insertInto('user')
    .values({ id: teacherId, name: 'Bench', email: `${teacherId}@example.com`, emailVerified: engine === 'postgres' ? false : 0, image: null, createdAt: time, updatedAt: time } as never)
    .execute();
  const cls = await createClass(db, teacherId, `Bench ${run}`);
  const assignment = (await createAssignment(db, teacherId, cls.id, {
    title: `Load ${run}`,
    modules: ['minusma'],
    questionCount: QUESTIONS,
    questionTypes: ['single-choice', 'true-false', 'who-said'],
    attemptsAllowed: 1,
    dueAt: null,
    reveal: 'after-each',
    seedMode: 'per-student',
  }))!;
  const source = getQuestionSource();
  const pending: Pending[] = [];
  for (let i = 0; i < students; i++) {
    const { student, token } = (await createStudent(db, cls.id, `Student ${i + 1}`))!;
    const cookie = `${STUDENT_COOKIE}=${encodeURIComponent(signStudentCookie(student.id, token))}`;
    const started = await startAttempt(db, student, assignment.id, source);
    if (!started.ok) throw new Error(started.message);
    started.attempt.questionIds.forEach((questionId, k) => {
      const body = JSON.stringify({ questionId, response: someResponse(source.getQuestion(questionId)!, k) });
      const item = { attemptId: started.attempt.id, cookie, questionId, body };
      pending.push(item);
      if ((i * QUESTIONS + k) % REPEAT_EVERY === 0) pending.push(item);
    });
  }
  // Interleave students so concurrent requests come from different students, as in a class.
  pending.sort((a, b) => a.questionId.localeCompare(b.questionId) || a.attemptId.localeCompare(b.attemptId));
  return { assignmentId: assignment.id, pending };
}

export async function fire(url: string, connections: number, pending: Pending[]) {
  let next = 0;
  const acknowledged = new Set<string>();
  const result = await autocannon({
    url,
    connections,
    amount: pending.length,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        setupRequest: (request: autocannon.Request, context: object) => {
          const item = pending[next++ % pending.length]!;
          (context as { item?: Pending }).item = item;
          return {
            ...request,
            path: `/api/attempts/${item.attemptId}/answers`,
            headers: { 'content-type': 'application/json', cookie: item.cookie },
            body: item.body,
          };
        },
        onResponse: (status: number, _body: string, context: object) => {
          const item = (context as { item: Pending }).item;
          if (status === 200 || status === 201) acknowledged.add(`${item.attemptId}|${item.questionId}`);
        },
      },
    ],
  });
  return { result, acknowledged };
}

async function floor(url: string, connections: number, pending: Pending[]) {
  const result = await autocannon({
    url: `${url}/api/bench-floor`,
    connections,
    amount: pending.length,
    timeout: 30,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: pending[0]!.body,
  });
  if (result.non2xx > 0) throw new Error(`the floor route answered ${result.non2xx} non-2xx: start the server with BENCH_FLOOR=1`);
  return { requestsPerSecond: Math.round(result.requests.average), p50Ms: result.latency.p50, p99Ms: result.latency.p99, errors: result.errors + result.timeouts };
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 10) / 10 : 0;
}

/** Open loop: arrivals do not wait for answers, as 1,000 students each answering every 10 s on average. */
async function classDay(url: string, pending: Pending[], rate: number, seconds: number) {
  const target = new URL(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  const latencies: number[] = [];
  const acknowledged = new Set<string>();
  let errors = 0;
  const send = (item: Pending) =>
    new Promise<void>((resolve) => {
      const t0 = performance.now();
      const req = http.request(
        { host: target.hostname, port: target.port, path: `/api/attempts/${item.attemptId}/answers`, method: 'POST', agent, headers: { 'content-type': 'application/json', cookie: item.cookie, origin: target.origin } },
        (res) => {
          res.resume();
          res.on('end', () => {
            latencies.push(performance.now() - t0);
            if (res.statusCode === 200 || res.statusCode === 201) acknowledged.add(`${item.attemptId}|${item.questionId}`);
            else errors++;
            resolve();
          });
        },
      );
      req.on('error', () => {
        errors++;
        resolve();
      });
      req.end(item.body);
    });
  const inflight: Promise<void>[] = [];
  const start = performance.now();
  let at = 0;
  for (let i = 0; ; i++) {
    at += (-Math.log(1 - Math.random()) / rate) * 1000;
    if (at > seconds * 1000) break;
    const wait = start + at - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    inflight.push(send(pending[i % pending.length]!));
  }
  await Promise.all(inflight);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { rate, seconds, sent: inflight.length, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99), errors, acknowledged: acknowledged.size };
}

async function bareNode(): Promise<number> {
  const port = 3390;
  const child = spawn(process.execPath, ['-e', `require('http').createServer((q, s) => { s.setHeader('content-type', 'application/json'); s.end('{"ok":true}'); }).listen(${port})`]);
  await new Promise((r) => setTimeout(r, 500));
  try {
    const result = await autocannon({ url: `http://localhost:${port}/`, connections: 100, duration: 5 });
    return Math.round(result.requests.average);
  } finally {
    child.kill();
  }
}

/** The kernel's count of connections refused because a listen backlog was full (Linux only). */
function listenOverflows(): number | null {
  try {
    const lines = readFileSync('/proc/net/netstat', 'utf8').split('\n').filter((l) => l.startsWith('TcpExt:'));
    const [keys, values] = lines.map((l) => l.split(/\s+/));
    const at = keys?.indexOf('ListenOverflows') ?? -1;
    return at > 0 && values ? Number(values[at]) : null;
  } catch {
    return null;
  }
}

async function main() {
  const config = dbConfigFromEnv();
  const db = createDb(config);
  const engine = config.engine;
  // Warm-up, not reported: the first answers load the route and generate the question bank.
  const warm = await setUp(db, engine, 10, `warm-up-${Date.now()}`);
  await fire(base, 10, warm.pending);
  const runs = [];
  for (const students of [30, 1000]) {
    const { pending } = await setUp(db, engine, students, `${students}-${Date.now()}`);
    const overflowsBefore = listenOverflows();
    const { result, acknowledged } = await fire(base, students, pending);
    const overflowsAfter = listenOverflows();
    const floorRun = await floor(base, students, pending);
    const check = await checkStored(db, pending, acknowledged);
    const sent = new Set(pending.map((p) => `${p.attemptId}|${p.questionId}`));
    runs.push({
      engine,
      students,
      requests: pending.length,
      requestsPerSecond: Math.round(result.requests.average),
      floor: floorRun,
      ofFloor: Math.round((result.requests.average / floorRun.requestsPerSecond) * 100) / 100,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      errors: result.errors + result.timeouts,
      non2xx: result.non2xx,
      acknowledged: acknowledged.size,
      stored: check.stored,
      distinctAnswersSent: sent.size,
      // Connections the kernel dropped while the server's listen backlog (Node's default: 511) was full;
      // the client retries them after 1, 3, 7… s, which shows in the latency tail, not in request handling.
      listenOverflows: overflowsBefore === null || overflowsAfter === null ? null : overflowsAfter - overflowsBefore,
      storedExactlyOnce: check.exactlyOnce,
    });
  }
  const rate = Number(process.env.BENCH_CLASS_DAY_RATE ?? 100);
  const seconds = Number(process.env.BENCH_CLASS_DAY_SECONDS ?? 60);
  const day = await setUp(db, engine, 1000, `class-day-${Date.now()}`);
  // A student answers their questions in order, one at a time: spread each student's answers over the run.
  day.pending.sort((a, b) => a.questionId.localeCompare(b.questionId));
  const classDayRun = { engine, students: 1000, ...(await classDay(base, day.pending, rate, seconds)) };
  await db.destroy();
  const bare = process.env.BENCH_SKIP_BARE ? null : { requestsPerSecond: await bareNode() };
  console.log(JSON.stringify({ bareNode: bare, runs, classDay: classDayRun }));
}

/** Exactly once: no duplicate rows, every acknowledged answer stored, nothing stored that was not sent. */
export async function checkStored(db: ReturnType<typeof createDb>, pending: Pending[], acknowledged: Set<string>) {
  const attemptIds = [...new Set(pending.map((p) => p.attemptId))];
  const rows: { attempt_id: string; question_id: string }[] = [];
  for (let i = 0; i < attemptIds.length; i += 500) {
    rows.push(...(await db.selectFrom('answer').select(['attempt_id', 'question_id']).where('attempt_id', 'in', attemptIds.slice(i, i + 500)).execute()));
  }
  const stored = new Set(rows.map((r) => `${r.attempt_id}|${r.question_id}`));
  const sent = new Set(pending.map((p) => `${p.attemptId}|${p.questionId}`));
  const exactlyOnce = stored.size === rows.length && [...acknowledged].every((k) => stored.has(k)) && [...stored].every((k) => sent.has(k));
  return { stored: rows.length, exactlyOnce, lost: [...acknowledged].filter((k) => !stored.has(k)).length };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
