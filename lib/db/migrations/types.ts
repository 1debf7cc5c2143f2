import type { Kysely } from 'kysely';

export type Engine = 'sqlite' | 'postgres';

/** A versioned migration. Never edit one that has landed: add a new file instead. */
export type VersionedMigration = {
  up(db: Kysely<any>, engine: Engine): Promise<void>;
  down?(db: Kysely<any>, engine: Engine): Promise<void>;
};
