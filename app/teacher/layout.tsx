import Link from 'next/link';
import { getCurrentTeacher } from '@/lib/auth/teacher';
import { signOut } from './actions';

export default async function TeacherLayout({ children }: { children: React.ReactNode }) {
  const teacher = await getCurrentTeacher();
  return (
    <div>
      {teacher ? (
        <div className="mb-6 flex flex-wrap items-center gap-3 border-b border-stone-200 pb-3 text-sm dark:border-stone-800">
          <Link href="/teacher" className="font-semibold underline-offset-4 hover:underline">
            Your classes
          </Link>
          <span className="ml-auto text-stone-600 dark:text-stone-400">Signed in as {teacher.email}</span>
          <form action={signOut}>
            <button type="submit" className="rounded-md border border-stone-400 px-3 py-1 font-medium hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800">
              Sign out
            </button>
          </form>
        </div>
      ) : null}
      {children}
    </div>
  );
}
