import crypto from 'node:crypto';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { nextHeadersMock, outcome } from '../../helpers/next-request';

const ctx = vi.hoisted(() => ({ cookie: '', ip: '198.51.100.77', set: new Map<string, string>() }));
vi.mock('next/headers', () => nextHeadersMock(ctx));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import { POST as saveAnswerRoute } from '@/app/api/attempts/[attemptId]/answers/route';
import { GET as authGet, POST as authPost } from '@/app/api/auth/[...all]/route';
import { submitPracticeAnswer } from '@/app/explainers/[slug]/quiz/actions';
import { POST as practiceAnswerRoute } from '@/app/explainers/[slug]/quiz/answer/route';
import * as joinActions from '@/app/join/actions';
import * as studentActions from '@/app/student/actions';
import { GET as resultsCsvRoute } from '@/app/teacher/assignments/[assignmentId]/results.csv/route';
import * as teacherActions from '@/app/teacher/actions';
import type { ActionState } from '@/lib/auth/actions';
import { formatCode } from '@/lib/classroom/codes';
import type { Db } from '@/lib/db/client';
import { studentWithAttempt } from '../../helpers/attempt-fixture';
import { makeClass, signUpTeacher } from '../../helpers/classroom';
import { engines, useTestDb, type TestDb } from '../../helpers/db';

/**
 * Issue 12: generated malformed input to every route handler and server action. Each input must be answered
 * below 500, with a readable message when it is a 4xx, and must leave the database as it was. Inputs are only
 * ever malformed (a bad field, header, body or argument shape), never a valid request, so "unchanged" is exact.
 * Rate-limit counters are the one table a refused request may change, so they are left out of the snapshot.
 * Fixed seed: a failure prints the counterexample, and reruns reproduce it.
 */
const SEED = 12_012;
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const ORIGIN = 'http://localhost:3000';
const COUNTED = /rate.?limit/i;

async function snapshot(db: Db, engine: string): Promise<Record<string, string>> {
  const tables =
    engine === 'postgres'
      ? await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(db)
      : await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db);
  const out: Record<string, string> = {};
  for (const { name } of tables.rows.filter((t) => !COUNTED.test(t.name)).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(db);
    const lines = rows.rows.map((r) => JSON.stringify(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : 1)), (_k, v) => (v instanceof Date ? v.toISOString() : v))).sort();
    out[name] = `${lines.length}:${crypto.createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16)}`;
  }
  return out;
}

/** A readable refusal: a JSON `error`/`message`, or a plain-text body, of a few words. */
async function expectClearResponse(res: Response, label: string): Promise<void> {
  expect(res.status, label).toBeLessThan(500);
  if (res.status < 400) return;
  const text = await res.text();
  let message = text;
  try {
    const json = JSON.parse(text) as { error?: unknown; message?: unknown };
    message = String(json.error ?? json.message ?? '');
  } catch {
    // plain text
  }
  expect(message.trim().length, `${label}: ${res.status} ${text.slice(0, 120)}`).toBeGreaterThanOrEqual(8);
}

function expectClearState(state: unknown, label: string): void {
  const s = state as ActionState;
  expect(s?.ok, label).toBe(false);
  expect(s.status, label).toBeGreaterThanOrEqual(400);
  expect(s.status, label).toBeLessThan(500);
  expect(String(s.error ?? '').length, label).toBeGreaterThanOrEqual(8);
}

// --- arbitraries ---------------------------------------------------------------------------------------------
const printable = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 60 });
const nasty = fc.constantFrom('', ' ', '\u200b\u200c', '\u202eabc', 'A\u2066B', '\u0000\u0007', '\ufeff', '\u3164', '<script>alert(1)</script>', '=cmd|x', "'; drop table class;--", '../../etc/passwd', '%00', 'x'.repeat(5000), '0x10', '1e1', '-1', '16.0', ' 16', 'NaN', 'null', '[object Object]', '__proto__', '🙂'.repeat(50));
const anyText = fc.oneof(nasty, fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 30 }), printable);
/** A text field value that no schema accepts as a name or title. */
const badText = fc.oneof(fc.constantFrom('', '   ', '\u200b', '\u200b\u200c\u200d', '\u2060\ufeff', 'Ali\u202ecod.exe', 'a\u2067b', '\u3164', '---', 'x'.repeat(200), '\u0000\u0001'), fc.string({ unit: fc.constantFrom(' ', '\t', '\u200b', '\u00a0', '-', '.'), maxLength: 10 }));
const badId = fc.oneof(nasty, printable.filter((s) => !/^[A-Za-z0-9_-]{1,64}$/.test(s)), fc.stringMatching(/^[A-Za-z0-9_-]{8,20}$/).map((s) => `no-such-${s}`));
const badCount = fc.oneof(fc.constantFrom('0x10', '1e1', '16.0', ' 16', '+16', '-1', '0', '51', '', '١٦', '99999', '1.5'), printable.filter((s) => !/^[0-9]+$/.test(s)));

/** A form: the given fields plus, sometimes, junk fields, repeated fields and files. */
function formOf(fields: fc.Arbitrary<Record<string, string | string[] | undefined>>) {
  return fc.tuple(fields, fc.dictionary(printable, anyText, { maxKeys: 3 }), fc.boolean()).map(([f, junk, file]) => {
    const form = new FormData();
    for (const [k, v] of Object.entries({ ...junk, ...f })) {
      if (v === undefined) continue;
      for (const item of Array.isArray(v) ? v : [v]) form.append(k, item);
    }
    if (file) form.append('name', new Blob(['x']), 'x.txt');
    return form;
  });
}
const maybe = <T,>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const argShape = fc.constantFrom<unknown[]>([], [undefined, undefined], [null, null], [{}, {}], [{ ok: false, status: 0 }, 'name=x'], [{ ok: false, status: 0 }, 42], [{ ok: false, status: 0 }, ['a']]);

describe.each(engines)('fuzzing every route handler and server action on %s', (engine) => {
  let t: TestDb;
  let ids: { classId: string; assignmentId: string; attemptId: string; questionIds: string[]; studentId: string; joinCode: string };
  const cookies = { teacher: '', other: '', student: '' };
  let before: Record<string, string>;
  let tried = 0;

  beforeAll(async () => {
    t = await useTestDb(engine);
    process.env.BASE_URL = ORIGIN;
    const teacher = await signUpTeacher('fuzz-owner@example.com');
    cookies.teacher = teacher.cookie;
    cookies.other = (await signUpTeacher('fuzz-other@example.com')).cookie;
    const cls = await makeClass(t.db, teacher.id, 'Class');
    const { assignment, student, cookie, attempt } = await studentWithAttempt(t.db, teacher.id, cls.id);
    cookies.student = cookie;
    ids = { classId: cls.id, assignmentId: assignment.id, attemptId: attempt.id, questionIds: attempt.questionIds, studentId: student.id, joinCode: formatCode(cls.joinCode) };
    before = await snapshot(t.db, engine);
  }, 60_000);

  it('the snapshot covers the classroom tables and sees a change', async () => {
    for (const table of ['classroom', 'student', 'assignment', 'attempt', 'user', 'session']) expect(before[table], table).toMatch(/^[1-9]\d*:/);
    await sql`update ${sql.table('classroom')} set name = 'changed' where id = ${ids.classId}`.execute(t.db);
    expect(await snapshot(t.db, engine)).not.toEqual(before);
    await sql`update ${sql.table('classroom')} set name = 'Class' where id = ${ids.classId}`.execute(t.db);
    expect(await snapshot(t.db, engine)).toEqual(before);
  });

  afterAll(async () => {
    console.log(`fuzz on ${engine}: ${tried} generated inputs, none answered 500 or changed the database`);
    await t?.close();
  });

  const who = fc.constantFrom<keyof typeof cookies | 'anonymous' | 'garbage'>('teacher', 'other', 'student', 'anonymous', 'garbage');
  const cookieOf = (w: string) => (w === 'anonymous' ? '' : w === 'garbage' ? 'better-auth.session_token=x.y; cited_student=a.b.c' : cookies[w as keyof typeof cookies]);
  const expectUnchanged = async () => expect(await snapshot(t.db, engine)).toEqual(before);
  const options = () => ({ numRuns: RUNS, seed: SEED, endOnFailure: true });

  it('POST /api/attempts/<id>/answers: bodies, ids and headers', async () => {
    const realQuestion = fc.constantFrom(...ids.questionIds);
    const badResponse = fc.oneof(fc.constantFrom('', '   ', '\u200b', [], ['', ' '], 42, null, true, { a: 1 }, 'x'.repeat(501), Array(21).fill('a')), fc.object({ maxDepth: 2 }));
    const body = fc.oneof(
      anyText,
      fc.json({ maxDepth: 3 }),
      fc.record({ questionId: realQuestion, response: badResponse }).map((b) => JSON.stringify(b)),
      fc.record({ questionId: fc.oneof(badId, anyText, fc.integer()), response: fc.oneof(anyText, fc.array(anyText, { maxLength: 3 })) }).map((b) => JSON.stringify(b)),
      fc.record({ questionId: realQuestion, response: badResponse }).map((b) => `\ufeff${JSON.stringify(b)}`),
      fc.uint8Array({ maxLength: 64 }).map((b) => new Blob([b])),
    );
    await fc.assert(
      fc.asyncProperty(
        who,
        fc.oneof(fc.constant(ids.attemptId), fc.constant(`${ids.attemptId} `), badId),
        fc.oneof(fc.constant('application/json'), fc.constant('text/plain; application/json'), fc.constant('application/json; charset=utf-8'), printable),
        fc.oneof(fc.constant(ORIGIN), fc.constant('https://evil.example'), fc.constant(''), printable),
        body,
        async (w, attemptId, contentType, origin, payload) => {
          tried += 1;
          const headers: Record<string, string> = { 'content-type': contentType };
          const cookie = cookieOf(w);
          if (cookie) headers.cookie = cookie;
          if (origin) headers.origin = origin;
          const res = await saveAnswerRoute(new Request(`${ORIGIN}/api/attempts/x/answers`, { method: 'POST', headers, body: payload }), { params: Promise.resolve({ attemptId }) });
          await expectClearResponse(res, `answers ${w} ${attemptId} ${contentType} ${origin}`);
          expect(res.status).not.toBe(200);
          expect(res.status).not.toBe(201);
        },
      ),
      options(),
    );
    await expectUnchanged();
  });

  it('GET results.csv: ids, cookies and query strings', async () => {
    await fc.assert(
      fc.asyncProperty(who, badId, fc.dictionary(printable, anyText, { maxKeys: 3 }), async (w, assignmentId, query) => {
        tried += 1;
        const url = new URL(`${ORIGIN}/teacher/assignments/x/results.csv`);
        for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
        const cookie = cookieOf(w);
        const res = await resultsCsvRoute(new Request(url, { headers: cookie ? { cookie } : {} }), { params: Promise.resolve({ assignmentId }) });
        await expectClearResponse(res, `csv ${w} ${assignmentId}`);
      }),
      options(),
    );
    await expectUnchanged();
  });

  it('POST /explainers/<slug>/quiz/answer and the practice action: form fields', async () => {
    const practiceForm = formOf(fc.record({ slug: maybe(fc.oneof(fc.constant('minusma'), anyText)), seed: maybe(anyText), a: maybe(anyText), question: maybe(anyText), response: maybe(fc.oneof(anyText, fc.array(anyText, { maxLength: 3 }))) }));
    await fc.assert(
      fc.asyncProperty(practiceForm, argShape, async (form, args) => {
        tried += 2;
        const res = await practiceAnswerRoute(new Request(`${ORIGIN}/explainers/minusma/quiz/answer`, { method: 'POST', body: form }));
        expect(res.status).toBe(303);
        expect(res.headers.get('location')).toMatch(/^\/(?!\/)/);
        expect(await outcome(() => submitPracticeAnswer(form))).toMatch(/^redirect:\/(?!\/)/);
        expect(await outcome(() => (submitPracticeAnswer as (...a: unknown[]) => Promise<void>)(...args))).toMatch(/^redirect:\//);
      }),
      options(),
    );
    await expectUnchanged();
  });

  it('better-auth endpoints: paths, methods and bodies', async () => {
    const path = fc.oneof(fc.constantFrom('sign-in/email', 'sign-up/email', 'get-session', 'sign-out', 'no-such-endpoint', 'sign-in/social', 'reset-password'), printable.map(encodeURIComponent));
    const badEmail = fc.oneof(nasty, printable.filter((s) => !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(s)));
    const body = fc.oneof(
      anyText,
      fc.json({ maxDepth: 2 }),
      fc.record({ email: badEmail, password: maybe(anyText), name: maybe(anyText) }).map((b) => JSON.stringify(b)),
      fc.record({ email: fc.constant('fuzz-owner@example.com'), password: fc.oneof(fc.constant(''), fc.constant('short'), fc.integer()) }).map((b) => JSON.stringify(b)),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('GET', 'POST'), path, body, fc.oneof(fc.constant(''), fc.constant('better-auth.session_token=forged.value'), printable), async (method, p, payload, cookie) => {
        if (method === 'POST' && p === 'sign-out') return; // signing out a real session is not malformed input
        tried += 1;
        const headers: Record<string, string> = { 'content-type': 'application/json', origin: ORIGIN };
        if (cookie) headers.cookie = cookie;
        const request = new Request(`${ORIGIN}/api/auth/${p}`, method === 'POST' ? { method, headers, body: payload } : { method, headers });
        const res = await (method === 'POST' ? authPost(request) : authGet(request));
        // better-auth's router answers a path or method it does not have with an empty 404: the one refusal without words.
        if (res.status === 404 && (await res.clone().text()) === '') return;
        await expectClearResponse(res, `auth ${method} ${p} ${payload.slice(0, 60)}`);
      }),
      { ...options(), numRuns: Math.ceil(RUNS / 2) },
    );
    await expectUnchanged();
  });

  it('teacher actions: form fields, argument shapes, every kind of caller', async () => {
    const realOrBad = (real: string) => fc.oneof(fc.constant(real), badId);
    const settings = {
      title: badText,
      modules: fc.oneof(fc.constant('minusma'), anyText, fc.array(anyText, { maxLength: 3 })),
      questionCount: badCount,
      questionTypes: fc.oneof(fc.constant('single-choice'), anyText),
      attemptsAllowed: fc.oneof(fc.constant('1'), badCount),
      reveal: fc.oneof(fc.constant('after-each'), anyText),
      seedMode: fc.oneof(fc.constant('shared'), anyText),
      dueAt: maybe(anyText),
    };
    // Every form has at least one field no schema accepts (a bad name, count or id), so nothing may succeed.
    const cases: [string, (s: ActionState, f: FormData) => Promise<ActionState>, fc.Arbitrary<FormData>][] = [
      ['createClassAction', teacherActions.createClassAction, formOf(fc.record({ name: maybe(badText) }))],
      ['renameClassAction', teacherActions.renameClassAction, formOf(fc.record({ classId: maybe(realOrBad(ids.classId)), name: maybe(badText) }))],
      ['archiveClassAction', teacherActions.archiveClassAction, formOf(fc.record({ classId: maybe(realOrBad(ids.classId)), archived: fc.oneof(anyText.filter((v) => v !== '0' && v !== '1'), fc.constant(undefined)) }))],
      ['rotateJoinCodeAction', teacherActions.rotateJoinCodeAction, formOf(fc.record({ classId: maybe(badId) }))],
      ['renameStudentAction', teacherActions.renameStudentAction, formOf(fc.record({ classId: maybe(realOrBad(ids.classId)), studentId: maybe(realOrBad(ids.studentId)), displayName: maybe(badText) }))],
      ['removeStudentAction', teacherActions.removeStudentAction, formOf(fc.record({ classId: maybe(realOrBad(ids.classId)), studentId: maybe(realOrBad(ids.studentId)), confirm: maybe(anyText.filter((v) => v !== 'yes')) }))],
      ['rejoinCodeAction', teacherActions.rejoinCodeAction, formOf(fc.record({ classId: maybe(badId), studentId: maybe(realOrBad(ids.studentId)) }))],
      ['createAssignmentAction', teacherActions.createAssignmentAction, formOf(fc.record({ classId: maybe(realOrBad(ids.classId)), ...settings }))],
      ['signIn', teacherActions.signIn, formOf(fc.record({ email: maybe(fc.oneof(nasty, printable.filter((s) => !s.includes('@')))), password: maybe(anyText) }))],
      ['signUp', teacherActions.signUp, formOf(fc.record({ name: maybe(anyText), email: maybe(fc.oneof(nasty, printable.filter((s) => !s.includes('@')))), password: maybe(anyText) }))],
    ];
    for (const [name, action, forms] of cases) {
      await fc.assert(
        fc.asyncProperty(who, fc.oneof({ weight: 4, arbitrary: forms.map((f) => [{ ok: false, status: 0 }, f] as unknown[]) }, { weight: 1, arbitrary: argShape }), async (w, args) => {
          tried += 1;
          ctx.cookie = cookieOf(w);
          const state = await (action as (...a: unknown[]) => Promise<ActionState>)(...args);
          expectClearState(state, `${name} as ${w}`);
        }),
        { ...options(), numRuns: Math.ceil(RUNS / 3) },
      );
    }
    await expectUnchanged();
  });

  it('join, rejoin and start-attempt actions: form fields, argument shapes, every kind of caller', async () => {
    const cases: [string, (s: ActionState, f: FormData) => Promise<ActionState>, fc.Arbitrary<FormData>][] = [
      ['joinClass', joinActions.joinClass, formOf(fc.record({ code: maybe(fc.oneof(fc.constant(ids.joinCode), anyText)), displayName: maybe(badText) }))],
      ['rejoinClass', joinActions.rejoinClass, formOf(fc.record({ rejoinCode: maybe(anyText) }))],
      ['startAttemptAction', studentActions.startAttemptAction, formOf(fc.record({ assignmentId: maybe(badId) }))],
    ];
    for (const [name, action, forms] of cases) {
      await fc.assert(
        fc.asyncProperty(who, fc.oneof({ weight: 4, arbitrary: forms.map((f) => [{ ok: false, status: 0 }, f] as unknown[]) }, { weight: 1, arbitrary: argShape }), async (w, args) => {
          tried += 1;
          ctx.cookie = cookieOf(w);
          ctx.set.clear();
          const state = await (action as (...a: unknown[]) => Promise<ActionState>)(...args);
          expectClearState(state, `${name} as ${w}`);
          expect([...ctx.set.keys()], `${name} set no cookie`).toEqual([]);
        }),
        { ...options(), numRuns: Math.ceil(RUNS / 2) },
      );
    }
    await expectUnchanged();
  });
});
