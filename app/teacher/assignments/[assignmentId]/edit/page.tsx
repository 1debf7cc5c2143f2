import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ActionForm } from '@/components/classroom/action-form';
import { AssignmentFields } from '@/components/classroom/assignment-fields';
import { UpLink } from '@/components/ui/up-link';
import { requireOwnedAssignment } from '@/lib/auth/permissions';
import { canEditAssignment } from '@/lib/classroom/rules';
import { idSchema } from '@/lib/classroom/schemas';
import { instantToZonedTime } from '@/lib/classroom/time';
import { listExplainers } from '@/lib/content';
import { getDb } from '@/lib/db/client';
import { countAttemptsForAssignment } from '@/lib/db/queries/assignments';
import { duplicateAssignmentAction, updateAssignmentAction } from '../../../actions';

export const metadata: Metadata = { title: 'Edit assignment' };

export default async function EditAssignmentPage({ params }: { params: Promise<{ assignmentId: string }> }) {
  const id = idSchema.safeParse((await params).assignmentId);
  if (!id.success) notFound();
  const { assignment } = await requireOwnedAssignment(id.data);
  const editable = canEditAssignment(await countAttemptsForAssignment(getDb(), assignment.id));

  return (
    <div className="max-w-2xl">
      <UpLink href={`/teacher/assignments/${assignment.id}`}>{assignment.title}</UpLink>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">Edit assignment</h1>
      {editable.ok ? (
        <ActionForm action={updateAssignmentAction} submitLabel="Save changes" label="Edit assignment">
          <input type="hidden" name="assignmentId" value={assignment.id} />
          <AssignmentFields
            modules={listExplainers()}
            values={{ ...assignment, dueLocal: assignment.dueAt ? instantToZonedTime(assignment.dueAt, assignment.dueTimeZone) : '' }}
          />
        </ActionForm>
      ) : (
        <>
          <p className="mt-4 rounded-md border border-amber-700 bg-amber-50 px-3 py-2 text-amber-900 dark:bg-amber-950 dark:text-amber-200">{editable.message}</p>
          <ActionForm action={duplicateAssignmentAction} submitLabel="Duplicate" label="Duplicate this assignment">
            <input type="hidden" name="assignmentId" value={assignment.id} />
          </ActionForm>
        </>
      )}
    </div>
  );
}
