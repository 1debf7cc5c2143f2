import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/**
 * Row types for every table. Timestamps in our own tables are ISO-8601 UTC strings (`toISOString()`), which
 * sort and compare the same way on SQLite and PostgreSQL; booleans are 0/1 integers for the same reason.
 * The better-auth tables keep the column names and types better-auth itself generates.
 */
export type IsoTime = string;
export type Flag = 0 | 1;

export interface UserTable {
  id: string;
  name: string;
  email: string;
  emailVerified: ColumnType<boolean | number, boolean | number, boolean | number>;
  image: string | null;
  createdAt: ColumnType<Date | string, Date | string, Date | string>;
  updatedAt: ColumnType<Date | string, Date | string, Date | string>;
}

export interface SessionTable {
  id: string;
  expiresAt: ColumnType<Date | string, Date | string, Date | string>;
  token: string;
  createdAt: ColumnType<Date | string, Date | string, Date | string>;
  updatedAt: ColumnType<Date | string, Date | string, Date | string>;
  ipAddress: string | null;
  userAgent: string | null;
  userId: string;
}

export interface ClassTable {
  id: string;
  teacher_id: string;
  name: string;
  /** Unique, uppercase, from JOIN_CODE_ALPHABET (lib/classroom/codes.ts). */
  join_code: string;
  archived: Flag;
  created_at: IsoTime;
}

export interface StudentTable {
  id: string;
  class_id: string;
  display_name: string;
  /** sha256 of the secret in the student's cookie; replacing it signs the old browser out. */
  token_hash: string;
  /** sha256 of a one-time rejoin code, cleared when used. */
  rejoin_code_hash: string | null;
  rejoin_expires_at: IsoTime | null;
  created_at: IsoTime;
  /** `nameKey(display_name)`, unique per class: no two students whose names look alike (migration 0004). */
  name_key: string;
}

export interface AssignmentTable {
  id: string;
  class_id: string;
  title: string;
  /** JSON array of module (explainer) slugs. */
  modules: string;
  question_count: number;
  /** JSON array of question types. */
  question_types: string;
  attempts_allowed: number;
  due_at: IsoTime | null;
  /** IANA zone the teacher picked the due date in; null when unknown. */
  due_time_zone: string | null;
  reveal: 'after-each' | 'after-submit' | 'after-due';
  seed_mode: 'per-student' | 'shared';
  shared_seed: string;
  created_at: IsoTime;
}

export interface AttemptTable {
  id: string;
  assignment_id: string;
  student_id: string;
  /** 1-based; UNIQUE(assignment_id, student_id, number) stops a double start creating two attempts. */
  number: number;
  seed: string;
  /** JSON array of question ids, frozen when the attempt starts. */
  question_ids: string;
  started_at: IsoTime;
  submitted_at: IsoTime | null;
  /** Sum of answer scores, set on submission. */
  score: number | null;
  max_score: number;
}

export interface AnswerTable {
  id: string;
  attempt_id: string;
  question_id: string;
  /** JSON of the QuestionResponse as given. */
  response: string;
  correct: Flag;
  score: number;
  answered_at: IsoTime;
}

/** A two-part item's first answer, kept once given (see migration 0005). */
export interface AnswerFirstPartTable {
  /** Random per insert: the row returned after a conflict tells whether this request stored it. */
  id: string;
  attempt_id: string;
  question_id: string;
  response: string;
  given_at: IsoTime;
}

export interface RateLimitHitTable {
  /** `<bucket>:<window start ms>` */
  key: string;
  count: number;
  expires_at: IsoTime;
}

export interface Database {
  user: UserTable;
  session: SessionTable;
  classroom: ClassTable;
  student: StudentTable;
  assignment: AssignmentTable;
  attempt: AttemptTable;
  answer: AnswerTable;
  answer_first_part: AnswerFirstPartTable;
  rate_limit_hit: RateLimitHitTable;
}

export type ClassRow = Selectable<ClassTable>;
export type StudentRow = Selectable<StudentTable>;
export type AssignmentRow = Selectable<AssignmentTable>;
export type AttemptRow = Selectable<AttemptTable>;
export type AnswerRow = Selectable<AnswerTable>;
export type NewAnswer = Insertable<AnswerTable>;
export type { Generated };
