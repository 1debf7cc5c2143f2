import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveAnswer, startAttempt } from '@/lib/classroom/attempt-service';
import { getQuestionSource } from '@/lib/classroom/question-source';
import { createAssignment } from '@/lib/db/queries/assignments';
import { listAnswers } from '@/lib/db/queries/attempts';
import { createClass } from '@/lib/db/queries/classes';
import { createStudent } from '@/lib/db/queries/students';
import type { Student } from '@/lib/db/queries/students';
import { correctResponse } from '../../helpers/answers';
import { engines, insertUser, openTestDb, type TestDb } from '../../helpers/db';

/** Counts every statement the query builder sends (transaction begin/commit are not statements built by it). */
class StatementCounter implements KyselyPlugin {
  kinds: string[] = [];
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.kinds.push(args.node.kind);
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

const source = getQuestionSource();
const now = new Date('2026-03-01T12:00:00Z');

describe.each(engines)('saving an answer on %s', (engine) => {
  const counter = new StatementCounter();
  let t: TestDb;
  let student: Student;

  beforeAll(async () => {
    t = await openTestDb(engine, [counter]);
    await insertUser(t, 'teacher');
    const classId = (await createClass(t.db, 'teacher', 'C')).id;
    student = (await createStudent(t.db, classId, 'Ama'))!.student;
  });
  afterAll(async () => t?.close());

  async function counted<T>(fn: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
    counter.kinds = [];
    const result = await fn();
    return { result, statements: counter.kinds };
  }

  it('takes at most three statements for each answer, the retry, the last one that submits, and a retry after submission', async () => {
    const classId = student.classId;
    const a = (await createAssignment(t.db, 'teacher', classId, {
      title: 'Check', modules: ['minusma'], questionCount: 3, questionTypes: ['single-choice', 'true-false'],
      attemptsAllowed: 1, dueAt: '2026-03-08T12:00:00.000Z', reveal: 'after-submit', seedMode: 'per-student',
    }, now))!;
    const started = await startAttempt(t.db, student, a.id, source, now);
    if (!started.ok) throw new Error(started.message);
    const ids = started.attempt.questionIds;
    const answer = (id: string) => ({ questionId: id, response: correctResponse(source.getQuestion(id)!) });

    const first = await counted(() => saveAnswer(t.db, student, started.attempt.id, answer(ids[0]!), source, now));
    expect(first.result).toMatchObject({ ok: true, created: true, answered: 1, submitted: false });
    expect(first.statements).toEqual(['SelectQueryNode', 'InsertQueryNode', 'UpdateQueryNode']);

    const retry = await counted(() => saveAnswer(t.db, student, started.attempt.id, answer(ids[0]!), source, now));
    expect(retry.result).toMatchObject({ ok: true, created: false, answered: 1 });
    expect(retry.statements.length).toBeLessThanOrEqual(3);

    await saveAnswer(t.db, student, started.attempt.id, answer(ids[1]!), source, now);
    const last = await counted(() => saveAnswer(t.db, student, started.attempt.id, answer(ids[2]!), source, now));
    expect(last.result).toMatchObject({ ok: true, created: true, answered: 3, submitted: true, score: 3 });
    expect(last.statements.length).toBeLessThanOrEqual(3);

    const after = await counted(() => saveAnswer(t.db, student, started.attempt.id, answer(ids[2]!), source, now));
    expect(after.result).toMatchObject({ ok: true, created: false, submitted: true });
    expect(after.statements.length).toBeLessThanOrEqual(2);
    expect(await listAnswers(t.db, started.attempt.id)).toHaveLength(3);
  });

  it('refuses another student\'s attempt in one statement', async () => {
    const other = (await createStudent(t.db, student.classId, 'Bakary'))!.student;
    const refused = await counted(() => saveAnswer(t.db, other, 'no-such-attempt', { questionId: 'x', response: 'y' }, source, now));
    expect(refused.result).toMatchObject({ ok: false, status: 404 });
    expect(refused.statements).toHaveLength(1);
  });
});
