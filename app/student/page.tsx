import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStudent } from '@/lib/auth/permissions';
import { getDb } from '@/lib/db/client';
import { listAssignmentsForClass } from '@/lib/db/queries/assignments';
import { getClassById } from '@/lib/db/queries/classes';
import { leaveAction } from './actions';
import { LocalTime } from '@/components/classroom/local-time';

export const metadata: Metadata = { title: 'Your assignments' };

export default async function StudentHomePage() {
  const student = await requireStudent();
  const db = getDb();
  const [cls, assignments] = await Promise.all([getClassById(db, student.class_id), listAssignmentsForClass(db, student.class_id)]);
  return (
    <div className="max-w-2xl">
      <p className="text-sm text-stone-600 dark:text-stone-400">
        {cls?.name} · signed in as {student.display_name}
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">Your assignments</h1>
      {cls?.archived ? <p className="mt-2 font-medium">This class is archived.</p> : null}
      {assignments.length === 0 ? <p className="mt-3">Nothing assigned yet. Meanwhile, <Link href="/#modules" className="underline underline-offset-2">read the modules</Link>.</p> : null}
      <ul className="mt-4 space-y-3">
        {assignments.map((a) => (
          <li key={a.id} className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm dark:border-stone-800 dark:bg-stone-900">
            <h2 className="text-lg font-semibold">
              <Link href={`/student/assignments/${a.id}`} className="underline-offset-4 hover:underline">
                {a.title}
              </Link>
            </h2>
            <p className="text-sm text-stone-700 dark:text-stone-300">
              {a.questionCount} questions
              {a.dueAt ? (
                <>
                  {' · due '}
                  <LocalTime iso={a.dueAt} zone={a.dueTimeZone} />
                </>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
      <form action={leaveAction} className="mt-10">
        <button type="submit" className="text-sm underline underline-offset-2">
          Not {student.display_name}? Sign out on this device
        </button>
      </form>
    </div>
  );
}
