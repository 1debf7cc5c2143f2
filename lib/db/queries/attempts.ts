import 'server-only';
import { sql } from 'kysely';
import { randomId } from '@/lib/classroom/codes';
import type { Grade, QuestionResponse } from '@/lib/quiz/types';
import { engineOf, type Db } from '../client';
import { toAssignment, type Assignment } from './assignments';
import type { AnswerRow, AttemptRow } from '../schema';
import { isUniqueViolation } from '../errors';
import { jsonColumns, parseJsonColumn } from '../json-columns';

export type Attempt = {
  id: string;
  assignmentId: string;
  studentId: string;
  number: number;
  seed: string;
  questionIds: string[];
  startedAt: string;
  submittedAt: string | null;
  score: number | null;
  maxScore: number;
};

export type Answer = {
  questionId: string;
  response: QuestionResponse;
  correct: boolean;
  score: number;
  answeredAt: string;
};

export function toAttempt(row: AttemptRow): Attempt {
  return {
    id: row.id,
    assignmentId: row.assignment_id,
    studentId: row.student_id,
    number: row.number,
    seed: row.seed,
    questionIds: parseJsonColumn(jsonColumns.questionIds, row.question_ids, 'attempt.question_ids'),
    startedAt: row.started_at,
    submittedAt: row.submitted_at,
    score: row.score === null ? null : Number(row.score),
    maxScore: row.max_score,
  };
}

export function toAnswer(row: AnswerRow): Answer {
  return {
    questionId: row.question_id,
    response: parseJsonColumn(jsonColumns.response, row.response, 'answer.response'),
    correct: row.correct === 1,
    score: Number(row.score),
    answeredAt: row.answered_at,
  };
}

export async function listAttemptsForStudent(db: Db, assignmentId: string, studentId: string): Promise<Attempt[]> {
  const rows = await db
    .selectFrom('attempt')
    .selectAll()
    .where('assignment_id', '=', assignmentId)
    .where('student_id', '=', studentId)
    .orderBy('number')
    .execute();
  return rows.map(toAttempt);
}

/** Every attempt of one student, at any assignment, in order of number. */
export async function listAttemptsOfStudent(db: Db, studentId: string): Promise<Attempt[]> {
  const rows = await db.selectFrom('attempt').selectAll().where('student_id', '=', studentId).orderBy('number').execute();
  return rows.map(toAttempt);
}

export async function listAttemptsForAssignment(db: Db, assignmentId: string): Promise<Attempt[]> {
  const rows = await db.selectFrom('attempt').selectAll().where('assignment_id', '=', assignmentId).orderBy('number').execute();
  return rows.map(toAttempt);
}

/** The attempt only if it is this student's. */
export async function getAttemptForStudent(db: Db, studentId: string, attemptId: string): Promise<Attempt | null> {
  const row = await db.selectFrom('attempt').selectAll().where('id', '=', attemptId).where('student_id', '=', studentId).executeTakeFirst();
  return row ? toAttempt(row) : null;
}

export async function getAttemptById(db: Db, attemptId: string): Promise<Attempt | null> {
  const row = await db.selectFrom('attempt').selectAll().where('id', '=', attemptId).executeTakeFirst();
  return row ? toAttempt(row) : null;
}

/**
 * Inserts attempt number `number`. Returns null when that number already exists (another request started it
 * first): UNIQUE(assignment_id, student_id, number) makes a double click start one attempt, not two.
 */
export async function insertAttempt(
  db: Db,
  a: { assignmentId: string; studentId: string; number: number; seed: string; questionIds: string[] },
  now = new Date(),
): Promise<Attempt | null> {
  const row: AttemptRow = {
    id: randomId(),
    assignment_id: a.assignmentId,
    student_id: a.studentId,
    number: a.number,
    seed: a.seed,
    question_ids: JSON.stringify(a.questionIds),
    started_at: now.toISOString(),
    submitted_at: null,
    score: null,
    max_score: a.questionIds.length,
  };
  try {
    await db.insertInto('attempt').values(row).execute();
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
  return toAttempt(row);
}

export async function listAnswers(db: Db, attemptId: string): Promise<Answer[]> {
  const rows = await db.selectFrom('answer').selectAll().where('attempt_id', '=', attemptId).orderBy('answered_at').execute();
  return rows.map(toAnswer);
}

export async function listAnswersForAttempts(db: Db, attemptIds: string[]): Promise<Map<string, Answer[]>> {
  const out = new Map<string, Answer[]>();
  if (attemptIds.length === 0) return out;
  const rows = await db.selectFrom('answer').selectAll().where('attempt_id', 'in', attemptIds).execute();
  for (const row of rows) {
    const list = out.get(row.attempt_id) ?? [];
    list.push(toAnswer(row));
    out.set(row.attempt_id, list);
  }
  return out;
}

/** An answer as the results count it. */
export type ScoredAnswer = Omit<Answer, 'answeredAt'>;

/**
 * Every answer to an assignment, by attempt, for its results: one query joined on the assignment (no list of a
 * thousand attempt ids), only the columns the results read, and each distinct response parsed once (a class gives
 * the same answers again and again). 30,000 answers: about 50 ms on SQLite, against 140-230 ms for
 * listAnswersForAttempts over the same rows.
 */
export async function listAnswersForAssignment(db: Db, assignmentId: string): Promise<Map<string, ScoredAnswer[]>> {
  const rows = await db
    .selectFrom('answer')
    .innerJoin('attempt', 'attempt.id', 'answer.attempt_id')
    .select(['answer.attempt_id as attemptId', 'answer.question_id as questionId', 'answer.response as response', 'answer.correct as correct', 'answer.score as score'])
    .where('attempt.assignment_id', '=', assignmentId)
    .execute();
  const responses = new Map<string, QuestionResponse>();
  const out = new Map<string, ScoredAnswer[]>();
  for (const row of rows) {
    let response = responses.get(row.response);
    if (response === undefined) {
      response = parseJsonColumn(jsonColumns.response, row.response, 'answer.response');
      responses.set(row.response, response);
    }
    const list = out.get(row.attemptId) ?? [];
    list.push({ questionId: row.questionId, response, correct: row.correct === 1, score: Number(row.score) });
    out.set(row.attemptId, list);
  }
  return out;
}

/** An attempt with its assignment, as a student answering it sees them. */
export type AttemptToAnswer = {
  attempt: Attempt;
  assignment: Assignment;
  classArchived: boolean;
  /** The stored first part of `questionId`'s two-part item (read in the same query); null when none. */
  firstPart: string | null;
};

/**
 * Runs `fn` in one transaction holding the student's attempt (with its assignment and class, read in one query),
 * or with null when the attempt is not this student's or not in their class. On PostgreSQL the attempt row is
 * locked (`for update`), so answers to one attempt are counted one after another and the last one submits it;
 * SQLite's single connection runs whole transactions one at a time already.
 */
export async function withAttemptToAnswer<T>(
  db: Db,
  student: { id: string; classId: string },
  attemptId: string,
  fn: (trx: Db, found: AttemptToAnswer | null) => Promise<T>,
  questionId = '',
): Promise<T> {
  const lock = engineOf(db) === 'postgres';
  return db.transaction().execute(async (trx) => {
    let query = trx
      .selectFrom('attempt')
      .innerJoin('assignment', 'assignment.id', 'attempt.assignment_id')
      .innerJoin('classroom', 'classroom.id', 'assignment.class_id')
      .leftJoin('answer_first_part', (join) => join.onRef('answer_first_part.attempt_id', '=', 'attempt.id').on('answer_first_part.question_id', '=', questionId))
      .selectAll('assignment')
      .select([
        'attempt.id as attempt_id',
        'attempt.student_id as attempt_student_id',
        'attempt.number as attempt_number',
        'attempt.seed as attempt_seed',
        'attempt.question_ids as attempt_question_ids',
        'attempt.started_at as attempt_started_at',
        'attempt.submitted_at as attempt_submitted_at',
        'attempt.score as attempt_score',
        'attempt.max_score as attempt_max_score',
        'classroom.archived as class_archived',
        'answer_first_part.response as first_part',
      ])
      .where('attempt.id', '=', attemptId)
      .where('attempt.student_id', '=', student.id)
      .where('assignment.class_id', '=', student.classId);
    if (lock) query = query.modifyEnd(sql`for update of attempt`);
    const row = await query.executeTakeFirst();
    if (!row) return fn(trx, null);
    const attempt = toAttempt({
      id: row.attempt_id,
      assignment_id: row.id,
      student_id: row.attempt_student_id,
      number: row.attempt_number,
      seed: row.attempt_seed,
      question_ids: row.attempt_question_ids,
      started_at: row.attempt_started_at,
      submitted_at: row.attempt_submitted_at,
      score: row.attempt_score,
      max_score: row.attempt_max_score,
    });
    return fn(trx, { attempt, assignment: toAssignment(row), classArchived: row.class_archived === 1, firstPart: row.first_part ?? null });
  });
}

export async function getAnswer(db: Db, attemptId: string, questionId: string): Promise<Answer | null> {
  const row = await db.selectFrom('answer').selectAll().where('attempt_id', '=', attemptId).where('question_id', '=', questionId).executeTakeFirst();
  return row ? toAnswer(row) : null;
}

/**
 * Stores the first answer to a question in an attempt and returns the stored one, in one statement.
 * Idempotent: relies on the unique (attempt_id, question_id) constraint; on a conflict the no-op update
 * returns the stored row, so a retry or a double click stores once and gets the same answer back, and a
 * different second response does not replace the first. `created` compares the returned id with the new one.
 */
export async function saveAnswerOnce(
  db: Db,
  attemptId: string,
  questionId: string,
  response: QuestionResponse,
  grade: Grade,
  now = new Date(),
): Promise<{ answer: Answer; created: boolean }> {
  const id = randomId();
  const row = await db
    .insertInto('answer')
    .values({
      id,
      attempt_id: attemptId,
      question_id: questionId,
      response: JSON.stringify(response),
      correct: grade.correct ? 1 : 0,
      score: grade.score,
      answered_at: now.toISOString(),
    })
    .onConflict((oc) => oc.columns(['attempt_id', 'question_id']).doUpdateSet({ question_id: (eb) => eb.ref('answer.question_id') }))
    .returningAll()
    .executeTakeFirstOrThrow();
  return { answer: toAnswer(row), created: row.id === id };
}

/**
 * Counts the attempt's answers and, once `answerable` are in, submits it with the sum of their scores, in one
 * statement (the attempt row is written either way). Run it inside `withAttemptToAnswer`, after the answer's
 * insert, so the count includes it and concurrent last answers submit once.
 */
export async function countAnswersAndSubmitWhenComplete(db: Db, attemptId: string, answerable: number, now = new Date()): Promise<{ attempt: Attempt; answered: number }> {
  const count = sql<number>`(select count(*) from answer where answer.attempt_id = attempt.id)`;
  const complete = sql<boolean>`submitted_at is null and ${count} >= ${answerable}`;
  const row = await db
    .updateTable('attempt')
    .set({
      submitted_at: sql<string | null>`case when ${complete} then ${now.toISOString()} else submitted_at end`,
      score: sql<number | null>`case when ${complete} then (select coalesce(sum(score), 0) from answer where answer.attempt_id = attempt.id) else score end`,
    })
    .where('id', '=', attemptId)
    .returningAll()
    .returning(sql<number>`cast(${count} as integer)`.as('answered'))
    .executeTakeFirstOrThrow();
  const { answered, ...attempt } = row;
  return { attempt: toAttempt(attempt), answered: Number(answered) };
}

/**
 * Marks the attempt submitted with the sum of its answer scores. Only the first call changes anything
 * (`submitted_at is null` guard), so concurrent last answers submit once. Returns the attempt afterwards.
 */
export async function submitAttempt(db: Db, attemptId: string, now = new Date()): Promise<Attempt> {
  await db
    .updateTable('attempt')
    .set({
      submitted_at: now.toISOString(),
      score: sql<number>`(select coalesce(sum(score), 0) from answer where answer.attempt_id = attempt.id)`,
    })
    .where('id', '=', attemptId)
    .where('submitted_at', 'is', null)
    .execute();
  const row = await db.selectFrom('attempt').selectAll().where('id', '=', attemptId).executeTakeFirstOrThrow();
  return toAttempt(row);
}

/**
 * Stores a two-part item's first answer unless one is stored, and returns the stored one, in one statement.
 * Idempotent on the (attempt_id, question_id) key: a second, different first answer does not replace the first.
 */
export async function saveFirstPartOnce(db: Db, attemptId: string, questionId: string, response: string, now = new Date()): Promise<{ first: string; created: boolean }> {
  const id = randomId();
  const row = await db
    .insertInto('answer_first_part')
    .values({ id, attempt_id: attemptId, question_id: questionId, response, given_at: now.toISOString() })
    .onConflict((oc) => oc.columns(['attempt_id', 'question_id']).doUpdateSet({ question_id: (eb) => eb.ref('answer_first_part.question_id') }))
    .returning(['id', 'response'])
    .executeTakeFirstOrThrow();
  return { first: row.response, created: row.id === id };
}

/** The first answers of an attempt's two-part items, by question id. */
export async function listFirstParts(db: Db, attemptId: string): Promise<Map<string, string>> {
  const rows = await db.selectFrom('answer_first_part').select(['question_id', 'response']).where('attempt_id', '=', attemptId).execute();
  return new Map(rows.map((r) => [r.question_id, r.response]));
}
