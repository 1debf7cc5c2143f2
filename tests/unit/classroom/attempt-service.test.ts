import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAttemptView, getStudentAssignmentView, saveAnswer, startAttempt } from '@/lib/classroom/attempt-service';
import { getQuestionSource } from '@/lib/classroom/question-source';
import type { AssignmentSettings } from '@/lib/classroom/schemas';
import { createAssignment } from '@/lib/db/queries/assignments';
import { listAnswers, listAttemptsForStudent } from '@/lib/db/queries/attempts';
import { createClass } from '@/lib/db/queries/classes';
import { createStudent } from '@/lib/db/queries/students';
import type { Student } from '@/lib/db/queries/students';
import { correctResponse, wrongResponse } from '../../helpers/answers';
import { engines, insertUser, useTestDb, type TestDb } from '../../helpers/db';

const source = getQuestionSource();
const now = new Date('2026-03-01T12:00:00Z');
const due = '2026-03-08T12:00:00.000Z';
const afterDue = new Date('2026-03-09T00:00:00Z');

const settings = (patch: Partial<AssignmentSettings> = {}): AssignmentSettings => ({
  title: 'Check',
  modules: ['minusma'],
  questionCount: 4,
  questionTypes: ['single-choice', 'true-false'],
  attemptsAllowed: 1,
  dueAt: due,
  reveal: 'after-submit',
  seedMode: 'per-student',
  ...patch,
});

describe.each(engines)('attempts on %s', (engine) => {
  let t: TestDb;
  let classId: string;
  const students: Student[] = [];

  beforeAll(async () => {
    t = await useTestDb(engine);
    await insertUser(t, 'teacher');
    classId = (await createClass(t.db, 'teacher', 'C')).id;
    for (const name of ['Ama', 'Bakary', 'Coumba']) students.push((await createStudent(t.db, classId, name))!.student);
  });
  afterAll(async () => t?.close());

  async function assignment(patch: Partial<AssignmentSettings> = {}) {
    return (await createAssignment(t.db, 'teacher', classId, settings(patch), now))!;
  }

  it('fixes a deterministic set of questions of the chosen modules and types', async () => {
    const a = await assignment({ questionCount: 5 });
    const r1 = await startAttempt(t.db, students[0]!, a.id, source, now);
    const r2 = await startAttempt(t.db, students[1]!, a.id, source, now);
    if (!r1.ok || !r2.ok) throw new Error('start failed');
    expect(r1.attempt.questionIds).toHaveLength(5);
    for (const id of r1.attempt.questionIds) {
      const q = source.getQuestion(id)!;
      expect(q.module).toBe('minusma');
      expect(['single-choice', 'true-false']).toContain(q.type);
    }
    // Per-student variants differ; each is reproducible from its seed.
    expect(r1.attempt.questionIds).not.toEqual(r2.attempt.questionIds);
    const again = source.assemble(source.listQuestions(['minusma']), { count: 5, types: ['single-choice', 'true-false'] }, r1.attempt.seed);
    expect(again.map((q) => q.id)).toEqual(r1.attempt.questionIds);
  });

  it('gives everyone the same set when the teacher chooses a shared set', async () => {
    const a = await assignment({ seedMode: 'shared' });
    const r1 = await startAttempt(t.db, students[0]!, a.id, source, now);
    const r2 = await startAttempt(t.db, students[1]!, a.id, source, now);
    expect(r1.ok && r2.ok && r1.attempt.questionIds).toEqual(r2.ok && r2.attempt.questionIds);
  });

  it('starts one attempt for a double click', async () => {
    const a = await assignment();
    const results = await Promise.all(Array.from({ length: 5 }, () => startAttempt(t.db, students[2]!, a.id, source, now)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(new Set(results.map((r) => r.ok && r.attempt.id)).size).toBe(1);
    expect(await listAttemptsForStudent(t.db, a.id, students[2]!.id)).toHaveLength(1);
  });

  it('stores an answer once, grades it on the server, and submits after the last one', async () => {
    const a = await assignment();
    const started = await startAttempt(t.db, students[0]!, a.id, source, now);
    if (!started.ok) throw new Error(started.message);
    const [q1, ...rest] = started.attempt.questionIds.map((id) => source.getQuestion(id)!);
    const first = await saveAnswer(t.db, students[0]!, started.attempt.id, { questionId: q1!.id, response: correctResponse(q1!) }, source, now);
    expect(first).toMatchObject({ ok: true, created: true, answered: 1, submitted: false, key: null, score: null });
    // A retry, or a changed mind, stores nothing new and returns the stored answer.
    const retry = await saveAnswer(t.db, students[0]!, started.attempt.id, { questionId: q1!.id, response: wrongResponse(q1!) }, source, now);
    expect(retry).toMatchObject({ ok: true, created: false, answered: 1, response: correctResponse(q1!) });
    expect(await listAnswers(t.db, started.attempt.id)).toHaveLength(1);

    let last;
    for (const q of rest) last = await saveAnswer(t.db, students[0]!, started.attempt.id, { questionId: q.id, response: wrongResponse(q) }, source, now);
    expect(last).toMatchObject({ ok: true, submitted: true, score: 1, answered: 4, total: 4 });
    expect(last?.ok && 'key' in last && last.key?.explanation).toBeTruthy();
    const [attempt] = await listAttemptsForStudent(t.db, a.id, students[0]!.id);
    expect(attempt).toMatchObject({ score: 1, maxScore: 4 });
    expect(attempt!.submittedAt).not.toBeNull();

    // Beyond the attempts allowed.
    const another = await startAttempt(t.db, students[0]!, a.id, source, now);
    expect(another).toMatchObject({ ok: false, status: 403, code: 'no-attempts-left' });
  });

  it('asks a two-part item one part at a time: the first answer is kept, the proof options come only then (issue 11, point 8)', async () => {
    const a = await assignment({ questionCount: 30, questionTypes: ['single-choice'], reveal: 'after-each' });
    const student = (await createStudent(t.db, classId, 'Djeneba'))!.student;
    const started = await startAttempt(t.db, student, a.id, source, now);
    if (!started.ok) throw new Error(started.message);
    const item = started.attempt.questionIds.map((id) => source.getQuestion(id)!).find((q) => q.parts);
    if (!item?.parts) throw new Error('no two-part item in the attempt');
    const viewOf = async () => (await getStudentAssignmentView(t.db, student, a.id, source, now))!.current!.questions.find((q) => q.question.id === item.id)!;
    // Before the first answer, no proof option reaches the page.
    const before = await viewOf();
    expect(before.pending).toBeNull();
    for (const option of item.parts.options) expect(JSON.stringify(before)).not.toContain(option.slice(0, 40));

    // The proof alone is refused; the first answer is kept and answers nothing yet.
    const early = await saveAnswer(t.db, student, started.attempt.id, { questionId: item.id, response: item.parts.answer, step: 'proof' }, source, now);
    expect(early).toMatchObject({ ok: false, status: 409 });
    const wrong = item.options!.find((o) => o !== item.answer)!;
    const step1 = await saveAnswer(t.db, student, started.attempt.id, { questionId: item.id, response: wrong }, source, now);
    expect(step1).toMatchObject({ ok: true, step: 'proof', created: true, first: wrong, proof: { options: item.parts.options } });
    expect(JSON.stringify(step1)).not.toMatch(/"answer"|"explanation"|"citations"/);
    expect(await listAnswers(t.db, started.attempt.id)).toHaveLength(0);
    // A changed mind after seeing the proofs changes nothing: the kept first answer stands.
    const changed = await saveAnswer(t.db, student, started.attempt.id, { questionId: item.id, response: item.answer as string }, source, now);
    expect(changed).toMatchObject({ ok: true, step: 'proof', first: wrong, created: false });
    expect((await viewOf()).pending).toMatchObject({ first: wrong, proof: { options: item.parts.options } });

    const done = await saveAnswer(t.db, student, started.attempt.id, { questionId: item.id, response: item.parts.answer, step: 'proof' }, source, now);
    expect(done).toMatchObject({ ok: true, created: true, answered: 1, key: { correct: false, score: 0.5, proof: { answerCorrect: false, proofCorrect: true } } });
    const [stored] = await listAnswers(t.db, started.attempt.id);
    expect(stored).toMatchObject({ questionId: item.id, response: [wrong, item.parts.answer], score: 0.5 });
    expect((await viewOf()).pending).toBeNull();
  });

  it('refuses questions outside the attempt and other students’ attempts, storing nothing', async () => {
    const a = await assignment();
    const started = await startAttempt(t.db, students[1]!, a.id, source, now);
    if (!started.ok) throw new Error(started.message);
    const outside = source.listQuestions(['coups-2020-2021'])[0]!;
    expect(await saveAnswer(t.db, students[1]!, started.attempt.id, { questionId: outside.id, response: 'x' }, source, now)).toMatchObject({ ok: false, status: 400 });
    const qid = started.attempt.questionIds[0]!;
    expect(await saveAnswer(t.db, students[0]!, started.attempt.id, { questionId: qid, response: 'x' }, source, now)).toMatchObject({ ok: false, status: 404 });
    expect(await listAnswers(t.db, started.attempt.id)).toHaveLength(0);
  });

  it('refuses answers and new attempts after the due date with a clear message', async () => {
    const a = await assignment();
    const started = await startAttempt(t.db, students[2]!, a.id, source, now);
    if (!started.ok) throw new Error(started.message);
    const late = await saveAnswer(t.db, students[2]!, started.attempt.id, { questionId: started.attempt.questionIds[0]!, response: 'x' }, source, afterDue);
    expect(late).toMatchObject({ ok: false, status: 403, code: 'past-due' });
    expect(late.ok ? '' : late.message).toMatch(/was due .* no longer accepted/);
    expect(await listAnswers(t.db, started.attempt.id)).toHaveLength(0);
    const other = await assignment();
    expect(await startAttempt(t.db, students[2]!, other.id, source, afterDue)).toMatchObject({ ok: false, code: 'past-due' });
  });

  it('keeps the answer key out of what the browser gets until the reveal time', async () => {
    for (const reveal of ['after-each', 'after-submit', 'after-due'] as const) {
      const a = await assignment({ reveal });
      const started = await startAttempt(t.db, students[1]!, a.id, source, now);
      if (!started.ok) throw new Error(started.message);
      const qs = started.attempt.questionIds.map((id) => source.getQuestion(id)!);
      const before = buildAttemptView(a, started.attempt, [], source, now);
      const json = JSON.stringify(before);
      expect(json).not.toMatch(/"answer"|"explanation"|"citations"|"accepted"|"factKey"/);
      expect(before.questions.every((q) => q.key === null)).toBe(true);

      const r = await saveAnswer(t.db, students[1]!, started.attempt.id, { questionId: qs[0]!.id, response: correctResponse(qs[0]!) }, source, now);
      expect(r.ok && 'key' in r && r.key !== null).toBe(reveal === 'after-each');
      for (const q of qs.slice(1)) await saveAnswer(t.db, students[1]!, started.attempt.id, { questionId: q.id, response: correctResponse(q) }, source, now);
      const view = await getStudentAssignmentView(t.db, students[1]!, a.id, source, now);
      const revealedNow = view!.current!.questions.every((q) => q.key !== null);
      expect(revealedNow).toBe(reveal !== 'after-due');
      expect(view!.current!.score).toBe(reveal === 'after-due' ? null : 4);
      if (reveal === 'after-due') {
        expect(JSON.stringify(view)).not.toMatch(/"explanation"/);
        const later = await getStudentAssignmentView(t.db, students[1]!, a.id, source, afterDue);
        expect(later!.current!.questions.every((q) => q.key !== null)).toBe(true);
        expect(later!.attempts[0]!.score).toBe(4);
      }
    }
  });

  it('submits when every question still in the bank is answered', async () => {
    const a = await assignment();
    const started = await startAttempt(t.db, students[2]!, a.id, source, now);
    if (!started.ok) throw new Error(started.message);
    const [gone, ...kept] = started.attempt.questionIds;
    const shrunk = { ...source, getQuestion: (id: string) => (id === gone ? null : source.getQuestion(id)) };
    let last;
    for (const id of kept) last = await saveAnswer(t.db, students[2]!, started.attempt.id, { questionId: id, response: correctResponse(source.getQuestion(id)!) }, shrunk, now);
    expect(last).toMatchObject({ ok: true, submitted: true, score: kept.length });
  });

  it('does not show a student an assignment of another class', async () => {
    await insertUser(t, 'other-teacher');
    const otherClass = await createClass(t.db, 'other-teacher', 'Other');
    const foreign = (await createAssignment(t.db, 'other-teacher', otherClass.id, settings(), now))!;
    expect(await getStudentAssignmentView(t.db, students[0]!, foreign.id, source, now)).toBeNull();
    expect(await startAttempt(t.db, students[0]!, foreign.id, source, now)).toMatchObject({ ok: false, status: 404 });
  });
});
