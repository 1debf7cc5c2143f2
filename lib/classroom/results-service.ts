import 'server-only';
import { getExplainer } from '@/lib/content';
import type { Db } from '@/lib/db/client';
import { getAssignmentForTeacher } from '@/lib/db/queries/assignments';
import { getAttemptById, listAnswers, listAnswersForAssignment, listAttemptsForAssignment } from '@/lib/db/queries/attempts';
import { listStudents } from '@/lib/db/queries/students';
import type { QuestionSource } from './attempt-service';
import { revealedKey } from './attempt-service';
import { summarizeResults } from './results';

/** Results of an assignment for the teacher who owns it; null for anyone else. */
export async function getAssignmentResults(
  db: Db,
  teacherId: string,
  assignmentId: string,
  source: Pick<QuestionSource, 'getQuestion'>,
  getObjective: (module: string, index: number) => string | null = (module, index) => getExplainer(module)?.objectives[index] ?? null,
) {
  const found = await getAssignmentForTeacher(db, teacherId, assignmentId);
  if (!found) return null;
  const students = await listStudents(db, found.assignment.classId);
  const attempts = await listAttemptsForAssignment(db, assignmentId);
  const answers = await listAnswersForAssignment(db, assignmentId);
  const summary = summarizeResults({
    students: students.map((s) => ({ id: s.id, displayName: s.displayName })),
    attempts,
    answers,
    getQuestion: source.getQuestion,
    getObjective,
  });
  return { ...found, summary };
}

/** One student's attempt with every answer and the key, for the owning teacher only. */
export async function getAttemptDetailForTeacher(db: Db, teacherId: string, assignmentId: string, attemptId: string, source: Pick<QuestionSource, 'getQuestion'>) {
  const found = await getAssignmentForTeacher(db, teacherId, assignmentId);
  if (!found) return null;
  const attempt = await getAttemptById(db, attemptId);
  if (!attempt || attempt.assignmentId !== assignmentId) return null;
  const student = (await listStudents(db, found.assignment.classId)).find((s) => s.id === attempt.studentId);
  if (!student) return null;
  const answers = new Map((await listAnswers(db, attempt.id)).map((a) => [a.questionId, a]));
  const questions = attempt.questionIds.map((id) => {
    const question = source.getQuestion(id);
    const answer = answers.get(id) ?? null;
    return { id, question, answer, key: question ? revealedKey(question, answer) : null };
  });
  return { ...found, attempt, studentName: student.displayName, questions };
}
