import 'server-only';
import { randomId, randomToken } from '@/lib/classroom/codes';
import type { AssignmentRules } from '@/lib/classroom/rules';
import type { AssignmentSettings } from '@/lib/classroom/schemas';
import type { QuestionType } from '@/lib/quiz/types';
import type { Db } from '../client';
import { jsonColumns, parseJsonColumn } from '../json-columns';
import type { AssignmentRow } from '../schema';
import { ownedClassIds } from './ownership';

export type Assignment = AssignmentRules & {
  classId: string;
  title: string;
  modules: string[];
  questionCount: number;
  questionTypes: QuestionType[];
  dueTimeZone: string | null;
  createdAt: string;
};

export function toAssignment(row: AssignmentRow): Assignment {
  return {
    id: row.id,
    classId: row.class_id,
    title: row.title,
    modules: parseJsonColumn(jsonColumns.modules, row.modules, 'assignment.modules'),
    questionCount: row.question_count,
    questionTypes: parseJsonColumn(jsonColumns.questionTypes, row.question_types, 'assignment.question_types'),
    attemptsAllowed: row.attempts_allowed,
    dueAt: row.due_at,
    dueTimeZone: row.due_time_zone,
    reveal: row.reveal,
    seedMode: row.seed_mode,
    sharedSeed: row.shared_seed,
    createdAt: row.created_at,
  };
}

/** Creates an assignment in a class the teacher owns; null when they do not own it. */
export async function createAssignment(db: Db, teacherId: string, classId: string, s: AssignmentSettings, now = new Date()): Promise<Assignment | null> {
  const owned = await ownedClassIds(db, teacherId, classId).executeTakeFirst();
  if (!owned) return null;
  const row: AssignmentRow = {
    id: randomId(),
    class_id: classId,
    ...settingsColumns(s),
    shared_seed: randomToken().slice(0, 12),
    created_at: now.toISOString(),
  };
  await db.insertInto('assignment').values(row).execute();
  return toAssignment(row);
}

export async function listAssignmentsForClass(db: Db, classId: string): Promise<Assignment[]> {
  const rows = await db.selectFrom('assignment').selectAll().where('class_id', '=', classId).orderBy('created_at', 'desc').execute();
  return rows.map(toAssignment);
}

/** The assignment if it is in a class this teacher owns, with the class; null otherwise. */
export async function getAssignmentForTeacher(db: Db, teacherId: string, assignmentId: string) {
  const row = await db
    .selectFrom('assignment')
    .innerJoin('classroom', 'classroom.id', 'assignment.class_id')
    .selectAll('assignment')
    .select(['classroom.name as class_name', 'classroom.archived as class_archived'])
    .where('assignment.id', '=', assignmentId)
    .where('assignment.class_id', 'in', ownedClassIds(db, teacherId))
    .executeTakeFirst();
  if (!row) return null;
  return { assignment: toAssignment(row), className: row.class_name, classArchived: row.class_archived === 1 };
}

/** The assignment if it belongs to the student's class; null otherwise. */
export async function getAssignmentForStudent(db: Db, student: { classId: string }, assignmentId: string) {
  const row = await db
    .selectFrom('assignment')
    .innerJoin('classroom', 'classroom.id', 'assignment.class_id')
    .selectAll('assignment')
    .select(['classroom.archived as class_archived'])
    .where('assignment.id', '=', assignmentId)
    .where('assignment.class_id', '=', student.classId)
    .executeTakeFirst();
  if (!row) return null;
  return { assignment: toAssignment(row), classArchived: row.class_archived === 1 };
}

function settingsColumns(s: AssignmentSettings) {
  return {
    title: s.title,
    modules: JSON.stringify(s.modules),
    question_count: s.questionCount,
    question_types: JSON.stringify(s.questionTypes),
    attempts_allowed: s.attemptsAllowed,
    due_at: s.dueAt,
    due_time_zone: s.dueTimeZone ?? null,
    reveal: s.reveal,
    seed_mode: s.seedMode,
  };
}

export async function countAttemptsForAssignment(db: Db, assignmentId: string): Promise<number> {
  const row = await db.selectFrom('attempt').select((eb) => eb.fn.countAll<number | string>().as('n')).where('assignment_id', '=', assignmentId).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/**
 * Changes the settings of an assignment the teacher owns, in one statement that also checks that no attempt
 * exists, so a student starting at the same moment cannot end up with an attempt under other settings.
 * 'not-found' when the teacher does not own it; 'attempts-started' when someone has started.
 */
export async function updateAssignment(db: Db, teacherId: string, assignmentId: string, s: AssignmentSettings): Promise<'updated' | 'not-found' | 'attempts-started'> {
  const result = await db
    .updateTable('assignment')
    .set(settingsColumns(s))
    .where('id', '=', assignmentId)
    .where('class_id', 'in', ownedClassIds(db, teacherId))
    .where((eb) => eb.not(eb.exists(eb.selectFrom('attempt').select('attempt.id').where('attempt.assignment_id', '=', assignmentId))))
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) > 0) return 'updated';
  return (await getAssignmentForTeacher(db, teacherId, assignmentId)) ? 'attempts-started' : 'not-found';
}

/** A new assignment in the same class with the same settings, titled `title`; null when the teacher does not own the original. */
export async function duplicateAssignment(db: Db, teacherId: string, assignmentId: string, title: string, now = new Date()): Promise<Assignment | null> {
  const found = await getAssignmentForTeacher(db, teacherId, assignmentId);
  if (!found) return null;
  return createAssignment(db, teacherId, found.assignment.classId, { ...found.assignment, title }, now);
}

/** Deletes an assignment the teacher owns, with its attempts and answers (foreign keys cascade); false when not theirs. */
export async function deleteAssignment(db: Db, teacherId: string, assignmentId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('assignment')
    .where('id', '=', assignmentId)
    .where('class_id', 'in', ownedClassIds(db, teacherId))
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
