import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '@/lib/classroom/codes';
import {
  createClass,
  getClassByJoinCode,
  getClassForTeacher,
  listClassesForTeacher,
  renameClass,
  rotateJoinCode,
  setClassArchived,
} from '@/lib/db/queries/classes';
import { createAssignment, listAssignmentsForClass } from '@/lib/db/queries/assignments';
import { insertAttempt, listAnswersForAssignment, listAnswersForAttempts } from '@/lib/db/queries/attempts';
import { hitRateLimit, peekRateLimit } from '@/lib/db/queries/rate-limit';
import { createStudent, getStudentById, getStudentCredentials, issueRejoinCode, listStudents, redeemRejoinCode, removeStudent, renameStudent } from '@/lib/db/queries/students';
import { engines, insertUser, openTestDb, type TestDb } from '../../helpers/db';

describe.each(engines)('classroom queries on %s', (engine) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await openTestDb(engine);
    await insertUser(t, 'teacher-a');
    await insertUser(t, 'teacher-b');
  });
  afterAll(async () => t?.close());

  it('creates classes with unique codes, visible only to their teacher', async () => {
    const a = await createClass(t.db, 'teacher-a', 'Year 9');
    const b = await createClass(t.db, 'teacher-b', 'Year 10');
    expect(a.joinCode).not.toBe(b.joinCode);
    expect((await listClassesForTeacher(t.db, 'teacher-a')).map((c) => c.id)).toEqual([a.id]);
    expect(await getClassForTeacher(t.db, 'teacher-b', a.id)).toBeNull();
    expect((await getClassForTeacher(t.db, 'teacher-a', a.id))?.name).toBe('Year 9');
  });

  it('changes a class only for its own teacher', async () => {
    const c = await createClass(t.db, 'teacher-a', 'Old');
    expect(await renameClass(t.db, 'teacher-b', c.id, 'Hijacked')).toBe(false);
    expect(await setClassArchived(t.db, 'teacher-b', c.id, true)).toBe(false);
    expect(await rotateJoinCode(t.db, 'teacher-b', c.id)).toBeNull();
    expect((await getClassForTeacher(t.db, 'teacher-a', c.id))).toMatchObject({ name: 'Old', archived: false, joinCode: c.joinCode });

    expect(await renameClass(t.db, 'teacher-a', c.id, 'New')).toBe(true);
    const code = await rotateJoinCode(t.db, 'teacher-a', c.id);
    expect(code).not.toBe(c.joinCode);
    expect(await getClassByJoinCode(t.db, c.joinCode)).toBeNull();
    expect((await getClassByJoinCode(t.db, code!))?.id).toBe(c.id);
    expect(await setClassArchived(t.db, 'teacher-a', c.id, true)).toBe(true);
    expect(await getClassByJoinCode(t.db, code!)).toBeNull();
  });

  it('stores only a hash of the student secret; teachers manage only their own students', async () => {
    const c = await createClass(t.db, 'teacher-a', 'Students');
    const { student, token } = (await createStudent(t.db, c.id, 'Amina'))!;
    expect((await getStudentCredentials(t.db, student.id))?.tokenHash).toBe(sha256(token));
    expect(Object.keys(student)).not.toContain('tokenHash');
    expect(JSON.stringify(await getStudentById(t.db, student.id))).not.toContain(token);
    expect(await renameStudent(t.db, 'teacher-b', c.id, student.id, 'X')).toBe('not-found');
    expect(await issueRejoinCode(t.db, 'teacher-b', c.id, student.id)).toBeNull();
    expect(await removeStudent(t.db, 'teacher-b', c.id, student.id)).toBe(false);
    // The class id must match too: a teacher's own class id does not unlock another class's student.
    const other = await createClass(t.db, 'teacher-b', 'B');
    const { student: bStudent } = (await createStudent(t.db, other.id, 'Boubacar'))!;
    expect(await renameStudent(t.db, 'teacher-a', c.id, bStudent.id, 'X')).toBe('not-found');
    expect(await renameStudent(t.db, 'teacher-a', c.id, student.id, 'Amina T.')).toBe('renamed');
    expect((await listStudents(t.db, c.id)).map((s) => s.displayName)).toEqual(['Amina T.']);
    expect(await removeStudent(t.db, 'teacher-a', c.id, student.id)).toBe(true);
    expect(await getStudentById(t.db, student.id)).toBeNull();
  });

  it('makes one student when several joins with look-alike names race', async () => {
    const c = await createClass(t.db, 'teacher-a', 'Race');
    const joins = await Promise.all(['Ana B.', 'ana b', 'ÁNA B', 'Ana  B', 'Ana B'].map((name) => createStudent(t.db, c.id, name)));
    expect(joins.filter(Boolean)).toHaveLength(1);
    expect(await listStudents(t.db, c.id)).toHaveLength(1);
    // Another class may have its own Ana B.
    expect(await createStudent(t.db, (await createClass(t.db, 'teacher-a', 'Other'))!.id, 'Ana B.')).not.toBeNull();
  });

  it('lets a rejoin code work exactly once, and replaces the student secret', async () => {
    const c = await createClass(t.db, 'teacher-a', 'Rejoin');
    const { student, token } = (await createStudent(t.db, c.id, 'Fatou'))!;
    const code = await issueRejoinCode(t.db, 'teacher-a', c.id, student.id);
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    const [first, second] = await Promise.all([redeemRejoinCode(t.db, code!), redeemRejoinCode(t.db, code!)]);
    expect([first, second].filter(Boolean)).toHaveLength(1);
    const winner = (first ?? second)!;
    expect(winner.student.id).toBe(student.id);
    expect((await getStudentCredentials(t.db, student.id))?.tokenHash).toBe(sha256(winner.token));
    expect(winner.token).not.toBe(token);
    expect(await redeemRejoinCode(t.db, code!)).toBeNull();
  });

  it('returns domain shapes only, and refuses a JSON column of the wrong shape instead of passing it on', async () => {
    const c = await createClass(t.db, 'teacher-a', 'Shapes');
    expect(Object.keys(c).sort()).toEqual(['archived', 'createdAt', 'id', 'joinCode', 'name', 'teacherId']);
    expect(c.archived).toBe(false);
    const { student } = (await createStudent(t.db, c.id, 'Shape'))!;
    expect(Object.keys(student).sort()).toEqual(['classId', 'createdAt', 'displayName', 'id']);
    const settings = { title: 'T', modules: ['minusma'], questionCount: 5, questionTypes: ['single-choice' as const], attemptsAllowed: 1, dueAt: null, reveal: 'after-each' as const, seedMode: 'per-student' as const };
    const a = (await createAssignment(t.db, 'teacher-a', c.id, settings))!;
    expect((await listAssignmentsForClass(t.db, c.id))[0]?.modules).toEqual(['minusma']);
    await t.db.updateTable('assignment').set({ modules: '{"minusma":true}' }).where('id', '=', a.id).execute();
    await expect(listAssignmentsForClass(t.db, c.id)).rejects.toThrow(/assignment\.modules/);
    await t.db.updateTable('assignment').set({ modules: 'not json' }).where('id', '=', a.id).execute();
    await expect(listAssignmentsForClass(t.db, c.id)).rejects.toThrow(/assignment\.modules does not hold JSON/);
  });

  it('reads an assignment’s answers, and only its own, grouped by attempt, as the per-attempt query does', async () => {
    const c = await createClass(t.db, 'teacher-a', 'Results');
    const settings = { title: 'R', modules: ['minusma'], questionCount: 5, questionTypes: ['single-choice' as const], attemptsAllowed: 1, dueAt: null, reveal: 'after-each' as const, seedMode: 'per-student' as const };
    const [a, b] = [(await createAssignment(t.db, 'teacher-a', c.id, settings))!, (await createAssignment(t.db, 'teacher-a', c.id, settings))!];
    const attempts = [];
    for (const [i, assignment] of [a, a, b].entries()) {
      const { student } = (await createStudent(t.db, c.id, `Reader ${i}`))!;
      const attempt = (await insertAttempt(t.db, { assignmentId: assignment.id, studentId: student.id, number: 1, seed: `s${i}`, questionIds: ['q1', 'q2'] }, new Date()))!;
      attempts.push(attempt);
      const rows = ['q1', 'q2'].map((q, k) => ({ id: `${attempt.id}-${k}`, attempt_id: attempt.id, question_id: q, response: JSON.stringify(k === 0 ? 'Bamako' : ['a', 'b']), correct: (k === 0 ? 1 : 0) as 0 | 1, score: k === 0 ? 1 : 0.5, answered_at: new Date().toISOString() }));
      await t.db.insertInto('answer').values(rows).execute();
    }
    const byAssignment = await listAnswersForAssignment(t.db, a.id);
    expect([...byAssignment.keys()].sort()).toEqual([attempts[0]!.id, attempts[1]!.id].sort());
    const byAttempts = await listAnswersForAttempts(t.db, [attempts[0]!.id, attempts[1]!.id]);
    for (const [id, list] of byAttempts) {
      expect(byAssignment.get(id)?.sort((x, y) => x.questionId.localeCompare(y.questionId))).toEqual(list.map(({ answeredAt: _a, ...rest }) => rest).sort((x, y) => x.questionId.localeCompare(y.questionId)));
    }
    expect(byAssignment.get(attempts[0]!.id)?.find((x) => x.questionId === 'q2')).toEqual({ questionId: 'q2', response: ['a', 'b'], correct: false, score: 0.5 });
  });

  it('refuses expired rejoin codes', async () => {
    const c = await createClass(t.db, 'teacher-a', 'Expired');
    const { student } = (await createStudent(t.db, c.id, 'Moussa'))!;
    const code = await issueRejoinCode(t.db, 'teacher-a', c.id, student.id, new Date('2020-01-01'));
    expect(await redeemRejoinCode(t.db, code!)).toBeNull();
  });

  it('counts rate-limit hits atomically in shared windows', async () => {
    const rule = { windowMs: 60_000, max: 5 };
    const now = new Date('2026-01-01T00:00:10Z');
    const results = await Promise.all(Array.from({ length: 12 }, () => hitRateLimit(t.db, 'test:ip:1', rule, now)));
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    expect((await peekRateLimit(t.db, 'test:ip:1', rule, now)).allowed).toBe(false);
    // A new window starts from zero.
    expect((await hitRateLimit(t.db, 'test:ip:1', rule, new Date('2026-01-01T00:01:10Z'))).allowed).toBe(true);
  });
});
