import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionForm } from '@/components/classroom/action-form';
import { UpLink } from '@/components/ui/up-link';
import { requireOwnedAssignment } from '@/lib/auth/permissions';
import { idSchema } from '@/lib/classroom/schemas';
import { getDb } from '@/lib/db/client';
import { countAttemptsForAssignment } from '@/lib/db/queries/assignments';
import { deleteAssignmentAction } from '../../../actions';

export const metadata: Metadata = { title: 'Delete assignment' };

/** The confirmation step of a deletion: a page of its own, so it works without JavaScript. */
export default async function DeleteAssignmentPage({ params }: { params: Promise<{ assignmentId: string }> }) {
  const id = idSchema.safeParse((await params).assignmentId);
  if (!id.success) notFound();
  const { assignment, className } = await requireOwnedAssignment(id.data);
  const attempts = await countAttemptsForAssignment(getDb(), assignment.id);

  return (
    <div className="max-w-2xl">
      <UpLink href={`/teacher/assignments/${assignment.id}`}>{assignment.title}</UpLink>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">Delete “{assignment.title}”?</h1>
      <p className="mt-4">
        {attempts === 0
          ? `Nobody in ${className} has started it yet.`
          : `${attempts} attempt${attempts === 1 ? '' : 's'} by students in ${className}, with every answer and score, will be deleted too.`}{' '}
        This cannot be undone.
      </p>
      <ActionForm action={deleteAssignmentAction} submitLabel="Delete the assignment" variant="danger" label="Confirm the deletion">
        <input type="hidden" name="assignmentId" value={assignment.id} />
        <input type="hidden" name="confirm" value="yes" />
      </ActionForm>
      <p className="mt-4">
        <Link href={`/teacher/assignments/${assignment.id}`} className="underline underline-offset-2">
          Keep it and go back
        </Link>
      </p>
    </div>
  );
}
