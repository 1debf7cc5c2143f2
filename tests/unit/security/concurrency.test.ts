import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as saveAnswerRoute } from '@/app/api/attempts/[attemptId]/answers/route';
import { startAttempt } from '@/lib/classroom/attempt-service';
import { getQuestionSource } from '@/lib/classroom/question-source';
import { createAssignment } from '@/lib/db/queries/assignments';
import { createClass } from '@/lib/db/queries/classes';
import { correctResponse, wrongResponse } from '../../helpers/answers';
import { joinStudent } from '../../helpers/classroom';
import { engines, insertUser, useTestDb, type TestDb } from '../../helpers/db';

const STUDENTS = 200;
const QUESTIONS = 4;

describe.each(engines)('200 students answering at once on %s', (engine) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await useTestDb(engine);
  });
  afterAll(async () => t?.close());

  it('stores every answer exactly once through the real route handler, double clicks included', { timeout: 120_000 }, async () => {
    const source = getQuestionSource();
    await insertUser(t, 'teacher');
    const cls = await createClass(t.db, 'teacher', 'Big class');
    const assignment = (await createAssignment(t.db, 'teacher', cls.id, {
      title: 'Load',
      modules: ['minusma'],
      questionCount: QUESTIONS,
      questionTypes: ['single-choice', 'true-false'],
      attemptsAllowed: 1,
      dueAt: null,
      reveal: 'after-each',
      seedMode: 'per-student',
    }))!;
    const students = await Promise.all(Array.from({ length: STUDENTS }, (_, i) => joinStudent(t.db, cls.id, `Student ${i}`)));
    const attempts = await Promise.all(
      students.map(async (s) => {
        const r = await startAttempt(t.db, s.student, assignment.id, source);
        if (!r.ok) throw new Error(r.message);
        return r.attempt;
      }),
    );

    // Every student answers every question at the same moment, and every request is sent twice.
    // Even-numbered questions are answered correctly, so each score is known in advance.
    const requests = students.flatMap((s, i) =>
      attempts[i]!.questionIds.flatMap((qid, k) => {
        const q = source.getQuestion(qid)!;
        const body = JSON.stringify({ questionId: qid, response: k % 2 === 0 ? correctResponse(q) : wrongResponse(q) });
        const send = () =>
          saveAnswerRoute(
            new Request(`http://test/api/attempts/${attempts[i]!.id}/answers`, { method: 'POST', headers: { cookie: s.cookie, 'content-type': 'application/json' }, body }),
            { params: Promise.resolve({ attemptId: attempts[i]!.id }) },
          );
        return [send, send];
      }),
    );
    const started = performance.now();
    const responses = await Promise.all(requests.map((send) => send()));
    const ms = performance.now() - started;

    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(STUDENTS * QUESTIONS);
    expect(statuses.filter((s) => s === 200)).toHaveLength(STUDENTS * QUESTIONS);

    const rows = await t.db.selectFrom('answer').select(['attempt_id', 'question_id']).execute();
    expect(rows).toHaveLength(STUDENTS * QUESTIONS);
    expect(new Set(rows.map((r) => `${r.attempt_id}|${r.question_id}`)).size).toBe(STUDENTS * QUESTIONS);

    const graded = await t.db.selectFrom('attempt').select(['submitted_at', 'score']).execute();
    expect(graded).toHaveLength(STUDENTS);
    for (const a of graded) {
      expect(a.submitted_at).not.toBeNull();
      expect(Number(a.score)).toBe(QUESTIONS / 2);
    }
    console.log(
      `[concurrency ${engine}] ${requests.length} answer requests from ${STUDENTS} students at once: ${Math.round(ms)} ms, ` +
        `${Math.round(requests.length / (ms / 1000))} requests/s; ${rows.length} answers stored, ${graded.length} attempts submitted`,
    );
  });
});
