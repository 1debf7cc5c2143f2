import 'server-only';
import { generateCode, randomId, randomToken, REJOIN_CODE_LENGTH, sha256 } from '@/lib/classroom/codes';
import { nameKey } from '@/lib/classroom/names';
import type { Db } from '../client';
import type { StudentRow } from '../schema';
import { isUniqueViolation } from '../errors';
import { ownedClassIds } from './ownership';

const REJOIN_CODE_DAYS = 7;

/** A student as the app uses it: no secret's hash leaves this file except through `getStudentCredentials`. */
export type Student = {
  id: string;
  classId: string;
  displayName: string;
  createdAt: string;
};

export function toStudent(row: Pick<StudentRow, 'id' | 'class_id' | 'display_name' | 'created_at'>): Student {
  return { id: row.id, classId: row.class_id, displayName: row.display_name, createdAt: row.created_at };
}

/**
 * A new student and the secret for their cookie (only its hash is stored), or null when a student whose name
 * looks the same (`nameKey`) is already in the class: the unique (class_id, name_key) index decides, so two
 * racing joins as "Ana B." give one student, never two.
 */
export async function createStudent(db: Db, classId: string, displayName: string, now = new Date()): Promise<{ student: Student; token: string } | null> {
  const token = randomToken();
  const student: StudentRow = {
    id: randomId(),
    class_id: classId,
    display_name: displayName,
    name_key: nameKey(displayName),
    token_hash: sha256(token),
    rejoin_code_hash: null,
    rejoin_expires_at: null,
    created_at: now.toISOString(),
  };
  try {
    await db.insertInto('student').values(student).execute();
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
  return { student: toStudent(student), token };
}

export async function getStudentById(db: Db, studentId: string): Promise<Student | null> {
  const row = await db.selectFrom('student').selectAll().where('id', '=', studentId).executeTakeFirst();
  return row ? toStudent(row) : null;
}

/** The student with the hash of their cookie's current secret, for `getStudentFromCookie` to compare. */
export async function getStudentCredentials(db: Db, studentId: string): Promise<{ student: Student; tokenHash: string } | null> {
  const row = await db.selectFrom('student').selectAll().where('id', '=', studentId).executeTakeFirst();
  return row ? { student: toStudent(row), tokenHash: row.token_hash } : null;
}

export async function listStudents(db: Db, classId: string): Promise<Student[]> {
  const rows = await db.selectFrom('student').selectAll().where('class_id', '=', classId).orderBy('display_name').orderBy('created_at').execute();
  return rows.map(toStudent);
}

/**
 * Signs the student out of every browser: the cookie's token stops matching. The new hash is of a random
 * token nobody holds, so only a rejoin code from the teacher brings the student back.
 */
export async function revokeStudentToken(db: Db, studentId: string): Promise<void> {
  await db.updateTable('student').set({ token_hash: sha256(randomToken()) }).where('id', '=', studentId).execute();
}

export async function getStudentForTeacher(db: Db, teacherId: string, classId: string, studentId: string): Promise<Student | null> {
  const row = await db
    .selectFrom('student')
    .selectAll()
    .where('id', '=', studentId)
    .where('class_id', 'in', ownedClassIds(db, teacherId, classId))
    .executeTakeFirst();
  return row ? toStudent(row) : null;
}

/** 'name-taken' when another student of the class has a name that looks the same (see `createStudent`). */
export async function renameStudent(db: Db, teacherId: string, classId: string, studentId: string, displayName: string): Promise<'renamed' | 'not-found' | 'name-taken'> {
  try {
    const r = await db
      .updateTable('student')
      .set({ display_name: displayName, name_key: nameKey(displayName) })
      .where('id', '=', studentId)
      .where('class_id', 'in', ownedClassIds(db, teacherId, classId))
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1 ? 'renamed' : 'not-found';
  } catch (error) {
    if (isUniqueViolation(error)) return 'name-taken';
    throw error;
  }
}

/** Deletes the student and (by cascade) their attempts and answers. */
export async function removeStudent(db: Db, teacherId: string, classId: string, studentId: string): Promise<boolean> {
  const r = await db
    .deleteFrom('student')
    .where('id', '=', studentId)
    .where('class_id', 'in', ownedClassIds(db, teacherId, classId))
    .executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

/**
 * A one-time code that lets the student sign in again on another browser. Replaces any earlier code.
 * Returns the code (shown once to the teacher; only its hash is stored), or null if not the teacher's student.
 */
export async function issueRejoinCode(db: Db, teacherId: string, classId: string, studentId: string, now = new Date()): Promise<string | null> {
  for (let i = 0; i < 8; i++) {
    const code = generateCode(REJOIN_CODE_LENGTH);
    try {
      const r = await db
        .updateTable('student')
        .set({ rejoin_code_hash: sha256(code), rejoin_expires_at: new Date(now.getTime() + REJOIN_CODE_DAYS * 86_400_000).toISOString() })
        .where('id', '=', studentId)
        .where('class_id', 'in', ownedClassIds(db, teacherId, classId))
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1 ? code : null;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new Error('Could not generate a unique rejoin code');
}

/**
 * Spends a rejoin code: gives the student a new cookie secret (signing out any other browser) and clears the
 * code, in one UPDATE so two browsers racing with the same code cannot both win.
 */
export async function redeemRejoinCode(db: Db, code: string, now = new Date()): Promise<{ student: Student; token: string } | null> {
  const hash = sha256(code);
  const token = randomToken();
  const r = await db
    .updateTable('student')
    .set({ token_hash: sha256(token), rejoin_code_hash: null, rejoin_expires_at: null })
    .where('rejoin_code_hash', '=', hash)
    .where('rejoin_expires_at', '>', now.toISOString())
    .where('class_id', 'in', db.selectFrom('classroom').select('id').where('archived', '=', 0))
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) return null;
  const student = await db.selectFrom('student').selectAll().where('token_hash', '=', sha256(token)).executeTakeFirst();
  return student ? { student: toStudent(student), token } : null;
}
