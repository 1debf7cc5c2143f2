import type { Kysely } from 'kysely';
import type { VersionedMigration } from './types';

/** The teacher's time zone when they set a due date, so their pages show the time they picked. */
export const migration0003DueTimeZone: VersionedMigration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('assignment').addColumn('due_time_zone', 'text').execute();
  },
};
