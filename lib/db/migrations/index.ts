import { migration0001Auth } from './0001-auth';
import { migration0002Classroom } from './0002-classroom';
import { migration0003DueTimeZone } from './0003-due-time-zone';
import { migration0004StudentNameKey } from './0004-student-name-key';
import { migration0005AnswerFirstPart } from './0005-answer-first-part';
import type { VersionedMigration } from './types';

/** Applied in key order. Append new migrations; never rename, reorder or edit landed ones. */
export const migrations: Record<string, VersionedMigration> = {
  '0001-auth': migration0001Auth,
  '0002-classroom': migration0002Classroom,
  '0003-due-time-zone': migration0003DueTimeZone,
  '0004-student-name-key': migration0004StudentNameKey,
  '0005-answer-first-part': migration0005AnswerFirstPart,
};

export type { Engine, VersionedMigration } from './types';
