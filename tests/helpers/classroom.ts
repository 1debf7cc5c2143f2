import { getAuth } from '@/lib/auth/better-auth';
import { STUDENT_COOKIE, signStudentCookie } from '@/lib/auth/student';
import type { Db } from '@/lib/db/client';
import { createAssignment, type Assignment } from '@/lib/db/queries/assignments';
import { createClass } from '@/lib/db/queries/classes';
import { createStudent } from '@/lib/db/queries/students';

/** Signs up a teacher through better-auth and returns their id and the session cookie it set. */
export async function signUpTeacher(email: string, password = 'correct horse battery') {
  const res = await getAuth().api.signUpEmail({ body: { email, password, name: email.split('@')[0]! }, asResponse: true });
  if (!res.ok) throw new Error(`sign-up failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { user: { id: string } };
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { id: body.user.id, email, cookie };
}

export async function joinStudent(db: Db, classId: string, name: string) {
  const created = await createStudent(db, classId, name);
  if (!created) throw new Error(`a student named like ${name} is already in class ${classId}`);
  const { student, token } = created;
  return { student, cookie: `${STUDENT_COOKIE}=${encodeURIComponent(signStudentCookie(student.id, token))}` };
}

export async function makeClass(db: Db, teacherId: string, name = 'Class') {
  return createClass(db, teacherId, name);
}


/** A three-question MINUSMA assignment, one seed for the class, answers after each question; throws if not the teacher's class. */
export async function makeAssignment(db: Db, teacherId: string, classId: string, title: string): Promise<Assignment> {
  const assignment = await createAssignment(db, teacherId, classId, {
    title,
    modules: ['minusma'],
    questionCount: 3,
    questionTypes: ['single-choice'],
    attemptsAllowed: 1,
    dueAt: null,
    reveal: 'after-each',
    seedMode: 'shared',
  });
  if (!assignment) throw new Error(`class ${classId} is not teacher ${teacherId}'s`);
  return assignment;
}
