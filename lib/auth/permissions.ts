import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { getDb } from '@/lib/db/client';
import { getClassForTeacher } from '@/lib/db/queries/classes';
import { getAssignmentForTeacher } from '@/lib/db/queries/assignments';
import { getCurrentStudent } from './student';
import { getCurrentTeacher, type Teacher } from './teacher';

/** For /teacher itself: anonymous visitors are sent to sign in. */
export async function requireTeacherOrSignIn(): Promise<Teacher> {
  const teacher = await getCurrentTeacher();
  if (!teacher) redirect('/teacher/sign-in');
  return teacher;
}

/**
 * For every page about a class, student, assignment or result: anyone who is not the owning teacher
 * (another teacher, a student, an anonymous visitor) gets the same 404, so ids reveal nothing.
 */
export async function requireTeacher(): Promise<Teacher> {
  const teacher = await getCurrentTeacher();
  if (!teacher) notFound();
  return teacher;
}

export async function requireOwnedClass(classId: string) {
  const teacher = await requireTeacher();
  const cls = await getClassForTeacher(getDb(), teacher.id, classId);
  if (!cls) notFound();
  return { teacher, cls };
}

export async function requireOwnedAssignment(assignmentId: string) {
  const teacher = await requireTeacher();
  const found = await getAssignmentForTeacher(getDb(), teacher.id, assignmentId);
  if (!found) notFound();
  return { teacher, ...found };
}

/** Student pages: without a valid student cookie, go to /join. */
export async function requireStudent() {
  const student = await getCurrentStudent();
  if (!student) redirect('/join');
  return student;
}
