import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getCurrentTeacher } from '@/lib/auth/teacher';
import { ActionForm, Field } from '@/components/classroom/action-form';
import { signIn } from '../actions';

export const metadata: Metadata = { title: 'Teacher sign-in' };

export default async function SignInPage() {
  if (await getCurrentTeacher()) redirect('/teacher');
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold tracking-tight">Teacher sign-in</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">
        Students do not need an account: they <Link href="/join" className="underline underline-offset-2">join with a class code</Link>.
      </p>
      <ActionForm action={signIn} submitLabel="Sign in" pendingLabel="Signing in…" className="mt-4">
        <Field label="Email" name="email" type="email" autoComplete="email" required />
        <Field label="Password" name="password" type="password" autoComplete="current-password" required />
      </ActionForm>
      <p className="mt-6 text-sm">
        No account yet?{' '}
        <Link href="/teacher/sign-up" className="underline underline-offset-2">
          Create a teacher account
        </Link>
        .
      </p>
    </div>
  );
}
