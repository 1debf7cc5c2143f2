import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionForm, Field } from '@/components/classroom/action-form';
import { signUp } from '../actions';

export const metadata: Metadata = { title: 'Create a teacher account' };

export default function SignUpPage() {
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold tracking-tight">Create a teacher account</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">Set up classes, assign modules and see how your students did, question by question.</p>
      <ActionForm action={signUp} submitLabel="Create account" pendingLabel="Creating…" className="mt-4">
        <Field label="Your name" name="name" autoComplete="name" required maxLength={80} />
        <Field label="Email" name="email" type="email" autoComplete="email" required />
        <Field label="Password" name="password" type="password" autoComplete="new-password" required minLength={8} hint="At least 8 characters." />
      </ActionForm>
      <p className="mt-6 text-sm">
        Already have an account?{' '}
        <Link href="/teacher/sign-in" className="underline underline-offset-2">
          Sign in
        </Link>
        .
      </p>
    </div>
  );
}
