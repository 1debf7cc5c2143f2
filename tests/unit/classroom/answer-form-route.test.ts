import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { nextHeadersMock } from '../../helpers/next-request';

const ctx = vi.hoisted(() => ({ cookie: '', ip: '198.51.100.20', set: new Map<string, string>() }));
vi.mock('next/headers', () => nextHeadersMock(ctx));

import { POST as answerFormRoute } from '@/app/student/assignments/[assignmentId]/answer/route';
import { answerProblemMessage, answerProblems } from '@/lib/classroom/answer-problems';
import { startAttempt } from '@/lib/classroom/attempt-service';
import { getQuestionSource } from '@/lib/classroom/question-source';
import { createAssignment, type Assignment } from '@/lib/db/queries/assignments';
import { getAttemptById, listAnswers, type Attempt } from '@/lib/db/queries/attempts';
import { questionTypes, type Question } from '@/lib/quiz/types';
import { toPublicProof, toPublicQuestion } from '@/lib/quiz/public';
import { joinStudent, makeClass } from '../../helpers/classroom';
import { engines, insertUser, useTestDb, type TestDb } from '../../helpers/db';

const ORIGIN = 'http://localhost:3000';
const source = getQuestionSource();

/** The fields a browser posts for the right answer of `q`, as the page's form names them. */
function rightFields(q: Question): [string, string][] {
  const shown = toPublicQuestion(q);
  const options = shown.options ?? [];
  switch (q.type) {
    case 'multiple-select':
      return (q.answer as string[]).map((a) => ['response', a]);
    case 'matching': {
      const pairs = (q.answer as string[]).map((p) => p.split(' → ') as [string, string]);
      return (q.prompts ?? []).map((left, i) => [`match-${i}`, pairs.find(([l]) => l === left)?.[1] ?? '']);
    }
    case 'ordering':
      return options.map((option, i) => [`order-${i}`, String((q.answer as string[]).indexOf(option) + 1)]);
    default:
      return [['response', q.answer as string]];
  }
}

describe.each(engines)('answers posted as plain HTML forms on %s', (engine) => {
  let t: TestDb;
  let assignment: Assignment;
  let attempt: Attempt;
  let cookie: string;

  const post = (fields: [string, string][], headers: Record<string, string> = {}, assignmentId = assignment.id) =>
    answerFormRoute(
      new Request(`${ORIGIN}/student/assignments/${assignmentId}/answer`, {
        method: 'POST',
        headers: Object.fromEntries(
          Object.entries({ cookie, 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN, ...headers }).filter(([, v]) => v !== ''),
        ),
        body: new URLSearchParams(fields).toString(),
      }),
      { params: Promise.resolve({ assignmentId }) },
    );
  const location = (res: Response) => new URL(res.headers.get('location') ?? '', ORIGIN);

  beforeAll(async () => {
    t = await useTestDb(engine);
    process.env.BASE_URL = ORIGIN;
    await insertUser(t, 'teacher-form');
    const cls = await makeClass(t.db, 'teacher-form', 'Forms');
    assignment = (await createAssignment(t.db, 'teacher-form', cls.id, {
      title: 'Every kind',
      modules: ['minusma', 'coups'],
      questionCount: 10,
      questionTypes: [...questionTypes],
      attemptsAllowed: 1,
      dueAt: null,
      reveal: 'after-each',
      seedMode: 'shared',
    }))!;
    const joined = await joinStudent(t.db, cls.id, 'No Script');
    cookie = joined.cookie;
    const started = await startAttempt(t.db, joined.student, assignment.id, source);
    if (!started.ok) throw new Error(started.message);
    attempt = started.attempt;
  });
  afterAll(async () => t?.close());

  it('refuses what a browser form on our page would not send, and stores nothing', async () => {
    const q = source.getQuestion(attempt.questionIds[0]!)!;
    const fields: [string, string][] = [['attempt', attempt.id], ['question', q.id], ...rightFields(q)];
    expect((await post(fields, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await post(fields, { 'content-type': 'application/json' })).status).toBe(415);
    expect((await post([...fields, ['pad', 'x'.repeat(20_000)]])).status).toBe(413);
    expect((await post(fields, {}, 'not an id!')).status).toBe(404);
    const signedOut = await post(fields, { cookie: '' });
    expect([signedOut.status, location(signedOut).pathname]).toEqual([303, '/join']);
    // A blank answer comes back as a code the page turns into its own sentence.
    const blank = await post([['attempt', attempt.id], ['question', q.id]]);
    expect(blank.status).toBe(303);
    expect(location(blank).searchParams.get('problem')).toBe('empty');
    expect(location(blank).hash).toBe(`#question-${q.id}`);
    expect(await listAnswers(t.db, attempt.id)).toHaveLength(0);
  });

  it('saves every question type, both steps of a two-part item, once each, and submits at the last answer', async () => {
    const questions = attempt.questionIds.map((id) => source.getQuestion(id)!);
    expect(new Set(questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(4);
    expect(questions.some((q) => toPublicProof(q))).toBe(true);
    for (const q of questions) {
      const base: [string, string][] = [['attempt', attempt.id], ['question', q.id]];
      if (toPublicProof(q)) {
        // The proof alone, before the answer, is refused.
        const early = await post([...base, ['step', 'proof'], ['response', q.parts!.answer]]);
        expect(location(early).searchParams.get('problem')).toBe('first-part-missing');
        const first = await post([...base, ['response', q.answer as string]]);
        expect(location(first).searchParams.get('saved')).toBe('1');
        const res = await post([...base, ['step', 'proof'], ['response', q.parts!.answer]]);
        expect(location(res).searchParams.get('problem')).toBeNull();
      } else {
        const res = await post([...base, ...rightFields(q)]);
        expect(res.status).toBe(303);
        expect(location(res).pathname).toBe(`/student/assignments/${assignment.id}`);
        expect(location(res).searchParams.get('problem')).toBeNull();
      }
    }
    const answers = await listAnswers(t.db, attempt.id);
    expect(answers).toHaveLength(questions.length);
    expect(answers.every((a) => a.correct)).toBe(true);
    const done = (await getAttemptById(t.db, attempt.id))!;
    expect(done.submittedAt).not.toBeNull();
    expect(done.score).toBe(done.maxScore);

    // Posting the same form again (the back button, a double tap) changes nothing.
    const q = questions.find((x) => !toPublicProof(x))!;
    const again = await post([['attempt', attempt.id], ['question', q.id], ['response', 'something else']]);
    expect(again.status).toBe(303);
    expect(await listAnswers(t.db, attempt.id)).toEqual(answers);
  });

  it('turns a refusal code into one of its own sentences, and anything else into nothing', () => {
    expect(answerProblemMessage('empty')).toBe(answerProblems.empty);
    for (const code of ['You have been hacked', '__proto__', 'toString', '', undefined]) expect(answerProblemMessage(code)).toBeNull();
  });
});
