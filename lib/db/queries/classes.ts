import 'server-only';
import { generateCode, randomId } from '@/lib/classroom/codes';
import type { Db } from '../client';
import { isUniqueViolation } from '../errors';
import type { ClassRow } from '../schema';

const MAX_CODE_TRIES = 8;


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

export async function createClass(db: Db, teacherId: string, name: string, now = new Date()): Promise<ClassRow> {
  return withFreshCode(async (code) => {
    const row: ClassRow = { id: randomId(), teacher_id: teacherId, name, join_code: code, archived: 0, created_at: now.toISOString() };
    await db.insertInto('classroom').values(row).execute();
    return row;
  });
}

export async function listClassesForTeacher(db: Db, teacherId: string): Promise<ClassRow[]> {
  return db.selectFrom('classroom').selectAll().where('teacher_id', '=', teacherId).orderBy('archived').orderBy('created_at', 'desc').execute();
}

/** The class if this teacher owns it; null otherwise (callers answer 404, never revealing that it exists). */
export async function getClassForTeacher(db: Db, teacherId: string, classId: string): Promise<ClassRow | null> {
  return (
    (await db.selectFrom('classroom').selectAll().where('id', '=', classId).where('teacher_id', '=', teacherId).executeTakeFirst()) ?? null
  );
}

export async function getClassById(db: Db, classId: string): Promise<ClassRow | null> {
  return (await db.selectFrom('classroom').selectAll().where('id', '=', classId).executeTakeFirst()) ?? null;
}

/** Active (not archived) class with this join code, or null. */
export async function getClassByJoinCode(db: Db, code: string): Promise<ClassRow | null> {
  return (
    (await db.selectFrom('classroom').selectAll().where('join_code', '=', code).where('archived', '=', 0).executeTakeFirst()) ?? null
  );
}

/** @returns false when the class does not exist or belongs to someone else. */
export async function renameClass(db: Db, teacherId: string, classId: string, name: string): Promise<boolean> {
  const r = await db.updateTable('classroom').set({ name }).where('id', '=', classId).where('teacher_id', '=', teacherId).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function setClassArchived(db: Db, teacherId: string, classId: string, archived: boolean): Promise<boolean> {
  const r = await db
    .updateTable('classroom')
    .set({ archived: archived ? 1 : 0 })
    .where('id', '=', classId)
    .where('teacher_id', '=', teacherId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** New join code; the old one stops working at once. Returns null when the teacher does not own the class. */
export async function rotateJoinCode(db: Db, teacherId: string, classId: string): Promise<string | null> {
  return withFreshCode(async (code) => {
    const r = await db
      .updateTable('classroom')
      .set({ join_code: code })
      .where('id', '=', classId)
      .where('teacher_id', '=', teacherId)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1 ? code : null;
  });
}
