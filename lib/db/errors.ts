import 'server-only';

/** True for a unique-constraint violation on either engine (PostgreSQL 23505, SQLite's UNIQUE error). */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || /UNIQUE constraint failed/i.test(e?.message ?? '');
}
