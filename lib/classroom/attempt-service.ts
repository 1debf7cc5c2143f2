import 'server-only';
import { listPassageViews, type PassageView } from '@/lib/content/passage-view';
import { describeAnswer, describeProof, describeResponse, type ProofView } from '@/lib/quiz/attempt';
import type { Db } from '@/lib/db/client';
import { getAssignmentForStudent, listAssignmentsForClass, type Assignment } from '@/lib/db/queries/assignments';
import {
  countAnswersAndSubmitWhenComplete,
  getAnswer,
  listFirstParts,
  saveFirstPartOnce,
  insertAttempt,
  listAnswers,
  listAnswersForAttempts,
  listAttemptsForStudent,
  listAttemptsOfStudent,
  saveAnswerOnce,
  withAttemptToAnswer,
  type Answer,
  type Attempt,
} from '@/lib/db/queries/attempts';
import type { Student } from '@/lib/db/queries/students';
import type { PublicQuestion, Question, QuestionResponse } from '@/lib/quiz/types';
import { attemptSeed, canAnswer, canStartAttempt, isRevealed, type Decision } from './rules';
import { assignmentStatus, type AssignmentStatus } from './status';
import type { SaveAnswerInput } from './schemas';

/** Where questions come from: the generated bank in the app, fixtures in tests. */
export type QuestionSource = {
  getQuestion(id: string): Question | null;
  /** Every question of these modules. */
  listQuestions(modules: string[]): Question[];
  assemble(questions: Question[], settings: { count: number; types?: Question['type'][] }, seed: string): Question[];
  grade(question: Question, response: QuestionResponse): { correct: boolean; score: number };
  toPublic(question: Question): PublicQuestion;
  /** A two-part item's proof step, sent only once its first answer is stored; null for other questions. */
  toPublicProof(question: Question): PublicQuestion | null;
};

export type Failure = { ok: false; status: 400 | 403 | 404 | 409 | 422 | 429; code: string; message: string };

function fail(status: Failure['status'], code: string, message: string): Failure {
  return { ok: false, status, code, message };
}

function refusal(d: Exclude<Decision, { ok: true }>): Failure {
  return fail(d.code === 'attempt-open' ? 409 : 403, d.code, d.message);
}

/** The key a student may see once revealed: correct or not, the right answer, why, and the passages to read. */
export type RevealedKey = {
  correct: boolean;
  score: number;
  answer: string[];
  ordered: boolean;
  explanation: string;
  citations: PassageView[];
  /** A two-part item's proof, marked on its own. */
  proof: ProofView | null;
};

export type AttemptQuestionView = {
  question: PublicQuestion;
  /** The student's saved response, as lines for display; null when not answered yet. */
  responseLines: string[] | null;
  /** A two-part item whose first answer is stored but whose proof is not: that answer and the proof step. */
  pending: { first: string; proof: PublicQuestion } | null;
  /** Present only when the assignment's reveal policy allows it (never before the student answers). */
  key: RevealedKey | null;
};

export type AttemptView = {
  id: string;
  number: number;
  submittedAt: string | null;
  answered: number;
  total: number;
  /** Null until the reveal policy allows showing it. */
  score: number | null;
  canAnswer: Decision;
  questions: AttemptQuestionView[];
};

export function revealedKey(question: Question, answer: Answer | null): RevealedKey {
  return {
    correct: answer?.correct ?? false,
    score: answer?.score ?? 0,
    answer: describeAnswer(question),
    ordered: question.type === 'ordering',
    explanation: question.explanation,
    citations: listPassageViews(question.citations),
    proof: answer ? describeProof(question, answer.response) : null,
  };
}

/** What the browser may see of an attempt at `now`. The answer key appears only where `isRevealed` says so. */
export function buildAttemptView(
  assignment: Assignment,
  attempt: Attempt,
  answers: Answer[],
  source: QuestionSource,
  now: Date,
  archived = false,
  firstParts: ReadonlyMap<string, string> = new Map(),
): AttemptView {
  const byQuestion = new Map(answers.map((a) => [a.questionId, a]));
  const submitted = attempt.submittedAt !== null;
  const questions: AttemptQuestionView[] = [];
  for (const id of attempt.questionIds) {
    const question = source.getQuestion(id);
    if (!question) continue;
    const answer = byQuestion.get(id) ?? null;
    const show = isRevealed(assignment.reveal, { answered: answer !== null, attemptSubmitted: submitted, dueAt: assignment.dueAt, now });
    const first = answer ? undefined : firstParts.get(id);
    const proof = first === undefined ? null : source.toPublicProof(question);
    questions.push({
      question: source.toPublic(question),
      responseLines: answer ? describeResponse(question, answer.response) : null,
      pending: first !== undefined && proof ? { first, proof } : null,
      key: show ? revealedKey(question, answer) : null,
    });
  }
  const scoreVisible = submitted && isRevealed(assignment.reveal, { answered: true, attemptSubmitted: true, dueAt: assignment.dueAt, now });
  return {
    id: attempt.id,
    number: attempt.number,
    submittedAt: attempt.submittedAt,
    answered: answers.length,
    total: attempt.questionIds.length,
    score: scoreVisible ? attempt.score : null,
    canAnswer: canAnswer(assignment, attempt, now, archived),
    questions,
  };
}

/**
 * Starts the student's next attempt, with its questions fixed by a deterministic seed. A second start while
 * one is open, past the due date, or beyond the attempts allowed is refused. Concurrent starts create one.
 */
export async function startAttempt(db: Db, student: Student, assignmentId: string, source: QuestionSource, now = new Date()) {
  const found = await getAssignmentForStudent(db, student, assignmentId);
  if (!found) return fail(404, 'not-found', 'No such assignment in your class.');
  const { assignment, classArchived } = found;
  const attempts = await listAttemptsForStudent(db, assignmentId, student.id);
  const open = attempts.find((a) => !a.submittedAt) ?? null;
  if (open && !classArchived) return { ok: true as const, attempt: open, created: false };
  const decision = canStartAttempt(assignment, attempts.length, false, now, classArchived);
  if (!decision.ok) return refusal(decision);
  const number = attempts.length + 1;
  const seed = attemptSeed(assignment, student.id, number);
  const pool = source.listQuestions(assignment.modules);
  const questions = source.assemble(pool, { count: assignment.questionCount, types: assignment.questionTypes }, seed);
  if (questions.length === 0) return fail(422, 'no-questions', 'This assignment has no questions of the chosen types yet. Ask your teacher.');
  const attempt = await insertAttempt(db, { assignmentId, studentId: student.id, number, seed, questionIds: questions.map((q) => q.id) }, now);
  if (attempt) return { ok: true as const, attempt, created: true };
  // Lost a race with a concurrent start of the same attempt number: use theirs.
  const again = await listAttemptsForStudent(db, assignmentId, student.id);
  const theirs = again.find((a) => a.number === number);
  return theirs ? { ok: true as const, attempt: theirs, created: false } : fail(409, 'conflict', 'Could not start the attempt; try again.');
}

/**
 * The questions a student would get, for the teacher's preview: built exactly as `startAttempt` builds them
 * (one example variant when each student gets their own), without storing anything. Public forms only.
 */
export function previewQuestions(assignment: Assignment, source: QuestionSource): PublicQuestion[] {
  const pool = source.listQuestions(assignment.modules);
  const seed = attemptSeed(assignment, 'preview', 1);
  return source.assemble(pool, { count: assignment.questionCount, types: assignment.questionTypes }, seed).map((q) => source.toPublic(q));
}

/** A two-part item's first answer is stored: the proof step comes next, with no key yet. */
export type FirstPartResult = { ok: true; step: 'proof'; created: boolean; questionId: string; first: string; proof: PublicQuestion };

export type SaveAnswerResult =
  | FirstPartResult
  | {
      ok: true;
      /** false when this exact question already had an answer (a retry or double click). */
      created: boolean;
      questionId: string;
      response: QuestionResponse;
      responseLines: string[];
      key: RevealedKey | null;
      answered: number;
      total: number;
      submitted: boolean;
      score: number | null;
    }
  | Failure;

/** What POST /api/attempts/:id/answers sends back (the route's body, the page's `fetch` result): a saved result, or why not. */
export type SaveReply = Exclude<SaveAnswerResult, Failure> | { ok: false; error: string; code?: string };

/**
 * Saves one answer, graded on the server, into the student's own attempt. Idempotent per question; the last
 * answer submits the attempt. Refuses other students' attempts (404), questions not in the attempt (400),
 * submitted attempts and answers after the due date (403).
 */
export async function saveAnswer(db: Db, student: Student, attemptId: string, input: SaveAnswerInput, source: QuestionSource, now = new Date()): Promise<SaveAnswerResult> {
  // At most three statements in one transaction: the attempt with its assignment (and a two-part item's kept first
  // answer), the answer, the count (and submit).
  return withAttemptToAnswer(db, student, attemptId, async (trx, found): Promise<SaveAnswerResult> => {
    if (!found) return fail(404, 'not-found', 'No such attempt.');
    const { attempt, assignment, classArchived, firstPart } = found;
    if (!attempt.questionIds.includes(input.questionId)) return fail(400, 'unknown-question', 'That question is not part of this attempt.');
    const question = source.getQuestion(input.questionId);
    if (!question) return fail(400, 'unknown-question', 'That question no longer exists.');

    if (attempt.submittedAt) {
      // A retry of an answer that was stored before submission is still a success: it changes nothing.
      const existing = await getAnswer(trx, attempt.id, input.questionId);
      if (existing) return answerResult(assignment, attempt, question, existing, false, attempt.questionIds.length, now);
    }
    const decision = canAnswer(assignment, attempt, now, classArchived);
    if (!decision.ok) return refusal(decision);

    let response = input.response;
    const proof = source.toPublicProof(question);
    if (proof) {
      // A two-part item: the first answer is kept once given (the page sends the proof's options only then), and
      // the proof completes it. Both parts at once, `[answer, proof]`, are taken too, with a stored first answer winning.
      if (Array.isArray(input.response)) {
        if (input.response.length !== 2) return fail(400, 'two-parts', 'A two-part answer is [answer, proof].');
        const [given, proofGiven] = input.response as [string, string];
        response = [firstPart ?? given, proofGiven];
      } else if (input.step !== 'proof') {
        const existing = await getAnswer(trx, attempt.id, question.id);
        if (existing) return answerResult(assignment, attempt, question, existing, false, attempt.questionIds.length, now);
        if (!question.options?.includes(input.response)) return fail(400, 'not-an-option', 'That is not one of the choices.');
        const { first, created } = await saveFirstPartOnce(trx, attempt.id, question.id, input.response, now);
        return { ok: true, step: 'proof', created, questionId: question.id, first, proof };
      } else {
        const first = firstPart;
        if (first === null) return fail(409, 'first-part-missing', 'Answer the question first; then choose the sentence that proves it.');
        response = [first, input.response];
      }
    }

    const grade = source.grade(question, response);
    const { answer, created } = await saveAnswerOnce(trx, attempt.id, question.id, response, grade, now);
    // A question dropped from the bank since the attempt started cannot be answered, so it does not hold up submission.
    const answerable = attempt.questionIds.filter((id) => source.getQuestion(id) !== null).length;
    const { attempt: current, answered } = await countAnswersAndSubmitWhenComplete(trx, attempt.id, answerable, now);
    return answerResult(assignment, current, question, answer, created, answered, now);
  }, input.questionId);
}

function answerResult(assignment: Assignment, attempt: Attempt, question: Question, answer: Answer, created: boolean, answered: number, now: Date): SaveAnswerResult {
  const submitted = attempt.submittedAt !== null;
  const show = isRevealed(assignment.reveal, { answered: true, attemptSubmitted: submitted, dueAt: assignment.dueAt, now });
  const scoreVisible = submitted && isRevealed(assignment.reveal, { answered: true, attemptSubmitted: true, dueAt: assignment.dueAt, now });
  return {
    ok: true,
    created,
    questionId: question.id,
    response: answer.response,
    responseLines: describeResponse(question, answer.response),
    key: show ? revealedKey(question, answer) : null,
    answered,
    total: attempt.questionIds.length,
    submitted,
    score: scoreVisible ? attempt.score : null,
  };
}

/** Everything the student's assignment page shows. */
export async function getStudentAssignmentView(db: Db, student: Student, assignmentId: string, source: QuestionSource, now = new Date()) {
  const found = await getAssignmentForStudent(db, student, assignmentId);
  if (!found) return null;
  const { assignment, classArchived } = found;
  const attempts = await listAttemptsForStudent(db, assignmentId, student.id);
  const open = attempts.find((a) => !a.submittedAt) ?? null;
  const shown = open ?? attempts.at(-1) ?? null;
  const [answers, firstParts] = shown ? await Promise.all([listAnswers(db, shown.id), shown.submittedAt ? new Map<string, string>() : listFirstParts(db, shown.id)]) : [[], new Map<string, string>()];
  const current = shown ? buildAttemptView(assignment, shown, answers, source, now, classArchived, firstParts) : null;
  const pastScores = attempts
    .filter((a) => a.submittedAt)
    .map((a) => ({
      number: a.number,
      submittedAt: a.submittedAt,
      score: isRevealed(assignment.reveal, { answered: true, attemptSubmitted: true, dueAt: assignment.dueAt, now }) ? a.score : null,
      total: a.questionIds.length,
    }));
  return {
    assignment,
    classArchived,
    attempts: pastScores,
    current,
    canStart: canStartAttempt(assignment, attempts.length, open !== null, now, classArchived),
  };
}

/** The student's assignments, newest first, each with where they stand (for /student). */
export async function listStudentAssignments(db: Db, student: Student, now = new Date()): Promise<{ assignment: Assignment; status: AssignmentStatus }[]> {
  const [assignments, attempts] = await Promise.all([listAssignmentsForClass(db, student.classId), listAttemptsOfStudent(db, student.id)]);
  const open = attempts.filter((a) => !a.submittedAt).map((a) => a.id);
  const answers = await listAnswersForAttempts(db, open);
  return assignments.map((assignment) => {
    const mine = attempts
      .filter((a) => a.assignmentId === assignment.id)
      .map((a) => ({ submittedAt: a.submittedAt, answered: answers.get(a.id)?.length ?? 0, total: a.questionIds.length, score: a.score }));
    return { assignment, status: assignmentStatus(assignment, mine, now) };
  });
}
