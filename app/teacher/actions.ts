'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formToObject, invalid, notFoundState, teacherAction, type ActionState } from '@/lib/auth/actions';
import { getAuthFailure } from '@/lib/auth/auth-error';
import { getAuth } from '@/lib/auth/better-auth';
import { clearRoleHint, setRoleHint } from '@/lib/auth/role-hint';
import { formatCode } from '@/lib/classroom/codes';
import {
  archiveClassSchema,
  assignmentIdSchema,
  classIdSchema,
  createAssignmentSchema,
  deleteAssignmentSchema,
  createClassSchema,
  renameClassSchema,
  removeStudentSchema,
  renameStudentSchema,
  studentIdSchema,
  updateAssignmentSchema,
} from '@/lib/classroom/schemas';
import { canEditAssignment, copyTitle } from '@/lib/classroom/rules';
import { listExplainers } from '@/lib/content';
import { getDb } from '@/lib/db/client';
import { countAttemptsForAssignment, createAssignment, deleteAssignment, duplicateAssignment, getAssignmentForTeacher, updateAssignment } from '@/lib/db/queries/assignments';
import { createClass, renameClass, rotateJoinCode, setClassArchived } from '@/lib/db/queries/classes';
import { issueRejoinCode, removeStudent, renameStudent } from '@/lib/db/queries/students';

const signInSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email('Enter a valid email address')),
  password: z.string().min(1, 'Enter your password').max(128, 'Password is too long'),
});
const signUpSchema = z.object({
  name: z.string().trim().min(1, 'Enter your name').max(80, 'Name is too long'),
  email: z.string().trim().toLowerCase().pipe(z.email('Enter a valid email address')),
  password: z.string().min(8, 'Use at least 8 characters').max(128, 'Use at most 128 characters'),
});

export async function signIn(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = signInSchema.safeParse(formToObject(form));
  if (!parsed.success) return invalid(parsed.error);
  // The request's headers carry the client address to the limits in lib/auth/attempt-limits.ts.
  try {
    await getAuth().api.signInEmail({ body: parsed.data, headers: await headers() });
  } catch (error) {
    const failure = getAuthFailure(error);
    if (failure?.statusCode === 429) return { ok: false, status: 429, error: failure.message };
    if (failure?.statusCode === 401) return { ok: false, status: 401, error: 'That email and password do not match an account.' };
    throw error;
  }
  await setRoleHint('teacher');
  redirect('/teacher');
}

export async function signUp(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = signUpSchema.safeParse(formToObject(form));
  if (!parsed.success) return invalid(parsed.error);
  try {
    await getAuth().api.signUpEmail({ body: parsed.data, headers: await headers() });
  } catch (error) {
    const failure = getAuthFailure(error);
    if (failure?.code?.startsWith('USER_ALREADY_EXISTS')) {
      return { ok: false, status: 409, error: 'An account with that email already exists. Sign in instead, or use another email.', fieldErrors: { email: ['An account with this email already exists'] } };
    }
    if (failure?.statusCode === 429) return { ok: false, status: 429, error: failure.message };
    if (failure && failure.statusCode < 500) return { ok: false, status: 400, error: `Could not create the account: ${failure.message || 'please check the form'}.` };
    throw error;
  }
  await setRoleHint('teacher');
  redirect('/teacher');
}

export async function signOut(): Promise<void> {
  await getAuth().api.signOut({ headers: await headers() });
  await clearRoleHint();
  redirect('/teacher/sign-in');
}

export const createClassAction = teacherAction(createClassSchema, async ({ name }, teacher) => {
  const cls = await createClass(getDb(), teacher.id, name);
  redirect(`/teacher/classes/${cls.id}`);
});

export const renameClassAction = teacherAction(renameClassSchema, async ({ classId, name }, teacher) => {
  if (!(await renameClass(getDb(), teacher.id, classId, name))) return notFoundState;
  revalidatePath(`/teacher/classes/${classId}`);
  return { ok: true, status: 200, message: `Renamed to “${name}”.` };
});

export const archiveClassAction = teacherAction(archiveClassSchema, async ({ classId, archived }, teacher) => {
  if (!(await setClassArchived(getDb(), teacher.id, classId, archived))) return notFoundState;
  revalidatePath(`/teacher/classes/${classId}`);
  return { ok: true, status: 200, message: archived ? 'Class archived: it no longer accepts joins or answers.' : 'Class restored.' };
});

export const rotateJoinCodeAction = teacherAction(classIdSchema, async ({ classId }, teacher) => {
  const code = await rotateJoinCode(getDb(), teacher.id, classId);
  if (!code) return notFoundState;
  revalidatePath(`/teacher/classes/${classId}`);
  return { ok: true, status: 200, message: `New join code: ${formatCode(code)}. The old code no longer works.` };
});

export const renameStudentAction = teacherAction(renameStudentSchema, async ({ classId, studentId, displayName }, teacher) => {
  const renamed = await renameStudent(getDb(), teacher.id, classId, studentId, displayName);
  if (renamed === 'not-found') return notFoundState;
  if (renamed === 'name-taken') return { ok: false, status: 409, error: `Another student in this class is already called “${displayName}” (or a name that looks the same). Choose a name that tells them apart.` };
  revalidatePath(`/teacher/classes/${classId}`);
  return { ok: true, status: 200, message: `Renamed to “${displayName}”.` };
});

export const removeStudentAction = teacherAction(removeStudentSchema, async ({ classId, studentId }, teacher) => {
  if (!(await removeStudent(getDb(), teacher.id, classId, studentId))) return notFoundState;
  revalidatePath(`/teacher/classes/${classId}`);
  return { ok: true, status: 200, message: 'Student removed, with their answers.' };
});

export const rejoinCodeAction = teacherAction(studentIdSchema, async ({ classId, studentId }, teacher) => {
  const code = await issueRejoinCode(getDb(), teacher.id, classId, studentId);
  if (!code) return notFoundState;
  return {
    ok: true,
    status: 200,
    message: 'One-time rejoin code (works once, for 7 days; shown only now):',
    secret: formatCode(code),
  };
});

const knownModules = () => new Set(listExplainers().map((e) => e.slug));

function unknownModules(modules: string[]): ActionState | null {
  const known = knownModules();
  const unknown = modules.filter((m) => !known.has(m));
  return unknown.length > 0 ? { ok: false, status: 400, error: `Unknown module: ${unknown.join(', ')}.`, fieldErrors: { modules: ['Unknown module'] } } : null;
}

/** The assignment page says what just happened (`?notice=`), so the teacher lands on a confirmation. */
export const createAssignmentAction = teacherAction(createAssignmentSchema, async (input, teacher) => {
  const refused = unknownModules(input.modules);
  if (refused) return refused;
  const assignment = await createAssignment(getDb(), teacher.id, input.classId, input);
  if (!assignment) return notFoundState;
  redirect(`/teacher/assignments/${assignment.id}?notice=created`);
});

function editRefused(started: number): ActionState {
  const decision = canEditAssignment(started);
  return { ok: false, status: 409, error: decision.ok ? 'Could not save the changes.' : decision.message };
}

/** Refused with 409 and the rule's reason once any student has started (checked again inside the update). */
export const updateAssignmentAction = teacherAction(updateAssignmentSchema, async ({ assignmentId, ...settings }, teacher) => {
  const db = getDb();
  const found = await getAssignmentForTeacher(db, teacher.id, assignmentId);
  if (!found) return notFoundState;
  const refused = unknownModules(settings.modules);
  if (refused) return refused;
  const started = await countAttemptsForAssignment(db, assignmentId);
  if (started > 0) return editRefused(started);
  const outcome = await updateAssignment(db, teacher.id, assignmentId, settings);
  if (outcome === 'not-found') return notFoundState;
  // A student started between the count and the update.
  if (outcome === 'attempts-started') return editRefused(1);
  revalidatePath(`/teacher/assignments/${assignmentId}`);
  redirect(`/teacher/assignments/${assignmentId}?notice=updated`);
});

export const duplicateAssignmentAction = teacherAction(assignmentIdSchema, async ({ assignmentId }, teacher) => {
  const db = getDb();
  const found = await getAssignmentForTeacher(db, teacher.id, assignmentId);
  if (!found) return notFoundState;
  const copy = await duplicateAssignment(db, teacher.id, assignmentId, copyTitle(found.assignment.title));
  if (!copy) return notFoundState;
  revalidatePath(`/teacher/classes/${copy.classId}`);
  redirect(`/teacher/assignments/${copy.id}?notice=copied`);
});

export const deleteAssignmentAction = teacherAction(deleteAssignmentSchema, async ({ assignmentId }, teacher) => {
  const db = getDb();
  const found = await getAssignmentForTeacher(db, teacher.id, assignmentId);
  if (!found || !(await deleteAssignment(db, teacher.id, assignmentId))) return notFoundState;
  revalidatePath(`/teacher/classes/${found.assignment.classId}`);
  redirect(`/teacher/classes/${found.assignment.classId}?notice=deleted`);
});
