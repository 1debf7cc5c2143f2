import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionForm, Field } from '@/components/classroom/action-form';
import { getCurrentTeacher } from '@/lib/auth/teacher';
import { formatCode } from '@/lib/classroom/codes';
import { getDb } from '@/lib/db/client';
import { listClassesForTeacher } from '@/lib/db/queries/classes';
import { createClassAction } from './actions';

export const metadata: Metadata = { title: 'Teachers' };

export default async function TeacherHomePage() {
  const teacher = await getCurrentTeacher();
  if (!teacher) {
    return (
      <div className="max-w-2xl">
        <h1 className="text-3xl font-bold tracking-tight">For teachers</h1>
        <p className="mt-3 text-lg text-stone-700 dark:text-stone-300">
          Create a class, give your students its code, assign modules with a quiz, and see each student’s score and which
          questions the class found hard, with the passage to reteach from.
        </p>
        <p className="mt-6 flex flex-wrap gap-3">
          <Link href="/teacher/sign-in" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 dark:bg-brand-300 dark:text-stone-950">
            Sign in
          </Link>
          <Link href="/teacher/sign-up" className="rounded-md border border-stone-400 px-4 py-2 font-semibold hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800">
            Create an account
          </Link>
        </p>
        <p className="mt-6 text-sm text-stone-600 dark:text-stone-400">
          Students: <Link href="/join" className="underline underline-offset-2">join your class here</Link>.
        </p>
      </div>
    );
  }
  const classes = await listClassesForTeacher(getDb(), teacher.id);
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight">Your classes</h1>
      {classes.length === 0 ? <p className="mt-3">No classes yet: create your first one below.</p> : null}
      <ul className="mt-4 grid gap-3 sm:grid-cols-2">
        {classes.map((c) => (
          <li key={c.id} className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm dark:border-stone-800 dark:bg-stone-900">
            <h2 className="text-lg font-semibold">
              <Link href={`/teacher/classes/${c.id}`} className="underline-offset-4 hover:underline">
                {c.name}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
              {c.archived ? 'Archived' : <>Join code <span className="font-mono font-semibold">{formatCode(c.joinCode)}</span></>}
            </p>
          </li>
        ))}
      </ul>
      <section aria-labelledby="new-class" className="mt-8 max-w-xl">
        <h2 id="new-class" className="text-xl font-semibold">
          New class
        </h2>
        <ActionForm action={createClassAction} submitLabel="Create class" label="New class">
          <Field label="Class name" name="name" required maxLength={80} placeholder="e.g. Year 10 History" />
        </ActionForm>
      </section>
    </div>
  );
}
