import type { Metadata } from 'next';
import Link from 'next/link';
import { requireStudent } from '@/lib/auth/permissions';
import { getDb } from '@/lib/db/client';
import { getClassById } from '@/lib/db/queries/classes';
import { leaveAction } from './actions';
import { LocalTime } from '@/components/classroom/local-time';
import { listStudentAssignments } from '@/lib/classroom/attempt-service';
import { describeStatus, type AssignmentStatus } from '@/lib/classroom/status';

const statusStyles: Record<AssignmentStatus['kind'], string> = {
  'not-started': 'border-stone-400 text-stone-800 dark:border-stone-500 dark:text-stone-200',
  missed: 'border-red-700 text-red-800 dark:border-red-400 dark:text-red-300',
  'in-progress': 'border-amber-700 text-amber-900 dark:border-amber-400 dark:text-amber-200',
  'turned-in': 'border-brand-700 text-brand-800 dark:border-brand-300 dark:text-brand-200',
};

export const metadata: Metadata = { title: 'Your assignments' };

export default async function StudentHomePage() {
  const student = await requireStudent();
  const db = getDb();
  const [cls, assignments] = await Promise.all([getClassById(db, student.classId), listStudentAssignments(db, student)]);
  return (
    <div className="max-w-2xl">
      <p className="text-sm text-stone-600 dark:text-stone-400">
        {cls?.name} · signed in as {student.displayName}
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">Your assignments</h1>
      {cls?.archived ? <p className="mt-2 font-medium">This class is archived.</p> : null}
      {assignments.length === 0 ? <p className="mt-3">Nothing assigned yet. Meanwhile, <Link href="/#modules" className="underline underline-offset-2">read the modules</Link>.</p> : null}
      <ul className="mt-4 space-y-3">
        {assignments.map(({ assignment: a, status }) => (
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
            <p className={`mt-2 inline-block rounded-full border px-2.5 py-0.5 text-sm font-medium ${statusStyles[status.kind]}`}>
              <span className="sr-only">Status: </span>
              {describeStatus(status)}
            </p>
          </li>
        ))}
      </ul>
      <form action={leaveAction} className="mt-10">
        <button type="submit" className="text-sm underline underline-offset-2">
          Not {student.displayName}? Sign out on this device
        </button>
      </form>
    </div>
  );
}
