import 'server-only';
import { sql } from 'kysely';
import { getAuth } from '@/lib/auth/better-auth';
import { listExplainers } from '@/lib/content';
import type { Db } from '@/lib/db/client';
import { createAssignment } from '@/lib/db/queries/assignments';
import { createClass } from '@/lib/db/queries/classes';
import { questionTypes } from '@/lib/quiz/types';
import { formatCode } from './codes';

/** Printed in README.md and on the console. Only ever created in an empty database. */
export const DEMO_TEACHER = { email: 'teacher@example.com', password: 'cited-demo-teacher', name: 'Demo Teacher' } as const;

/**
 * Seeds a demo teacher, a class and one assignment when the database has no users at all.
 * Returns what it created (for the console), or null when the database was not empty.
 */
export async function seedDemoIfEmpty(db: Db, now = new Date()): Promise<{ joinCode: string } | null> {
  const row = await db.selectFrom('user').select(sql<number>`cast(count(*) as integer)`.as('n')).executeTakeFirstOrThrow();
  if (Number(row.n) > 0) return null;
  let userId: string;
  try {
    const created = await getAuth().api.signUpEmail({ body: { ...DEMO_TEACHER } });
    userId = created.user.id;
  } catch {
    // Another server seeded at the same moment.
    return null;
  }
  const cls = await createClass(db, userId, 'Demo class', now);
  const first = listExplainers()[0];
  if (first) {
    await createAssignment(
      db,
      userId,
      cls.id,
      {
        title: `Read and check: ${first.title}`,
        modules: [first.slug],
        questionCount: 5,
        questionTypes: [...questionTypes],
        attemptsAllowed: 2,
        dueAt: new Date(now.getTime() + 14 * 86_400_000).toISOString(),
        reveal: 'after-each',
        seedMode: 'per-student',
      },
      now,
    );
  }
  return { joinCode: formatCode(cls.joinCode) };
}
