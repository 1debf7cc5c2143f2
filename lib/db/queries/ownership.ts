import 'server-only';
import type { Db } from '../client';

/**
 * The one ownership guard: the ids of the classes this teacher owns (only `classId`, when given), as a
 * subquery. Every query that reads or changes a class, a student, an assignment or a result on a teacher's
 * behalf filters through it (`.where('class_id', 'in', ownedClassIds(db, teacherId))`), so a teacher who is
 * not the owner gets nothing back and changes nothing.
 */
export function ownedClassIds(db: Db, teacherId: string, classId?: string) {
  const owned = db.selectFrom('classroom').select('classroom.id').where('classroom.teacher_id', '=', teacherId);
  return classId === undefined ? owned : owned.where('classroom.id', '=', classId);
}
