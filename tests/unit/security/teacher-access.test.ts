import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { nextHeadersMock, outcome, form } from '../../helpers/next-request';

const ctx = vi.hoisted(() => ({ cookie: '', ip: '203.0.113.7', set: new Map<string, string>() }));
vi.mock('next/headers', () => nextHeadersMock(ctx));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import * as actions from '@/app/teacher/actions';
import ClassPage from '@/app/teacher/classes/[classId]/page';
import NewAssignmentPage from '@/app/teacher/classes/[classId]/assignments/new/page';
import ResultsPage from '@/app/teacher/assignments/[assignmentId]/page';
import AttemptPage from '@/app/teacher/assignments/[assignmentId]/attempts/[attemptId]/page';
import { GET as csvRoute } from '@/app/teacher/assignments/[assignmentId]/results.csv/route';
import { startAttempt } from '@/lib/classroom/attempt-service';
import { getQuestionSource } from '@/lib/classroom/question-source';
import { createAssignment } from '@/lib/db/queries/assignments';
import { getClassById } from '@/lib/db/queries/classes';
import { listStudents } from '@/lib/db/queries/students';
import { joinStudent, makeClass, signUpTeacher } from '../../helpers/classroom';
import { engines, useTestDb, type TestDb } from '../../helpers/db';

describe.each(engines)('a teacher reaches only their own classes on %s', (engine) => {
  let t: TestDb;
  let owner: { id: string; cookie: string };
  let intruder: { id: string; cookie: string };
  let studentCookie: string;
  let ids: { classId: string; assignmentId: string; attemptId: string; studentId: string };

  beforeAll(async () => {
    t = await useTestDb(engine);
    owner = await signUpTeacher('owner@example.com');
    intruder = await signUpTeacher('intruder@example.com');
    const cls = await makeClass(t.db, owner.id, 'Owned class');
    const assignment = (await createAssignment(t.db, owner.id, cls.id, {
      title: 'Owned work',
      modules: ['minusma'],
      questionCount: 3,
      questionTypes: ['single-choice'],
      attemptsAllowed: 1,
      dueAt: null,
      reveal: 'after-each',
      seedMode: 'shared',
    }))!;
    const joined = await joinStudent(t.db, cls.id, 'Student');
    studentCookie = joined.cookie;
    const attempt = await startAttempt(t.db, joined.student, assignment.id, getQuestionSource());
    if (!attempt.ok) throw new Error(attempt.message);
    ids = { classId: cls.id, assignmentId: assignment.id, attemptId: attempt.attempt.id, studentId: joined.student.id };
  });
  afterAll(async () => t?.close());

  const visitors = () => [
    ['anonymous', ''],
    ['a student', studentCookie],
    ['another teacher', intruder.cookie],
  ] as const;

  const pages = () => [
    ['class page', () => ClassPage({ params: Promise.resolve({ classId: ids.classId }) })],
    ['new assignment page', () => NewAssignmentPage({ params: Promise.resolve({ classId: ids.classId }) })],
    ['results page', () => ResultsPage({ params: Promise.resolve({ assignmentId: ids.assignmentId }) })],
    ['attempt page', () => AttemptPage({ params: Promise.resolve({ assignmentId: ids.assignmentId, attemptId: ids.attemptId }) })],
  ] as const;

  it('serves every page to the owner', async () => {
    ctx.cookie = owner.cookie;
    for (const [, render] of pages()) expect(await outcome(render)).toBe('ok');
  });

  it('answers 404 on every page to anyone else', async () => {
    for (const [who, cookie] of visitors()) {
      ctx.cookie = cookie;
      for (const [name, render] of pages()) expect(await outcome(render), `${name} for ${who}`).toBe('404');
    }
  });

  it('answers 404 to malformed ids', async () => {
    ctx.cookie = owner.cookie;
    expect(await outcome(() => ClassPage({ params: Promise.resolve({ classId: "' or 1=1 --" }) }))).toBe('404');
  });

  it('serves the CSV to the owner only', async () => {
    const get = (cookie: string) =>
      csvRoute(new Request(`http://test/teacher/assignments/${ids.assignmentId}/results.csv`, { headers: { cookie } }), {
        params: Promise.resolve({ assignmentId: ids.assignmentId }),
      });
    const ok = await get(owner.cookie);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/text\/csv/);
    expect(await ok.text()).toContain('"Student"');
    for (const [who, cookie] of visitors()) {
      const res = await get(cookie);
      expect(res.status, who).toBe(404);
      expect(await res.text()).not.toContain('Student');
    }
  });

  const calls = () =>
    [
      ['rename class', actions.renameClassAction, { classId: ids.classId, name: 'Hijacked' }],
      ['archive class', actions.archiveClassAction, { classId: ids.classId, archived: '1' }],
      ['rotate code', actions.rotateJoinCodeAction, { classId: ids.classId }],
      ['rename student', actions.renameStudentAction, { classId: ids.classId, studentId: ids.studentId, displayName: 'Hijacked' }],
      ['rejoin code', actions.rejoinCodeAction, { classId: ids.classId, studentId: ids.studentId }],
      ['remove student', actions.removeStudentAction, { classId: ids.classId, studentId: ids.studentId, confirm: 'yes' }],
      [
        'create assignment',
        actions.createAssignmentAction,
        { classId: ids.classId, title: 'X', modules: 'minusma', questionCount: '3', questionTypes: 'single-choice', attemptsAllowed: '1', reveal: 'after-each', seedMode: 'shared' },
      ],
    ] as const;

  it('refuses every action to anyone else (403 without a teacher session, 404 for another teacher) and changes nothing', async () => {
    const before = JSON.stringify([await getClassById(t.db, ids.classId), await listStudents(t.db, ids.classId)]);
    for (const [who, cookie] of visitors()) {
      ctx.cookie = cookie;
      for (const [name, action, fields] of calls()) {
        const state = await action({ ok: false, status: 0 }, form(fields));
        expect(state, `${name} by ${who}`).toMatchObject({ ok: false, status: who === 'another teacher' ? 404 : 403 });
        expect(state.secret).toBeUndefined();
      }
    }
    expect(JSON.stringify([await getClassById(t.db, ids.classId), await listStudents(t.db, ids.classId)])).toBe(before);
    const assignments = await t.db.selectFrom('assignment').select('id').where('class_id', '=', ids.classId).execute();
    expect(assignments).toHaveLength(1);
  });

  it('answers bad input with 400 and a message, changing nothing', async () => {
    ctx.cookie = owner.cookie;
    const before = JSON.stringify(await getClassById(t.db, ids.classId));
    const bad = [
      [actions.renameClassAction, { classId: ids.classId, name: '   ' }],
      [actions.renameClassAction, { classId: ids.classId, name: 'x'.repeat(81) }],
      [actions.archiveClassAction, { classId: ids.classId, archived: 'maybe' }],
      [actions.removeStudentAction, { classId: ids.classId, studentId: ids.studentId }],
      [actions.createAssignmentAction, { classId: ids.classId, title: 'X', modules: 'minusma', questionCount: '0', questionTypes: 'single-choice', attemptsAllowed: '1', reveal: 'after-each', seedMode: 'shared' }],
      [actions.createAssignmentAction, { classId: ids.classId, title: 'X', modules: 'no-such-module', questionCount: '3', questionTypes: 'single-choice', attemptsAllowed: '1', reveal: 'after-each', seedMode: 'shared' }],
    ] as const;
    for (const [action, fields] of bad) {
      const state = await action({ ok: false, status: 0 }, form(fields));
      expect(state.status).toBe(400);
      expect(state.error).toMatch(/\w+/);
    }
    expect(JSON.stringify(await getClassById(t.db, ids.classId))).toBe(before);
  });

  it('lets the owner do each action', async () => {
    ctx.cookie = owner.cookie;
    expect(await actions.renameClassAction({ ok: false, status: 0 }, form({ classId: ids.classId, name: 'Renamed' }))).toMatchObject({ ok: true });
    const rejoin = await actions.rejoinCodeAction({ ok: false, status: 0 }, form({ classId: ids.classId, studentId: ids.studentId }));
    expect(rejoin.secret).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(await outcome(() => actions.createAssignmentAction({ ok: false, status: 0 }, form({ classId: ids.classId, title: 'Second', modules: ['minusma', 'coups-2020-2021'], questionCount: '3', questionTypes: ['single-choice', 'true-false'], attemptsAllowed: '2', reveal: 'after-due', dueAt: '2030-01-01T00:00:00Z', seedMode: 'per-student' })))).toMatch(/^redirect:\/teacher\/assignments\//);
    expect((await getClassById(t.db, ids.classId))?.name).toBe('Renamed');
  });
});
