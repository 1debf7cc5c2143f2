import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { form, nextHeadersMock, outcome } from '../../helpers/next-request';

const ctx = vi.hoisted(() => ({ cookie: '', ip: '198.51.100.1', set: new Map<string, string>() }));
vi.mock('next/headers', () => nextHeadersMock(ctx));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import { POST as saveAnswerRoute } from '@/app/api/attempts/[attemptId]/answers/route';
import { joinClass, rejoinClass } from '@/app/join/actions';
import { leaveAction, startAttemptAction } from '@/app/student/actions';
import { renameStudentAction } from '@/app/teacher/actions';
import StudentPage from '@/app/student/page';
import StudentAssignmentPage from '@/app/student/assignments/[assignmentId]/page';
import { STUDENT_COOKIE, getStudentFromCookie, parseStudentCookie, signStudentCookie } from '@/lib/auth/student';
import { startAttempt } from '@/lib/classroom/attempt-service';
import { formatCode } from '@/lib/classroom/codes';
import { JOIN_LIMITS } from '@/lib/classroom/limits';
import { getQuestionSource } from '@/lib/classroom/question-source';
import { createAssignment, type Assignment } from '@/lib/db/queries/assignments';
import { listAnswers } from '@/lib/db/queries/attempts';
import { getStudentById, issueRejoinCode, listStudents } from '@/lib/db/queries/students';
import type { Classroom } from '@/lib/db/queries/classes';
import type { Student } from '@/lib/db/queries/students';
import { correctResponse } from '../../helpers/answers';
import { joinStudent, makeClass, signUpTeacher } from '../../helpers/classroom';
import { engines, useTestDb, type TestDb } from '../../helpers/db';

const source = getQuestionSource();

function post(attemptId: string, cookie: string, body: unknown, contentType = 'application/json') {
  return saveAnswerRoute(
    new Request(`http://test/api/attempts/${attemptId}/answers`, {
      method: 'POST',
      headers: { cookie, 'content-type': contentType },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
    { params: Promise.resolve({ attemptId }) },
  );
}

describe.each(engines)('students on %s', (engine) => {
  let t: TestDb;
  let teacher: { id: string; cookie: string };
  let cls: Classroom;
  let assignment: Assignment;
  let a: { student: Student; cookie: string };
  let b: { student: Student; cookie: string };

  beforeAll(async () => {
    t = await useTestDb(engine);
    teacher = await signUpTeacher('teacher@example.com');
    cls = await makeClass(t.db, teacher.id, 'Class');
    assignment = (await createAssignment(t.db, teacher.id, cls.id, {
      title: 'Quiz',
      modules: ['minusma'],
      questionCount: 3,
      questionTypes: ['single-choice', 'true-false'],
      attemptsAllowed: 1,
      dueAt: null,
      reveal: 'after-submit',
      seedMode: 'per-student',
    }))!;
    a = await joinStudent(t.db, cls.id, 'A');
    b = await joinStudent(t.db, cls.id, 'B');
  });
  afterAll(async () => t?.close());

  describe('the student cookie', () => {
    it('is signed: a changed id, token or signature is rejected', async () => {
      const value = decodeURIComponent(a.cookie.split('=')[1]!);
      expect((await getStudentFromCookie(value))?.id).toBe(a.student.id);
      const [id, token, sig] = value.split('.') as [string, string, string];
      expect(parseStudentCookie(`${b.student.id}.${token}.${sig}`)).toBeNull();
      expect(parseStudentCookie(`${id}.${token}x.${sig}`)).toBeNull();
      expect(parseStudentCookie(`${id}.${token}.${sig.slice(0, -2)}AA`)).toBeNull();
      expect(parseStudentCookie(signStudentCookie(id, token, 'another secret of at least 32 characters'))).toBeNull();
      // Correctly signed with the app secret but not the student's current token: refused.
      expect(await getStudentFromCookie(signStudentCookie(a.student.id, 'guessed-token'))).toBeNull();
    });

    it('is set HTTP-only and SameSite=Lax on join, and the join is bound to the class of the code', async () => {
      ctx.cookie = '';
      ctx.set.clear();
      expect(await outcome(() => joinClass({ ok: false, status: 0 }, form({ code: formatCode(cls.joinCode).toLowerCase(), displayName: ' Kadi ' })))).toBe('redirect:/student');
      const value = ctx.set.get(STUDENT_COOKIE)!;
      const student = await getStudentFromCookie(value);
      expect(student).toMatchObject({ classId: cls.id, displayName: 'Kadi' });
    });

    it('stops working everywhere once the student leaves', async () => {
      const leaver = await joinStudent(t.db, cls.id, 'Leaver');
      ctx.cookie = leaver.cookie;
      expect(await outcome(() => StudentPage())).toBe('ok');
      expect(await outcome(() => leaveAction())).toBe('redirect:/join');
      // A copy of the old cookie (another tab, a shared computer's history) no longer opens /student.
      expect(await getStudentFromCookie(decodeURIComponent(leaver.cookie.split('=')[1]!))).toBeNull();
      expect(await outcome(() => StudentPage())).toBe('redirect:/join');
      // Their answers stay: only the cookie is revoked.
      expect((await listStudents(t.db, cls.id)).map((s) => s.id)).toContain(leaver.student.id);
    });
  });

  describe('the answer route', () => {
    it('saves into the student’s own attempt only', async () => {
      const started = await startAttempt(t.db, a.student, assignment.id, source);
      if (!started.ok) throw new Error(started.message);
      const qid = started.attempt.questionIds[0]!;
      const body = { questionId: qid, response: correctResponse(source.getQuestion(qid)!) };
      const forged = a.cookie.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
      const refusals = [
        // No cookie, a teacher's, a classmate's, another class's: authorization-matrix.test.ts.
        [await post(started.attempt.id, `${STUDENT_COOKIE}=garbage`, body), 403],
        [await post(started.attempt.id, forged, body), 403],
        [await post('no-such-attempt', a.cookie, body), 404],
        [await post(started.attempt.id, a.cookie, '{not json'), 400],
        [await post(started.attempt.id, a.cookie, { questionId: qid }), 400],
        [await post(started.attempt.id, a.cookie, { questionId: qid, response: { $gt: '' } }), 400],
        [await post(started.attempt.id, a.cookie, { questionId: qid, response: 'x'.repeat(600) }), 400],
        [await post(started.attempt.id, a.cookie, { questionId: 'q-not-in-attempt', response: 'x' }), 400],
        [await post(started.attempt.id, a.cookie, 'questionId=x', 'application/x-www-form-urlencoded'), 415],
        [await post(started.attempt.id, a.cookie, { questionId: qid, response: 'x', pad: 'y'.repeat(20_000) }), 413],
      ] as const;
      for (const [res, status] of refusals) {
        expect(res.status).toBe(status);
        expect(((await res.json()) as { error: string }).error).toMatch(/\w{3,}/);
      }
      expect(await listAnswers(t.db, started.attempt.id)).toHaveLength(0);

      const ok = await post(started.attempt.id, a.cookie, body);
      expect(ok.status).toBe(201);
      const again = await post(started.attempt.id, a.cookie, body);
      expect(again.status).toBe(200);
      expect(await listAnswers(t.db, started.attempt.id)).toHaveLength(1);
      // after-submit: the response carries no key before the attempt is submitted.
      const json = (await ok.json()) as Record<string, unknown>;
      expect(json.key).toBeNull();
      expect(JSON.stringify(json)).not.toContain('explanation');
    });

    it('refuses answers after submission and starts beyond the attempts allowed', async () => {
      const started = await startAttempt(t.db, b.student, assignment.id, source);
      if (!started.ok) throw new Error(started.message);
      for (const qid of started.attempt.questionIds) {
        const res = await post(started.attempt.id, b.cookie, { questionId: qid, response: correctResponse(source.getQuestion(qid)!) });
        expect(res.status).toBe(201);
      }
      const last = (await (await post(started.attempt.id, b.cookie, { questionId: started.attempt.questionIds[0]!, response: 'changed' })).json()) as { submitted: boolean; score: number };
      expect(last).toMatchObject({ submitted: true, score: 3 });
      ctx.cookie = b.cookie;
      const state = await startAttemptAction({ ok: false, status: 0 }, form({ assignmentId: assignment.id }));
      expect(state).toMatchObject({ ok: false, status: 403 });
      expect(state.error).toMatch(/your only attempt/);
    });
  });

  it('serves the assignment page to a student of its class (everyone else: authorization-matrix.test.ts)', async () => {
    ctx.cookie = a.cookie;
    expect(await outcome(() => StudentAssignmentPage({ params: Promise.resolve({ assignmentId: assignment.id }) }))).toBe('ok');
  });

  describe('joining', () => {
    it('answers bad input with 400 and creates nobody', async () => {
      ctx.cookie = '';
      ctx.ip = '198.51.100.20';
      const before = (await listStudents(t.db, cls.id)).length;
      const bad: Array<Record<string, string>> = [{ code: 'ABC', displayName: 'X' }, { code: cls.joinCode, displayName: '  ' }, { code: cls.joinCode }, {}];
      for (const fields of bad) {
        const state = await joinClass({ ok: false, status: 0 }, form(fields));
        expect(state.status).toBe(400);
        expect(state.error).toMatch(/Please fix the form/);
      }
      expect(await listStudents(t.db, cls.id)).toHaveLength(before);
    });

    it('slows wrong codes per address without locking out the right code', async () => {
      ctx.cookie = '';
      ctx.ip = '198.51.100.30';
      const wrong = cls.joinCode === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA';
      for (let i = 0; i < JOIN_LIMITS.failuresPerIp.max; i++) {
        expect(await joinClass({ ok: false, status: 0 }, form({ code: wrong, displayName: 'Guess' }))).toMatchObject({ status: 404 });
      }
      expect(await joinClass({ ok: false, status: 0 }, form({ code: wrong, displayName: 'Guess' }))).toMatchObject({ ok: false, status: 429 });
      // A classmate behind the same school address, with the right code, still joins.
      expect(await outcome(() => joinClass({ ok: false, status: 0 }, form({ code: cls.joinCode, displayName: 'Classmate' })))).toBe('redirect:/student');
    });

    it('caps all tries from one address, right or wrong', async () => {
      ctx.cookie = '';
      ctx.ip = '198.51.100.32';
      const before = (await listStudents(t.db, cls.id)).length;
      // Earlier tries in this window, as if a whole school had joined from this address.
      await t.db
        .insertInto('rate_limit_hit')
        .values({ key: `join:ip:198.51.100.32:${Math.floor(Date.now() / JOIN_LIMITS.triesPerIp.windowMs) * JOIN_LIMITS.triesPerIp.windowMs}`, count: JOIN_LIMITS.triesPerIp.max, expires_at: new Date(Date.now() + JOIN_LIMITS.triesPerIp.windowMs).toISOString() })
        .execute();
      expect(await joinClass({ ok: false, status: 0 }, form({ code: cls.joinCode, displayName: 'Late' }))).toMatchObject({ ok: false, status: 429 });
      expect(await listStudents(t.db, cls.id)).toHaveLength(before);
      ctx.ip = '198.51.100.33';
      expect(await outcome(() => joinClass({ ok: false, status: 0 }, form({ code: cls.joinCode, displayName: 'Other' })))).toBe('redirect:/student');
    });

    it('never makes a second student with a name already in the class: it asks "is this you?" instead', async () => {
      ctx.cookie = '';
      ctx.ip = '198.51.100.50';
      expect(await outcome(() => joinClass({ ok: false, status: 0 }, form({ code: cls.joinCode, displayName: 'Ána  Bâ.' })))).toBe('redirect:/student');
      const before = await listStudents(t.db, cls.id);
      // Case, accents, runs of whitespace and punctuation do not make a new name.
      for (const displayName of ['Ána  Bâ.', 'ana ba', 'ANA BA.', ' Ana\u00a0Ba ', 'Ana Ba']) {
        const state = await joinClass({ ok: false, status: 0 }, form({ code: formatCode(cls.joinCode), displayName }));
        expect(state).toMatchObject({ ok: false, status: 409, nameTaken: true, values: { code: formatCode(cls.joinCode) } });
        expect(state.error).toMatch(/already in this class/);
        expect(state.error).toMatch(/rejoin code/);
      }
      expect(await listStudents(t.db, cls.id)).toEqual(before);
      // A different name joins.
      expect(await outcome(() => joinClass({ ok: false, status: 0 }, form({ code: cls.joinCode, displayName: 'Ana Bo' })))).toBe('redirect:/student');
      expect(await listStudents(t.db, cls.id)).toHaveLength(before.length + 1);
    });

    it('refuses a teacher rename onto a name already in the class', async () => {
      ctx.cookie = teacher.cookie;
      const r = await renameStudentAction({ ok: false, status: 0 }, form({ classId: cls.id, studentId: b.student.id, displayName: 'a' }));
      expect(r).toMatchObject({ ok: false, status: 409 });
      expect((await getStudentById(t.db, b.student.id))?.displayName).toBe('B');
    });

    it('lets a rejoin code work once', async () => {
      ctx.cookie = '';
      ctx.ip = '198.51.100.40';
      const code = await issueRejoinCode(t.db, teacher.id, cls.id, a.student.id);
      ctx.set.clear();
      expect(await outcome(() => rejoinClass({ ok: false, status: 0 }, form({ rejoinCode: formatCode(code!) })))).toBe('redirect:/student');
      const fresh = ctx.set.get(STUDENT_COOKIE)!;
      expect((await getStudentFromCookie(fresh))?.id).toBe(a.student.id);
      // The old browser's cookie no longer works.
      expect(await getStudentFromCookie(decodeURIComponent(a.cookie.split('=')[1]!))).toBeNull();
      expect(await rejoinClass({ ok: false, status: 0 }, form({ rejoinCode: code! }))).toMatchObject({ ok: false, status: 404 });
    });
  });
});
