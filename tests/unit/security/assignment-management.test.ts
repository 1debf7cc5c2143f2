import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { textOf } from '../../helpers/element-text';
import { form, nextHeadersMock, outcome } from '../../helpers/next-request';

const ctx = vi.hoisted(() => ({ cookie: '', ip: '203.0.113.9', set: new Map<string, string>() }));
vi.mock('next/headers', () => nextHeadersMock(ctx));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import * as actions from '@/app/teacher/actions';
import ResultsPage from '@/app/teacher/assignments/[assignmentId]/page';
import DeletePage from '@/app/teacher/assignments/[assignmentId]/delete/page';
import EditPage from '@/app/teacher/assignments/[assignmentId]/edit/page';
import PreviewPage from '@/app/teacher/assignments/[assignmentId]/preview/page';
import ClassPage from '@/app/teacher/classes/[classId]/page';
import AssignModulePage from '@/app/teacher/assign/page';
import NewAssignmentPage from '@/app/teacher/classes/[classId]/assignments/new/page';
import { previewQuestions, startAttempt } from '@/lib/classroom/attempt-service';
import { getQuestionSource } from '@/lib/classroom/question-source';
import { getAssignmentForTeacher, updateAssignment } from '@/lib/db/queries/assignments';
import { joinStudent, makeAssignment, makeClass, signUpTeacher } from '../../helpers/classroom';
import { engines, useTestDb, type TestDb } from '../../helpers/db';

const SETTINGS = { modules: 'minusma', questionCount: '4', questionTypes: ['single-choice', 'true-false'], attemptsAllowed: '2', reveal: 'after-submit', seedMode: 'per-student' };
const blank = { ok: false, status: 0 };

const idFrom = (redirect: string) => /^redirect:\/teacher\/assignments\/([^/?]+)/.exec(redirect)?.[1] ?? '';

describe.each(engines)('a teacher manages an assignment on %s', (engine) => {
  let t: TestDb;
  let owner: { id: string; cookie: string };
  let classId: string;

  beforeAll(async () => {
    t = await useTestDb(engine);
    owner = await signUpTeacher('manager@example.com');
    classId = (await makeClass(t.db, owner.id, 'Managed class')).id;
  });
  afterAll(async () => t?.close());

  const attemptsOf = async (assignmentId: string) => (await t.db.selectFrom('attempt').select('id').where('assignment_id', '=', assignmentId).execute()).length;

  it('lands on the new assignment with a confirmation', async () => {
    ctx.cookie = owner.cookie;
    const result = await outcome(() => actions.createAssignmentAction(blank, form({ classId, title: 'Fresh', ...SETTINGS })));
    expect(result).toMatch(/^redirect:\/teacher\/assignments\/[^/?]+\?notice=created$/);
    const page = await ResultsPage({ params: Promise.resolve({ assignmentId: idFrom(result) }), searchParams: Promise.resolve({ notice: 'created' }) });
    expect(textOf(page)).toContain('Assignment created. Students in Managed class see it');
    // An unknown notice shows nothing rather than failing.
    const odd = await ResultsPage({ params: Promise.resolve({ assignmentId: idFrom(result) }), searchParams: Promise.resolve({ notice: ['x', 'y'] }) });
    expect(textOf(odd)).not.toContain('Assignment created');
  });

  it('edits an assignment nobody has started, keeping the due date’s zone in the form', async () => {
    ctx.cookie = owner.cookie;
    const a = await makeAssignment(t.db, owner.id, classId, 'Before edit');
    const result = await outcome(() =>
      actions.updateAssignmentAction(blank, form({ assignmentId: a.id, title: 'After edit', ...SETTINGS, dueLocal: '2030-06-15T15:30', timeZone: 'America/New_York' })),
    );
    expect(result).toBe(`redirect:/teacher/assignments/${a.id}?notice=updated`);
    const { assignment } = (await getAssignmentForTeacher(t.db, owner.id, a.id))!;
    expect(assignment).toMatchObject({ title: 'After edit', questionCount: 4, attemptsAllowed: 2, reveal: 'after-submit', seedMode: 'per-student', dueAt: '2030-06-15T19:30:00.000Z', dueTimeZone: 'America/New_York' });
    expect(assignment.sharedSeed).toBe(a.sharedSeed);
    expect(textOf(await EditPage({ params: Promise.resolve({ assignmentId: a.id }) }))).toContain('Save changes');
  });

  it('refuses to edit once a student has started, says why, and changes nothing', async () => {
    ctx.cookie = owner.cookie;
    const a = await makeAssignment(t.db, owner.id, classId, 'Started');
    const pupil = await joinStudent(t.db, classId, 'Early bird');
    const started = await startAttempt(t.db, pupil.student, a.id, getQuestionSource());
    expect(started.ok).toBe(true);
    const before = JSON.stringify(await getAssignmentForTeacher(t.db, owner.id, a.id));
    const state = await actions.updateAssignmentAction(blank, form({ assignmentId: a.id, title: 'Changed late', ...SETTINGS }));
    expect(state).toMatchObject({ ok: false, status: 409 });
    expect(state.error).toMatch(/A student has already started this assignment.*Duplicate it/);
    expect(JSON.stringify(await getAssignmentForTeacher(t.db, owner.id, a.id))).toBe(before);
    // The guard sits in the update itself too, for a start that lands between the check and the write.
    expect(await updateAssignment(t.db, owner.id, a.id, { ...(await getAssignmentForTeacher(t.db, owner.id, a.id))!.assignment, title: 'Raced' })).toBe('attempts-started');
    expect(JSON.stringify(await getAssignmentForTeacher(t.db, owner.id, a.id))).toBe(before);
    const editPage = textOf(await EditPage({ params: Promise.resolve({ assignmentId: a.id }) }));
    expect(editPage).toContain('already started');
    expect(editPage).not.toContain('Save changes');
    expect(textOf(await ResultsPage({ params: Promise.resolve({ assignmentId: a.id }) }))).toContain('can no longer be changed');
  });

  it('duplicates an assignment as “(copy)” with the same settings and no attempts', async () => {
    ctx.cookie = owner.cookie;
    const a = await makeAssignment(t.db, owner.id, classId, 'Original');
    await startAttempt(t.db, (await joinStudent(t.db, classId, 'Copier')).student, a.id, getQuestionSource());
    const result = await outcome(() => actions.duplicateAssignmentAction(blank, form({ assignmentId: a.id })));
    expect(result).toMatch(/\?notice=copied$/);
    const copy = (await getAssignmentForTeacher(t.db, owner.id, idFrom(result)))!.assignment;
    expect(copy.id).not.toBe(a.id);
    expect(copy.title).toBe('Original (copy)');
    expect(copy.sharedSeed).not.toBe(a.sharedSeed);
    const { id: _a, title: _b, sharedSeed: _c, createdAt: _d, ...same } = a;
    expect(copy).toMatchObject(same);
    expect(await attemptsOf(copy.id)).toBe(0);
    expect(await attemptsOf(a.id)).toBe(1);
  });

  it('deletes only after the confirmation step, with attempts and answers', async () => {
    ctx.cookie = owner.cookie;
    const a = await makeAssignment(t.db, owner.id, classId, 'Doomed');
    await startAttempt(t.db, (await joinStudent(t.db, classId, 'Leaver')).student, a.id, getQuestionSource());
    expect(textOf(await DeletePage({ params: Promise.resolve({ assignmentId: a.id }) }))).toMatch(/1 attempt by students in Managed class/);
    const unconfirmed = await actions.deleteAssignmentAction(blank, form({ assignmentId: a.id }));
    expect(unconfirmed.status).toBe(400);
    expect(await getAssignmentForTeacher(t.db, owner.id, a.id)).not.toBeNull();
    expect(await outcome(() => actions.deleteAssignmentAction(blank, form({ assignmentId: a.id, confirm: 'yes' })))).toBe(`redirect:/teacher/classes/${classId}?notice=deleted`);
    expect(await getAssignmentForTeacher(t.db, owner.id, a.id)).toBeNull();
    expect(await attemptsOf(a.id)).toBe(0);
    const classPage = await ClassPage({ params: Promise.resolve({ classId }), searchParams: Promise.resolve({ notice: 'deleted' }) });
    expect(textOf(classPage)).toContain('Assignment deleted');
  });

  it('previews the questions a student gets, storing nothing', async () => {
    ctx.cookie = owner.cookie;
    const a = await makeAssignment(t.db, owner.id, classId, 'Previewed');
    const before = await t.db.selectFrom('attempt').select('id').execute();
    const page = await PreviewPage({ params: Promise.resolve({ assignmentId: a.id }) });
    expect(await t.db.selectFrom('attempt').select('id').execute()).toEqual(before);
    const questions = previewQuestions(a, getQuestionSource());
    expect(questions).toHaveLength(3);
    for (const q of questions) expect(q).not.toHaveProperty('explanation');
    expect(textOf(page)).toContain(questions[0]!.stem);
    // A shared seed: the preview is exactly what the class gets.
    const started = await startAttempt(t.db, (await joinStudent(t.db, classId, 'Same set')).student, a.id, getQuestionSource());
    expect(started.ok && started.attempt.questionIds).toEqual(questions.map((q) => q.id));
  });

  it('sends a module’s "Assign" to the form with the module picked, through the teacher’s own classes', async () => {
    const assign = (module: unknown) => outcome(() => AssignModulePage({ searchParams: Promise.resolve({ module } as Record<string, string>) }));
    ctx.cookie = '';
    expect(await assign('coups-2020-2021')).toBe('redirect:/teacher/sign-in');
    ctx.cookie = owner.cookie;
    expect(await assign('no-such-module')).toBe('404');
    expect(await assign(['minusma', 'x'])).toBe('404');
    expect(await assign('minusma')).toBe(`redirect:/teacher/classes/${classId}/assignments/new?module=minusma`);
    const second = await makeClass(t.db, owner.id, 'Second class');
    expect(await assign('minusma')).toBe('ok');
    const choice = textOf(await AssignModulePage({ searchParams: Promise.resolve({ module: 'minusma' }) }));
    expect(choice).toContain('Managed class');
    expect(choice).toContain('Second class');
    const form = await NewAssignmentPage({ params: Promise.resolve({ classId: second.id }), searchParams: Promise.resolve({ module: 'minusma' }) });
    expect(textOf(form)).toContain('Read and check: ');
  });
});
