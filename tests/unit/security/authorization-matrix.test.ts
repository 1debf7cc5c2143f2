import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { textOf } from '../../helpers/element-text';
import { form, nextHeadersMock, outcome } from '../../helpers/next-request';

const ctx = vi.hoisted(() => ({ cookie: '', ip: '203.0.113.60', set: new Map<string, string>() }));
vi.mock('next/headers', () => nextHeadersMock(ctx));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import { POST as answersRoute } from '@/app/api/attempts/[attemptId]/answers/route';
import { startAttemptAction } from '@/app/student/actions';
import StudentAssignmentPage from '@/app/student/assignments/[assignmentId]/page';
import * as teacher from '@/app/teacher/actions';
import AttemptPage from '@/app/teacher/assignments/[assignmentId]/attempts/[attemptId]/page';
import ResultsPage from '@/app/teacher/assignments/[assignmentId]/page';
import DeleteAssignmentPage from '@/app/teacher/assignments/[assignmentId]/delete/page';
import EditAssignmentPage from '@/app/teacher/assignments/[assignmentId]/edit/page';
import PreviewAssignmentPage from '@/app/teacher/assignments/[assignmentId]/preview/page';
import { GET as csvRoute } from '@/app/teacher/assignments/[assignmentId]/results.csv/route';
import NewAssignmentPage from '@/app/teacher/classes/[classId]/assignments/new/page';
import ClassPage from '@/app/teacher/classes/[classId]/page';
import TeacherHomePage from '@/app/teacher/page';
import type { ActionState } from '@/lib/auth/actions';
import { startAttempt } from '@/lib/classroom/attempt-service';
import { getQuestionSource } from '@/lib/classroom/question-source';
import { correctResponse } from '../../helpers/answers';
import { joinStudent, makeAssignment, makeClass, signUpTeacher } from '../../helpers/classroom';
import { engines, useTestDb, type TestDb } from '../../helpers/db';

/**
 * Every teacher page, teacher action, API route and CSV route, and the student pages and actions that take an
 * id, against everyone who must not reach the owner's data: each cell expects its refusal and an unchanged
 * database. What the owner (or the student themself) may do is covered in teacher-access and student-access.
 */
type Visitor = 'anonymous' | 'student' | 'other teacher' | "other class's student";
const VISITORS: Visitor[] = ['anonymous', 'student', 'other teacher', "other class's student"];

/** What a cell ends in: a page's 404/redirect/render, or an action's or route's HTTP status. */
type Result = string | number;

type Fixture = {
  cookies: Record<Visitor, string>;
  ownerCookie: string;
  /** The owner's class, its student and their attempt, an assignment; names that must never leak. */
  classId: string;
  studentId: string;
  assignmentId: string;
  attemptId: string;
  questionId: string;
  response: unknown;
  secrets: string[];
};

const f = {} as Fixture;
const SETTINGS = { modules: 'minusma', questionCount: '3', questionTypes: 'single-choice', attemptsAllowed: '1', reveal: 'after-each', seedMode: 'shared' };

/** Renders a page as the visitor; 'rendered' when it returns markup, which must then hold none of the owner's data. */
async function page(render: () => Promise<unknown>): Promise<Result> {
  let element: unknown;
  const result = await outcome(async () => {
    element = await render();
  });
  if (result !== 'ok') return result;
  const text = textOf(element);
  for (const secret of f.secrets) expect(text).not.toContain(secret);
  return 'rendered';
}

async function action(run: (prev: ActionState, data: FormData) => Promise<ActionState>, fields: Record<string, string>): Promise<Result> {
  let state: ActionState | undefined;
  const result = await outcome(async () => {
    state = await run({ ok: false, status: 0 }, form(fields));
  });
  if (result !== 'ok') return result;
  expect(state!.secret).toBeUndefined();
  return state!.status;
}

async function route(res: Promise<Response>): Promise<Result> {
  const response = await res;
  const body = await response.text();
  for (const secret of f.secrets) expect(body).not.toContain(secret);
  return response.status;
}

const owned = () => ({ classId: f.classId, studentId: f.studentId });

/** [target, expected result per visitor (absent: not a refusal for that visitor), call] */
const targets: Array<[string, Partial<Record<Visitor, Result>>, () => Promise<Result>]> = [
  // Teacher pages: the dashboard shows only one's own classes; everything with an id is the same 404 for all.
  ['page /teacher', { anonymous: 'rendered', student: 'rendered', 'other teacher': 'rendered', "other class's student": 'rendered' }, () => page(() => TeacherHomePage())],
  ['page class', all('404'), () => page(() => ClassPage({ params: Promise.resolve({ classId: f.classId }) }))],
  ['page new assignment', all('404'), () => page(() => NewAssignmentPage({ params: Promise.resolve({ classId: f.classId }) }))],
  ['page results', all('404'), () => page(() => ResultsPage({ params: Promise.resolve({ assignmentId: f.assignmentId }) }))],
  ['page edit assignment', all('404'), () => page(() => EditAssignmentPage({ params: Promise.resolve({ assignmentId: f.assignmentId }) }))],
  ['page delete assignment', all('404'), () => page(() => DeleteAssignmentPage({ params: Promise.resolve({ assignmentId: f.assignmentId }) }))],
  ['page preview assignment', all('404'), () => page(() => PreviewAssignmentPage({ params: Promise.resolve({ assignmentId: f.assignmentId }) }))],
  ['page attempt', all('404'), () => page(() => AttemptPage({ params: Promise.resolve({ assignmentId: f.assignmentId, attemptId: f.attemptId }) }))],
  // Teacher actions: 403 without a teacher session, 404 for a teacher who does not own the class.
  ['action create class', { anonymous: 403, student: 403, "other class's student": 403 }, () => action(teacher.createClassAction, { name: 'Mine now' })],
  ['action rename class', teacherRefusals(), () => action(teacher.renameClassAction, { classId: f.classId, name: 'Hijacked' })],
  ['action archive class', teacherRefusals(), () => action(teacher.archiveClassAction, { classId: f.classId, archived: '1' })],
  ['action rotate join code', teacherRefusals(), () => action(teacher.rotateJoinCodeAction, { classId: f.classId })],
  ['action rename student', teacherRefusals(), () => action(teacher.renameStudentAction, { ...owned(), displayName: 'Hijacked' })],
  ['action remove student', teacherRefusals(), () => action(teacher.removeStudentAction, { ...owned(), confirm: 'yes' })],
  ['action rejoin code', teacherRefusals(), () => action(teacher.rejoinCodeAction, owned())],
  ['action create assignment', teacherRefusals(), () => action(teacher.createAssignmentAction, { classId: f.classId, title: 'Hijack', ...SETTINGS })],
  ['action edit assignment', teacherRefusals(), () => action(teacher.updateAssignmentAction, { assignmentId: f.assignmentId, title: 'Hijack', ...SETTINGS })],
  ['action duplicate assignment', teacherRefusals(), () => action(teacher.duplicateAssignmentAction, { assignmentId: f.assignmentId })],
  ['action delete assignment', teacherRefusals(), () => action(teacher.deleteAssignmentAction, { assignmentId: f.assignmentId, confirm: 'yes' })],
  // The CSV of results.
  ['route results.csv', all(404), () =>
    route(csvRoute(new Request(`http://test/teacher/assignments/${f.assignmentId}/results.csv`, { headers: { cookie: ctx.cookie } }), { params: Promise.resolve({ assignmentId: f.assignmentId }) }))],
  // The answers API, on the owner's student's attempt: 403 without a student cookie, 404 for any other student.
  ['route POST answers', { anonymous: 403, student: 404, 'other teacher': 403, "other class's student": 404 }, () =>
    route(
      answersRoute(
        new Request(`http://test/api/attempts/${f.attemptId}/answers`, {
          method: 'POST',
          headers: { cookie: ctx.cookie, 'content-type': 'application/json' },
          body: JSON.stringify({ questionId: f.questionId, response: f.response }),
        }),
        { params: Promise.resolve({ attemptId: f.attemptId }) },
      ),
    )],
  // Student pages and actions with an id (the classmate may see the assignment: it is theirs too).
  ['page student assignment', { anonymous: 'redirect:/join', 'other teacher': 'redirect:/join', "other class's student": '404' }, () =>
    page(() => StudentAssignmentPage({ params: Promise.resolve({ assignmentId: f.assignmentId }) }))],
  ['action start attempt', { anonymous: 403, 'other teacher': 403, "other class's student": 404 }, () => action(startAttemptAction, { assignmentId: f.assignmentId })],
];

function all(expected: Result): Record<Visitor, Result> {
  return Object.fromEntries(VISITORS.map((v) => [v, expected])) as Record<Visitor, Result>;
}
function teacherRefusals(): Record<Visitor, Result> {
  return { anonymous: 403, student: 403, 'other teacher': 404, "other class's student": 403 };
}

const cells = targets.flatMap(([name, expected, call]) =>
  VISITORS.filter((v) => expected[v] !== undefined).map((visitor) => ({ name, visitor, expected: expected[visitor]!, call })),
);

/** Every row the app owns, in a stable order (rate-limit counters aside). */
async function snapshot(t: TestDb): Promise<string> {
  const tables = ['user', 'classroom', 'student', 'assignment', 'attempt', 'answer'] as const;
  const rows = await Promise.all(tables.map((table) => t.db.selectFrom(table).selectAll().orderBy('id').execute()));
  return JSON.stringify(rows);
}

describe.each(engines)(`authorization matrix (${cells.length} cells) on %s`, (engine) => {
  let t: TestDb;

  beforeAll(async () => {
    t = await useTestDb(engine);
    const owner = await signUpTeacher('owner@example.com');
    const intruder = await signUpTeacher('intruder@example.com');
    const cls = await makeClass(t.db, owner.id, 'Owner class Q7');
    const assignment = await makeAssignment(t.db, owner.id, cls.id, 'Owner work Q7');
    const pupil = await joinStudent(t.db, cls.id, 'Pupil Q7');
    const classmate = await joinStudent(t.db, cls.id, 'Classmate Q7');
    const outsider = await joinStudent(t.db, (await makeClass(t.db, intruder.id, 'Intruder class')).id, 'Outsider');
    const started = await startAttempt(t.db, pupil.student, assignment.id, getQuestionSource());
    if (!started.ok) throw new Error(started.message);
    const questionId = started.attempt.questionIds[0]!;
    Object.assign(f, {
      cookies: { anonymous: '', student: classmate.cookie, 'other teacher': intruder.cookie, "other class's student": outsider.cookie },
      ownerCookie: owner.cookie,
      classId: cls.id,
      studentId: pupil.student.id,
      assignmentId: assignment.id,
      attemptId: started.attempt.id,
      questionId,
      response: correctResponse(getQuestionSource().getQuestion(questionId)!),
      secrets: ['Owner class Q7', 'Owner work Q7', 'Pupil Q7', cls.joinCode],
    } satisfies Fixture);
  });
  afterAll(async () => t?.close());

  it('sees the owner’s data where the owner may see it, so the leak check above can fail', async () => {
    ctx.cookie = f.ownerCookie;
    expect(textOf(await TeacherHomePage())).toContain('Owner class Q7');
  });

  it.each(cells)('$name × $visitor → $expected, nothing changed', async ({ visitor, expected, call }) => {
    ctx.cookie = f.cookies[visitor];
    const before = await snapshot(t);
    expect(await call()).toBe(expected);
    expect(await snapshot(t)).toBe(before);
  });
});
