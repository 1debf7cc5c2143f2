import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { form, nextHeadersMock } from '../../helpers/next-request';

const ctx = vi.hoisted(() => ({ cookie: '', ip: '198.51.100.9', set: new Map<string, string>() }));
vi.mock('next/headers', () => nextHeadersMock(ctx));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import { POST as saveAnswerRoute } from '@/app/api/attempts/[attemptId]/answers/route';
import { joinClass } from '@/app/join/actions';
import { createAssignmentAction, createClassAction, renameClassAction, renameStudentAction } from '@/app/teacher/actions';
import { getQuestionSource } from '@/lib/classroom/question-source';
import { formatCode } from '@/lib/classroom/codes';
import { listAssignmentsForClass } from '@/lib/db/queries/assignments';
import { listAnswers, type Attempt } from '@/lib/db/queries/attempts';
import { getClassForTeacher } from '@/lib/db/queries/classes';
import { listStudents } from '@/lib/db/queries/students';
import type { Classroom } from '@/lib/db/queries/classes';
import type { Student } from '@/lib/db/queries/students';
import { correctResponse } from '../../helpers/answers';
import { studentWithAttempt } from '../../helpers/attempt-fixture';
import { makeClass, signUpTeacher } from '../../helpers/classroom';
import { engines, useTestDb, type TestDb } from '../../helpers/db';

const source = getQuestionSource();
const ORIGIN = 'http://localhost:3000';

function post(attemptId: string, cookie: string, body: string | Blob, headers: Record<string, string> = {}) {
  return saveAnswerRoute(
    new Request(`${ORIGIN}/api/attempts/${encodeURIComponent(attemptId)}/answers`, {
      method: 'POST',
      // An empty value leaves the header out.
      headers: Object.fromEntries(Object.entries({ cookie, 'content-type': 'application/json', origin: ORIGIN, ...headers }).filter(([, v]) => v !== '')),
      body,
    }),
    { params: Promise.resolve({ attemptId }) },
  );
}

const assignmentForm = (classId: string, patch: Record<string, string | string[]> = {}) =>
  form({ classId, title: 'Week 1', modules: 'minusma', questionCount: '3', questionTypes: ['single-choice', 'true-false'], attemptsAllowed: '1', reveal: 'after-each', seedMode: 'shared', ...patch });

describe.each(engines)('refused input on %s', (engine) => {
  let t: TestDb;
  let teacher: { id: string; cookie: string };
  let cls: Classroom;
  let s: { student: Student; cookie: string };
  let attempt: Attempt;

  beforeAll(async () => {
    t = await useTestDb(engine);
    process.env.BASE_URL = ORIGIN;
    teacher = await signUpTeacher('hardening@example.com');
    cls = await makeClass(t.db, teacher.id, 'Class');
    const fixture = await studentWithAttempt(t.db, teacher.id, cls.id, 'after-submit');
    s = fixture;
    attempt = fixture.attempt;
  });
  afterAll(async () => t?.close());

  const firstQuestion = () => source.getQuestion(attempt.questionIds[0]!)!;
  const body = (response: unknown, questionId = attempt.questionIds[0]!) => JSON.stringify({ questionId, response });

  describe('the answers API (defect 6)', () => {
    it.each(['text/plain; application/json', 'text/plain', 'application/json, text/plain', 'application/x-www-form-urlencoded'])('answers 415 to content-type %s', async (type) => {
      const res = await post(attempt.id, s.cookie, body(correctResponse(firstQuestion())), { 'content-type': type });
      expect(res.status).toBe(415);
      expect((await res.json()).error).toMatch(/application\/json/);
    });

    it.each(['https://evil.example', 'null', 'http://localhost:3000.evil.example'])('answers 403 to Origin %s', async (origin) => {
      const res = await post(attempt.id, s.cookie, body(correctResponse(firstQuestion())), { origin });
      expect(res.status).toBe(403);
      expect((await res.json()).error).toMatch(/other site/);
    });

    it('answers 403 to a cross-site request without Origin', async () => {
      const res = await post(attempt.id, s.cookie, body(correctResponse(firstQuestion())), { origin: '', 'sec-fetch-site': 'cross-site' });
      expect(res.status).toBe(403);
    });

    it('stored nothing for the refused requests', async () => {
      expect(await listAnswers(t.db, attempt.id)).toHaveLength(0);
    });
  });

  describe('answers and ids (defect 9)', () => {
    it('refuses a byte-order mark before the JSON with a clear 400', async () => {
      const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(body(correctResponse(firstQuestion())))]);
      const res = await post(attempt.id, s.cookie, new Blob([bytes]));
      expect(res.status).toBe(400);
      expect((await res.json()).error).toMatch(/byte-order mark/);
      expect(await listAnswers(t.db, attempt.id)).toHaveLength(0);
    });

    it('refuses an attempt id with a trailing space (ids are exact, not trimmed)', async () => {
      const res = await post(`${attempt.id} `, s.cookie, body(correctResponse(firstQuestion())));
      expect(res.status).toBe(404);
      expect(await listAnswers(t.db, attempt.id)).toHaveLength(0);
    });

    it.each([[''], ['   '], ['\u200b\u200b'], ['\t\n'], [['', ' ']], [[]]])('refuses the blank answer %j: not stored, not counted', async (response) => {
      for (const questionId of attempt.questionIds) {
        const res = await post(attempt.id, s.cookie, body(response, questionId));
        expect(res.status).toBe(400);
        expect((await res.json()).error).toMatch(/empty/);
      }
      expect(await listAnswers(t.db, attempt.id)).toHaveLength(0);
    });

    it('still saves a real answer', async () => {
      const res = await post(attempt.id, s.cookie, body(correctResponse(firstQuestion())));
      expect(res.status).toBe(201);
    });
  });

  describe('names, titles and numbers (defect 9)', () => {
    const ZERO_WIDTH = '\u200b\u200c\u200d\u2060\ufeff';
    const RLO = 'Ali\u202ecod.exe';

    it('refuses a class name of only zero-width characters', async () => {
      ctx.cookie = teacher.cookie;
      const r = await createClassAction({ ok: false, status: 0 }, form({ name: ZERO_WIDTH }));
      expect(r).toMatchObject({ ok: false, status: 400 });
      expect(r.error).toMatch(/Class name must contain a letter or a digit/);
      const r2 = await renameClassAction({ ok: false, status: 0 }, form({ classId: cls.id, name: ZERO_WIDTH }));
      expect(r2.status).toBe(400);
      expect((await getClassForTeacher(t.db, teacher.id, cls.id))?.name).toBe('Class');
    });

    it('refuses an assignment title of only zero-width characters', async () => {
      ctx.cookie = teacher.cookie;
      const r = await createAssignmentAction({ ok: false, status: 0 }, assignmentForm(cls.id, { title: ZERO_WIDTH }));
      expect(r.status).toBe(400);
      expect(r.error).toMatch(/Title must contain a letter or a digit/);
    });

    it.each(['0x10', '1e1', '16.0', ' 16', '+16', '١٦'])('refuses questionCount=%s (plain decimal digits only)', async (questionCount) => {
      ctx.cookie = teacher.cookie;
      const before = (await listAssignmentsForClass(t.db, cls.id)).length;
      const r = await createAssignmentAction({ ok: false, status: 0 }, assignmentForm(cls.id, { questionCount }));
      expect(r.status).toBe(400);
      expect(r.fieldErrors?.questionCount?.[0]).toMatch(/whole number/i);
      expect((await listAssignmentsForClass(t.db, cls.id)).length).toBe(before);
    });

    it('refuses a display name with a right-to-left override, or of only zero-width characters, on join and rename', async () => {
      ctx.cookie = '';
      const code = formatCode(cls.joinCode);
      for (const displayName of [RLO, ZERO_WIDTH, 'A\u2067B']) {
        const r = await joinClass({ ok: false, status: 0 }, form({ code, displayName }));
        expect(r.status).toBe(400);
        expect(r.error).toMatch(/Display name (must not contain text-direction|must contain a letter)/);
      }
      ctx.cookie = teacher.cookie;
      const r = await renameStudentAction({ ok: false, status: 0 }, form({ classId: cls.id, studentId: s.student.id, displayName: RLO }));
      expect(r.status).toBe(400);
      expect((await listStudents(t.db, cls.id)).map((x) => x.displayName)).toEqual(['S']);
    });
  });
});
