import 'server-only';
import { generateCode, randomId } from '@/lib/classroom/codes';
import type { Db } from '../client';
import { isUniqueViolation } from '../errors';
import type { ClassRow } from '../schema';
import { ownedClassIds } from './ownership';

const MAX_CODE_TRIES = 8;

/** A class as the app uses it (the row's snake_case columns stay in this file). */
export type Classroom = {
  id: string;
  teacherId: string;
  name: string;
  /** Uppercase, from JOIN_CODE_ALPHABET; show it with `formatCode`. */
  joinCode: string;
  archived: boolean;
  createdAt: string;
};

export function toClassroom(row: ClassRow): Classroom {
  return { id: row.id, teacherId: row.teacher_id, name: row.name, joinCode: row.join_code, archived: row.archived === 1, createdAt: row.created_at };
}

/** Retries with a fresh code when a join code collides (31^6 codes, so this is rare). */
async function withFreshCode<T>(fn: (code: string) => Promise<T>): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await fn(generateCode());
    } catch (error) {
      if (!isUniqueViolation(error) || i >= MAX_CODE_TRIES) throw error;
    }
  }
}

export async function createClass(db: Db, teacherId: string, name: string, now = new Date()): Promise<Classroom> {
  return withFreshCode(async (code) => {
    const row: ClassRow = { id: randomId(), teacher_id: teacherId, name, join_code: code, archived: 0, created_at: now.toISOString() };
    await db.insertInto('classroom').values(row).execute();
    return toClassroom(row);
  });
}

export async function listClassesForTeacher(db: Db, teacherId: string): Promise<Classroom[]> {
  const rows = await db.selectFrom('classroom').selectAll().where('id', 'in', ownedClassIds(db, teacherId)).orderBy('archived').orderBy('created_at', 'desc').execute();
  return rows.map(toClassroom);
}

async function firstClass(query: Promise<ClassRow | undefined>): Promise<Classroom | null> {
  const row = await query;
  return row ? toClassroom(row) : null;
}

/** The class if this teacher owns it; null otherwise (callers answer 404, never revealing that it exists). */
export async function getClassForTeacher(db: Db, teacherId: string, classId: string): Promise<Classroom | null> {
  return firstClass(db.selectFrom('classroom').selectAll().where('id', 'in', ownedClassIds(db, teacherId, classId)).executeTakeFirst());
}

export async function getClassById(db: Db, classId: string): Promise<Classroom | null> {
  return firstClass(db.selectFrom('classroom').selectAll().where('id', '=', classId).executeTakeFirst());
}

/** Active (not archived) class with this join code, or null. */
export async function getClassByJoinCode(db: Db, code: string): Promise<Classroom | null> {
  return firstClass(db.selectFrom('classroom').selectAll().where('join_code', '=', code).where('archived', '=', 0).executeTakeFirst());
}

/** @returns false when the class does not exist or belongs to someone else. */
export async function renameClass(db: Db, teacherId: string, classId: string, name: string): Promise<boolean> {
  const r = await db.updateTable('classroom').set({ name }).where('id', 'in', ownedClassIds(db, teacherId, classId)).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function setClassArchived(db: Db, teacherId: string, classId: string, archived: boolean): Promise<boolean> {
  const r = await db
    .updateTable('classroom')
    .set({ archived: archived ? 1 : 0 })
    .where('id', 'in', ownedClassIds(db, teacherId, classId))
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** New join code; the old one stops working at once. Returns null when the teacher does not own the class. */
export async function rotateJoinCode(db: Db, teacherId: string, classId: string): Promise<string | null> {
  return withFreshCode(async (code) => {
    const r = await db
      .updateTable('classroom')
      .set({ join_code: code })
      .where('id', 'in', ownedClassIds(db, teacherId, classId))
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1 ? code : null;
  });
}
