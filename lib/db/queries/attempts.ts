import 'server-only';
import { sql } from 'kysely';
import { randomId } from '@/lib/classroom/codes';
import type { Grade, QuestionResponse } from '@/lib/quiz/types';
import type { Db } from '../client';
import type { AnswerRow, AttemptRow } from '../schema';
import { isUniqueViolation } from './classes';

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
    questionIds: JSON.parse(row.question_ids) as string[],
    startedAt: row.started_at,
    submittedAt: row.submitted_at,
    score: row.score === null ? null : Number(row.score),
    maxScore: row.max_score,
  };
}

export function toAnswer(row: AnswerRow): Answer {
  return {
    questionId: row.question_id,
    response: JSON.parse(row.response) as QuestionResponse,
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

/**
 * Stores the first answer to a question in an attempt and returns the stored one. Idempotent: relies on the
 * unique (attempt_id, question_id) constraint, so a retry or a double click stores once and gets the same
 * answer back; a different second response does not replace the first.
 */
export async function saveAnswerOnce(
  db: Db,
  attemptId: string,
  questionId: string,
  response: QuestionResponse,
  grade: Grade,
  now = new Date(),
): Promise<{ answer: Answer; created: boolean }> {
  const result = await db
    .insertInto('answer')
    .values({
      id: randomId(),
      attempt_id: attemptId,
      question_id: questionId,
      response: JSON.stringify(response),
      correct: grade.correct ? 1 : 0,
      score: grade.score,
      answered_at: now.toISOString(),
    })
    .onConflict((oc) => oc.columns(['attempt_id', 'question_id']).doNothing())
    .executeTakeFirst();
  const created = Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  const row = await db
    .selectFrom('answer')
    .selectAll()
    .where('attempt_id', '=', attemptId)
    .where('question_id', '=', questionId)
    .executeTakeFirstOrThrow();
  return { answer: toAnswer(row), created };
}

export async function countAnswers(db: Db, attemptId: string): Promise<number> {
  const r = await db
    .selectFrom('answer')
    .select(sql<number>`cast(count(*) as integer)`.as('n'))
    .where('attempt_id', '=', attemptId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
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
