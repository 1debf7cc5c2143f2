import 'server-only';
import { seedDemoIfEmpty, DEMO_TEACHER } from '@/lib/classroom/demo-seed';
import { getDb, getEngine } from '@/lib/db/client';
import { migrateToLatest } from '@/lib/db/migrate';
import { getEnv } from '@/lib/env';

/** Runs once when the server starts (instrumentation.ts): creates and migrates the database, then seeds a demo. */
export async function prepareServer(): Promise<void> {
  const env = getEnv();
  const db = getDb();
  const result = await migrateToLatest(db, getEngine());
  const where = env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : env.databasePath;
  const applied = result.results?.length ?? 0;
  console.log(`Database ready: ${where}${applied ? `, applied ${applied} migration${applied === 1 ? '' : 's'}` : ''}.`);
  if (!env.SEED_DEMO) return;
  const seeded = await seedDemoIfEmpty(db);
  if (seeded) {
    console.log(
      [
        'Seeded a demo (the database was empty):',
        `  teacher sign-in: ${DEMO_TEACHER.email} / ${DEMO_TEACHER.password}  at ${env.BASE_URL}/teacher/sign-in`,
        `  student join code: ${seeded.joinCode}  at ${env.BASE_URL}/join`,
      ].join('\n'),
    );
  }
}
