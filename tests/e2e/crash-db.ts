// The crash test's hands inside the database, run with tsx beside the real server (tests/e2e/crash.spec.ts):
//   seed <students>  creates a class, an assignment and one started attempt per student; prints what they answer
//   dump             prints every stored answer and attempt
// It reaches the app's database the same way the server does: DATABASE_PATH or DATABASE_URL, and AUTH_SECRET
// for the student cookies. Run with NODE_OPTIONS=--conditions=react-server so lib/'s `server-only` imports load.
import { startAttempt } from '@/lib/classroom/attempt-service';
import { getQuestionSource } from '@/lib/classroom/question-source';
import { getDb, getEngine } from '@/lib/db/client';
import { migrateToLatest } from '@/lib/db/migrate';
import { createAssignment } from '@/lib/db/queries/assignments';
import { createClass } from '@/lib/db/queries/classes';
import { listExplainers } from '@/lib/content';
import { correctResponse, wrongResponse } from '../helpers/answers';
import { joinStudent } from '../helpers/classroom';
import { insertUser } from '../helpers/db';

export type CrashAnswer = { questionId: string; body: string };
export type CrashStudent = { cookie: string; attemptId: string; answers: CrashAnswer[] };
export type CrashDump = { answers: { attemptId: string; questionId: string; response: string }[]; attempts: { id: string; submitted: boolean }[] };

async function seed(count: number): Promise<CrashStudent[]> {
  const db = getDb();
  await migrateToLatest(db, getEngine());
  const source = getQuestionSource();
  await insertUser({ db, engine: getEngine() }, 'crash-teacher');
  const cls = await createClass(db, 'crash-teacher', 'Crash class');
  const assignment = await createAssignment(db, 'crash-teacher', cls.id, {
    title: 'Crash',
    modules: listExplainers().map((e) => e.slug),
    questionCount: 50,
    questionTypes: ['single-choice', 'true-false', 'who-said'],
    attemptsAllowed: 1,
    dueAt: null,
    reveal: 'after-each',
    seedMode: 'per-student',
  });
  if (!assignment) throw new Error('could not create the assignment');
  const students: CrashStudent[] = [];
  for (let i = 0; i < count; i++) {
    const s = await joinStudent(db, cls.id, `Student ${i}`);
    const started = await startAttempt(db, s.student, assignment.id, source);
    if (!started.ok) throw new Error(started.message);
    const answers = started.attempt.questionIds.map((questionId, k) => {
      const q = source.getQuestion(questionId)!;
      return { questionId, body: JSON.stringify({ questionId, response: k % 2 === 0 ? correctResponse(q) : wrongResponse(q) }) };
    });
    students.push({ cookie: s.cookie, attemptId: started.attempt.id, answers });
  }
  return students;
}

async function dump(): Promise<CrashDump> {
  const db = getDb();
  const answers = await db.selectFrom('answer').select(['attempt_id', 'question_id', 'response']).execute();
  const attempts = await db.selectFrom('attempt').select(['id', 'submitted_at']).execute();
  return {
    answers: answers.map((a) => ({ attemptId: a.attempt_id, questionId: a.question_id, response: a.response })),
    attempts: attempts.map((a) => ({ id: a.id, submitted: a.submitted_at !== null })),
  };
}

async function main(command: string | undefined, arg: string | undefined): Promise<void> {
  const result = command === 'seed' ? await seed(Number(arg)) : command === 'dump' ? await dump() : null;
  if (!result) throw new Error('usage: crash-db.ts seed <students> | dump');
  process.stdout.write(JSON.stringify(result));
  await getDb().destroy();
}

main(process.argv[2], process.argv[3]).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
