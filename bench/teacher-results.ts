// Teacher results at school scale: 1,000 students x 30 questions, all answered. Times the results
// summary + CSV in lib (no HTTP), then the results page and the CSV route through the running app
// as a signed-in teacher. Usage: tsx bench/teacher-results.ts <base-url> (same database as the server).
import { performance } from 'node:perf_hooks';
import { getQuestionSource } from '../lib/classroom/question-source';
import { toCsv } from '../lib/classroom/csv';
import { resultsCsvRows } from '../lib/classroom/results';
import { getAssignmentResults } from '../lib/classroom/results-service';
import { createDb, dbConfigFromEnv } from '../lib/db/client';
import { createAssignment } from '../lib/db/queries/assignments';
import { createClass } from '../lib/db/queries/classes';
import { insertAttempt, submitAttempt } from '../lib/db/queries/attempts';
import { createStudent } from '../lib/db/queries/students';
import { assembleQuiz } from '../lib/quiz/assemble';
import { getQuestionBank } from '../lib/quiz/bank';
import { gradeResponse } from '../lib/quiz/grade';

const base = process.argv[2] ?? 'http://localhost:3300';
const STUDENTS = 1000;
const QUESTIONS = 30;
const RUNS = 5;

const median = (xs: number[]) => Number([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!.toFixed(1));

async function signUp(): Promise<{ id: string; cookie: string }> {
  const email = `bench-${Date.now()}@example.com`;
  const res = await fetch(`${base}/api/auth/sign-up/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ email, password: 'bench-password-123', name: 'Bench Teacher' }),
  });
  if (!res.ok) throw new Error(`sign-up failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { user: { id: string } };
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return { id: body.user.id, cookie };
}

async function main() {
  const db = createDb(dbConfigFromEnv());
  const teacher = await signUp();
  const cls = await createClass(db, teacher.id, 'Whole school');
  const modules = getQuestionBank().modules.map((m) => m.slug);
  const assignment = (await createAssignment(db, teacher.id, cls.id, {
    title: 'School-wide check',
    modules,
    questionCount: QUESTIONS,
    questionTypes: ['single-choice', 'multiple-select', 'true-false', 'fill-in', 'matching', 'ordering', 'who-said'],
    attemptsAllowed: 1,
    dueAt: null,
    reveal: 'after-submit',
    seedMode: 'shared',
  }))!;
  const pool = getQuestionBank().modules.flatMap((m) => m.questions);
  const now = new Date();
  for (let i = 0; i < STUDENTS; i++) {
    const { student } = (await createStudent(db, cls.id, `Student ${String(i + 1).padStart(4, '0')}`))!;
    const quiz = assembleQuiz(pool, { count: QUESTIONS }, `bench-${i}`);
    const attempt = (await insertAttempt(db, { assignmentId: assignment.id, studentId: student.id, number: 1, seed: `bench-${i}`, questionIds: quiz.map((q) => q.id) }, now))!;
    const rows = quiz.map((q, k) => {
      const response = k % 3 === 0 && q.options ? (q.options.find((o) => o !== q.answer) ?? q.answer) : q.answer;
      const grade = gradeResponse(q, response);
      return { id: `${attempt.id}-${k}`, attempt_id: attempt.id, question_id: q.id, response: JSON.stringify(response), correct: (grade.correct ? 1 : 0) as 0 | 1, score: grade.score, answered_at: now.toISOString() };
    });
    await db.insertInto('answer').values(rows).execute();
    await submitAttempt(db, attempt.id, now);
  }

  const source = getQuestionSource();
  const lib: number[] = [];
  let csvBytes = 0;
  for (let r = 0; r < RUNS; r++) {
    const start = performance.now();
    const results = await getAssignmentResults(db, teacher.id, assignment.id, source);
    const csv = toCsv(resultsCsvRows(results!.summary));
    lib.push(performance.now() - start);
    csvBytes = csv.length;
  }

  const http = [];
  for (const path of [`/teacher/assignments/${assignment.id}`, `/teacher/assignments/${assignment.id}/results.csv`]) {
    const times: number[] = [];
    let status = 0;
    for (let r = 0; r < RUNS; r++) {
      const start = performance.now();
      const res = await fetch(`${base}${path}`, { headers: { cookie: teacher.cookie } });
      await res.arrayBuffer();
      times.push(performance.now() - start);
      status = res.status;
    }
    if (status !== 200) throw new Error(`GET ${path} answered ${status}`);
    http.push({ path: path.replace(assignment.id, ':id'), medianMs: median(times), runs: RUNS });
  }
  await db.destroy();
  console.log(JSON.stringify({ students: STUDENTS, questions: QUESTIONS, libMedianMs: median(lib), csvBytes, http }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
