import { startAttempt } from '@/lib/classroom/attempt-service';
import { getQuestionSource } from '@/lib/classroom/question-source';
import type { RevealPolicy } from '@/lib/classroom/schemas';
import type { Db } from '@/lib/db/client';
import { createAssignment } from '@/lib/db/queries/assignments';
import { joinStudent } from './classroom';

/** A three-question MINUSMA assignment in the class and one student who has started it. */
export async function studentWithAttempt(db: Db, teacherId: string, classId: string, reveal: RevealPolicy = 'after-each') {
  const assignment = await createAssignment(db, teacherId, classId, {
    title: 'Quiz',
    modules: ['minusma'],
    questionCount: 3,
    questionTypes: ['single-choice', 'fill-in'],
    attemptsAllowed: 1,
    dueAt: null,
    reveal,
    seedMode: 'shared',
  });
  if (!assignment) throw new Error('no assignment');
  const student = await joinStudent(db, classId, 'S');
  const started = await startAttempt(db, student.student, assignment.id, getQuestionSource());
  if (!started.ok) throw new Error(started.message);
  return { assignment, ...student, attempt: started.attempt };
}
