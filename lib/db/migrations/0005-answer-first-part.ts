import type { Kysely } from 'kysely';
import type { VersionedMigration } from './types';

/**
 * The first part of a two-part item ("…? Which sentence from the source proves it?"), stored when given and never
 * replaced, so the proof's options, sent only after it, cannot be used to change the answer.
 */
export const migration0005AnswerFirstPart: VersionedMigration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('answer_first_part')
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('attempt_id', 'text', (c) => c.notNull().references('attempt.id').onDelete('cascade'))
      .addColumn('question_id', 'text', (c) => c.notNull())
      .addColumn('response', 'text', (c) => c.notNull())
      .addColumn('given_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('answer_first_part_pk', ['attempt_id', 'question_id'])
      .execute();
  },
};
