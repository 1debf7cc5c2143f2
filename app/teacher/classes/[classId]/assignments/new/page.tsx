import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { ActionForm } from '@/components/classroom/action-form';
import { AssignmentFields } from '@/components/classroom/assignment-fields';
import { UpLink } from '@/components/ui/up-link';
import { requireOwnedClass } from '@/lib/auth/permissions';
import { idSchema } from '@/lib/classroom/schemas';
import { listExplainers } from '@/lib/content';
import { questionTypes } from '@/lib/quiz/types';
import { createAssignmentAction } from '../../../../actions';

export const metadata: Metadata = { title: 'New assignment' };

/** `?module=<slug>` (from a module's "Assign" button) picks that module; anything else is ignored. */
const querySchema = z.object({ module: z.string().max(80).optional().catch(undefined) });

type NewAssignmentPageProps = { params: Promise<{ classId: string }>; searchParams?: Promise<Record<string, string | string[] | undefined>> };

export default async function NewAssignmentPage({ params, searchParams }: NewAssignmentPageProps) {
  const id = idSchema.safeParse((await params).classId);
  if (!id.success) notFound();
  const { cls } = await requireOwnedClass(id.data);
  const modules = listExplainers();
  const query = querySchema.safeParse((await searchParams) ?? {});
  const fromModule = modules.find((m) => m.slug === (query.success ? query.data.module : undefined));
  const picked = fromModule ?? modules[0];

  return (
    <div className="max-w-2xl">
      <UpLink href={`/teacher/classes/${cls.id}`}>{cls.name}</UpLink>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">New assignment</h1>
      <ActionForm action={createAssignmentAction} submitLabel="Create assignment" label="New assignment">
        <input type="hidden" name="classId" value={cls.id} />
        <AssignmentFields
          modules={modules}
          values={{
            title: fromModule ? `Read and check: ${fromModule.title}` : 'Read and check',
            modules: picked ? [picked.slug] : [],
            questionCount: 8,
            questionTypes: [...questionTypes],
            attemptsAllowed: 1,
            dueLocal: '',
            dueTimeZone: null,
            reveal: 'after-submit',
            seedMode: 'per-student',
          }}
        />
      </ActionForm>
    </div>
  );
}
