import 'server-only';
import { Migrator, type Kysely, type MigrationResultSet } from 'kysely';
import { migrations, type Engine } from './migrations';

/**
 * Applies every pending migration in order. Safe to call from several servers at once: Kysely's migrator
 * takes a lock (an advisory lock on PostgreSQL, a lock table row on SQLite). Throws on failure.
 */
export async function migrateToLatest(db: Kysely<any>, engine: Engine): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db,
    provider: {
      async getMigrations() {
        return Object.fromEntries(
          Object.entries(migrations).map(([name, m]) => [
            name,
            { up: (d: Kysely<any>) => m.up(d, engine), down: m.down ? (d: Kysely<any>) => m.down!(d, engine) : undefined },
          ]),
        );
      },
    },
  });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    throw new Error(`Database migration ${failed?.migrationName ?? ''} failed: ${String(result.error)}`, { cause: result.error });
  }
  return result;
}
