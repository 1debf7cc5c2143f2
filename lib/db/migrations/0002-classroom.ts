import { sql, type Kysely } from 'kysely';
import type { VersionedMigration } from './types';

/** Classes, students, assignments, attempts, answers, and the shared rate-limit counters. */
export const migration0002Classroom: VersionedMigration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('classroom')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('teacher_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('join_code', 'text', (c) => c.notNull().unique())
      .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('classroom_teacher_idx').on('classroom').column('teacher_id').execute();

    await db.schema
      .createTable('student')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('class_id', 'text', (c) => c.notNull().references('classroom.id').onDelete('cascade'))
      .addColumn('display_name', 'text', (c) => c.notNull())
      .addColumn('token_hash', 'text', (c) => c.notNull())
      .addColumn('rejoin_code_hash', 'text', (c) => c.unique())
      .addColumn('rejoin_expires_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('student_class_idx').on('student').column('class_id').execute();

    await db.schema
      .createTable('assignment')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('class_id', 'text', (c) => c.notNull().references('classroom.id').onDelete('cascade'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('modules', 'text', (c) => c.notNull())
      .addColumn('question_count', 'integer', (c) => c.notNull())
      .addColumn('question_types', 'text', (c) => c.notNull())
      .addColumn('attempts_allowed', 'integer', (c) => c.notNull())
      .addColumn('due_at', 'text')
      .addColumn('reveal', 'text', (c) => c.notNull().check(sqlIn('reveal', ['after-each', 'after-submit', 'after-due'])))
      .addColumn('seed_mode', 'text', (c) => c.notNull().check(sqlIn('seed_mode', ['per-student', 'shared'])))
      .addColumn('shared_seed', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('assignment_class_idx').on('assignment').column('class_id').execute();

    await db.schema
      .createTable('attempt')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('assignment_id', 'text', (c) => c.notNull().references('assignment.id').onDelete('cascade'))
      .addColumn('student_id', 'text', (c) => c.notNull().references('student.id').onDelete('cascade'))
      .addColumn('number', 'integer', (c) => c.notNull())
      .addColumn('seed', 'text', (c) => c.notNull())
      .addColumn('question_ids', 'text', (c) => c.notNull())
      .addColumn('started_at', 'text', (c) => c.notNull())
      .addColumn('submitted_at', 'text')
      .addColumn('score', 'double precision')
      .addColumn('max_score', 'integer', (c) => c.notNull())
      .addUniqueConstraint('attempt_student_number_uq', ['assignment_id', 'student_id', 'number'])
      .execute();
    await db.schema.createIndex('attempt_student_idx').on('attempt').column('student_id').execute();

    await db.schema
      .createTable('answer')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('attempt_id', 'text', (c) => c.notNull().references('attempt.id').onDelete('cascade'))
      .addColumn('question_id', 'text', (c) => c.notNull())
      .addColumn('response', 'text', (c) => c.notNull())
      .addColumn('correct', 'integer', (c) => c.notNull())
      .addColumn('score', 'double precision', (c) => c.notNull())
      .addColumn('answered_at', 'text', (c) => c.notNull())
      // Idempotency of saving an answer relies on this constraint.
      .addUniqueConstraint('answer_attempt_question_uq', ['attempt_id', 'question_id'])
      .execute();

    await db.schema
      .createTable('rate_limit_hit')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('count', 'integer', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('rate_limit_hit_expires_idx').on('rate_limit_hit').column('expires_at').execute();
  },
};

function sqlIn(column: string, values: string[]) {
  // Values are constants from this file, never user input.
  return sql.raw(`"${column}" in (${values.map((v) => `'${v}'`).join(', ')})`);
}
