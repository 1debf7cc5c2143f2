import type { Kysely } from 'kysely';
import { nameKey } from '@/lib/classroom/names';
import type { VersionedMigration } from './types';

/**
 * One student per look-alike name in a class (issue 13, defect 1): `name_key` is `nameKey(display_name)`, unique
 * per class, so a second join as "Ana B." is refused by the database even when two joins race. Students who
 * already share a key keep their rows: the later ones get the key suffixed with their id.
 */
export const migration0004StudentNameKey: VersionedMigration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('student').addColumn('name_key', 'text').execute();
    const rows: Array<{ id: string; class_id: string; display_name: string }> = await db
      .selectFrom('student')
      .select(['id', 'class_id', 'display_name'])
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    const seen = new Set<string>();
    for (const row of rows) {
      const key = nameKey(row.display_name);
      const unique = seen.has(`${row.class_id}\n${key}`) ? `${key}#${row.id}` : key;
      seen.add(`${row.class_id}\n${key}`);
      await db.updateTable('student').set({ name_key: unique }).where('id', '=', row.id).execute();
    }
    await db.schema.createIndex('student_class_name_key_uq').unique().on('student').columns(['class_id', 'name_key']).execute();
  },
};
