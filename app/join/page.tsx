import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionForm, Field } from '@/components/classroom/action-form';
import { JoinForm } from '@/components/classroom/join-form';
import { formatCode } from '@/lib/classroom/codes';
import { joinCodeSchema } from '@/lib/classroom/schemas';
import { getCurrentStudent } from '@/lib/auth/student';
import { getDb } from '@/lib/db/client';
import { getClassById } from '@/lib/db/queries/classes';
import { joinClass, rejoinClass } from './actions';

export const metadata: Metadata = { title: 'Join your class' };

/** The class code from a join link (/join?code=ABC-DEF); anything else is ignored rather than shown back. */
function codeFromLink(value: string | string[] | undefined): string {
  const parsed = joinCodeSchema.safeParse(typeof value === 'string' ? value : '');
  return parsed.success ? formatCode(parsed.data) : '';
}

export default async function JoinPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const defaultCode = codeFromLink((await searchParams).code);
  const student = await getCurrentStudent();
  const cls = student ? await getClassById(getDb(), student.classId) : null;
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold tracking-tight">Join your class</h1>
      {student && cls ? (
        <p className="mt-3 rounded-md border border-brand-600 px-3 py-2">
          You are already in <strong>{cls.name}</strong> as {student.displayName}.{' '}
          <Link href="/student" className="font-semibold underline underline-offset-2">
            Go to your assignments
          </Link>
          . Joining again below starts as a new student.
        </p>
      ) : null}
      <p className="mt-3 text-stone-700 dark:text-stone-300">
        Type the code your teacher gives you and the name your teacher will see. No email or password needed: this browser
        remembers you.
      </p>
      <JoinForm action={joinClass} defaultCode={defaultCode} />
      <section aria-labelledby="rejoin-title" className="mt-10 border-t border-stone-200 pt-6 dark:border-stone-800">
        <h2 id="rejoin-title" className="text-xl font-semibold">
          Using another device?
        </h2>
        <p className="mt-2 text-stone-700 dark:text-stone-300">Ask your teacher for a one-time rejoin code to pick up where you left off.</p>
        <ActionForm action={rejoinClass} submitLabel="Rejoin" variant="secondary" label="Rejoin">
          <Field label="Rejoin code" name="rejoinCode" required autoComplete="off" autoCapitalize="characters" spellCheck={false} maxLength={12} />
        </ActionForm>
      </section>
    </div>
  );
}
