import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { UpLink } from '@/components/ui/up-link';
import { requireTeacherOrSignIn } from '@/lib/auth/permissions';
import { getExplainer } from '@/lib/content';
import { getDb } from '@/lib/db/client';
import { listClassesForTeacher } from '@/lib/db/queries/classes';

export const metadata: Metadata = { title: 'Assign a module' };

const querySchema = z.object({ module: z.string().regex(/^[a-z0-9-]{1,80}$/) });

/**
 * Where a module's "Assign" button leads: straight to the new-assignment form with the module picked when the
 * teacher has one open class, else a choice of class. Anyone without a teacher session goes to sign in.
 */
export default async function AssignModulePage({ searchParams }: { searchParams?: Promise<Record<string, string | string[] | undefined>> }) {
  const query = querySchema.safeParse((await searchParams) ?? {});
  const explainer = query.success ? getExplainer(query.data.module) : null;
  if (!explainer) notFound();
  const teacher = await requireTeacherOrSignIn();
  const classes = (await listClassesForTeacher(getDb(), teacher.id)).filter((c) => !c.archived);
  const formHref = (classId: string) => `/teacher/classes/${classId}/assignments/new?module=${explainer.slug}`;
  if (classes.length === 1) redirect(formHref(classes[0]!.id));

  return (
    <div className="max-w-2xl">
      <UpLink href={`/explainers/${explainer.slug}`}>{explainer.title}</UpLink>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">Assign “{explainer.title}”</h1>
      {classes.length === 0 ? (
        <p className="mt-4">
          You have no open class yet.{' '}
          <Link href="/teacher" className="underline underline-offset-2">
            Create a class
          </Link>{' '}
          first, then come back to this module.
        </p>
      ) : (
        <>
          <p className="mt-3">Which class is it for?</p>
          <ul className="mt-3 space-y-2">
            {classes.map((c) => (
              <li key={c.id}>
                <Link href={formHref(c.id)} className="font-medium underline underline-offset-2">
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
