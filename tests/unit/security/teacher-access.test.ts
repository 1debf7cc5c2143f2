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
import { getClassById } from '@/lib/db/queries/classes';
import { joinStudent, makeAssignment, makeClass, signUpTeacher } from '../../helpers/classroom';
import { engines, useTestDb, type TestDb } from '../../helpers/db';

describe.each(engines)('a teacher works on their own classes on %s', (engine) => {
  let t: TestDb;
  let owner: { id: string; cookie: string };
  let ids: { classId: string; assignmentId: string; attemptId: string; studentId: string };

  beforeAll(async () => {
    t = await useTestDb(engine);
    owner = await signUpTeacher('owner@example.com');
    const cls = await makeClass(t.db, owner.id, 'Owned class');
    const assignment = await makeAssignment(t.db, owner.id, cls.id, 'Owned work');
    const joined = await joinStudent(t.db, cls.id, 'Student');
    const attempt = await startAttempt(t.db, joined.student, assignment.id, getQuestionSource());
    if (!attempt.ok) throw new Error(attempt.message);
    ids = { classId: cls.id, assignmentId: assignment.id, attemptId: attempt.attempt.id, studentId: joined.student.id };
  });
  afterAll(async () => t?.close());

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

  it('answers 404 to malformed ids', async () => {
    ctx.cookie = owner.cookie;
    expect(await outcome(() => ClassPage({ params: Promise.resolve({ classId: "' or 1=1 --" }) }))).toBe('404');
  });

  it('serves the CSV to the owner (everyone else: authorization-matrix.test.ts)', async () => {
    const get = (cookie: string) =>
      csvRoute(new Request(`http://test/teacher/assignments/${ids.assignmentId}/results.csv`, { headers: { cookie } }), {
        params: Promise.resolve({ assignmentId: ids.assignmentId }),
      });
    const ok = await get(owner.cookie);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/text\/csv/);
    expect(await ok.text()).toContain('"Student"');
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
