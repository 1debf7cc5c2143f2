import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ActionForm, Field } from '@/components/classroom/action-form';
import { DueDateInput } from '@/components/classroom/due-date-input';
import { UpLink } from '@/components/ui/up-link';
import { requireOwnedClass } from '@/lib/auth/permissions';
import { idSchema } from '@/lib/classroom/schemas';
import { listExplainers } from '@/lib/content';
import { questionTypes } from '@/lib/quiz/types';
import { createAssignmentAction } from '../../../../actions';

export const metadata: Metadata = { title: 'New assignment' };

const typeLabels: Record<(typeof questionTypes)[number], string> = {
  'single-choice': 'Single choice',
  'multiple-select': 'Select all that apply',
  'true-false': 'True or false',
  'fill-in': 'Fill in the blank',
  matching: 'Matching',
  ordering: 'Timeline ordering',
  'who-said': 'Who said this?',
};

const revealLabels = [
  ['after-each', 'After each answer', 'Students see whether they were right, the answer and its passage as soon as they answer.'],
  ['after-submit', 'After submitting', 'Students see answers and passages once they have answered every question.'],
  ['after-due', 'After the due date', 'Nobody sees answers until the due date passes, so they cannot be shared early.'],
] as const;

export default async function NewAssignmentPage({ params }: { params: Promise<{ classId: string }> }) {
  const id = idSchema.safeParse((await params).classId);
  if (!id.success) notFound();
  const { cls } = await requireOwnedClass(id.data);
  const modules = listExplainers();
  const box = 'mt-3 rounded-lg border border-stone-300 p-4 dark:border-stone-700';

  return (
    <div className="max-w-2xl">
      <UpLink href={`/teacher/classes/${cls.id}`}>{cls.name}</UpLink>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">New assignment</h1>
      <ActionForm action={createAssignmentAction} submitLabel="Create assignment" label="New assignment">
        <input type="hidden" name="classId" value={cls.id} />
        <Field label="Title" name="title" required maxLength={120} defaultValue="Read and check" />
        <fieldset className={box}>
          <legend className="px-1 font-medium">Modules to read</legend>
          {modules.map((m, i) => (
            <div key={m.slug} className="mt-1 flex items-start gap-2">
              <input type="checkbox" id={`module-${m.slug}`} name="modules" value={m.slug} defaultChecked={i === 0} className="mt-1" />
              <label htmlFor={`module-${m.slug}`}>
                Module {m.order}: {m.title}
              </label>
            </div>
          ))}
        </fieldset>
        <Field label="Number of questions" name="questionCount" type="number" min={1} max={50} defaultValue={8} required />
        <fieldset className={box}>
          <legend className="px-1 font-medium">Question types</legend>
          {questionTypes.map((t) => (
            <div key={t} className="mt-1 flex items-start gap-2">
              <input type="checkbox" id={`type-${t}`} name="questionTypes" value={t} defaultChecked className="mt-1" />
              <label htmlFor={`type-${t}`}>{typeLabels[t]}</label>
            </div>
          ))}
        </fieldset>
        <Field label="Attempts allowed" name="attemptsAllowed" type="number" min={1} max={10} defaultValue={1} required />
        <DueDateInput label="Due date (optional)" hint="After this moment no answers are accepted." />
        <fieldset className={box}>
          <legend className="px-1 font-medium">When students see the answers</legend>
          {revealLabels.map(([value, label, hint], i) => (
            <div key={value} className="mt-2 flex items-start gap-2">
              <input type="radio" id={`reveal-${value}`} name="reveal" value={value} defaultChecked={i === 1} className="mt-1" aria-describedby={`reveal-${value}-hint`} />
              <label htmlFor={`reveal-${value}`}>
                {label}
                <span id={`reveal-${value}-hint`} className="block text-sm text-stone-600 dark:text-stone-400">
                  {hint}
                </span>
              </label>
            </div>
          ))}
        </fieldset>
        <fieldset className={box}>
          <legend className="px-1 font-medium">Questions for each student</legend>
          <div className="mt-2 flex items-start gap-2">
            <input type="radio" id="seed-per-student" name="seedMode" value="per-student" defaultChecked className="mt-1" />
            <label htmlFor="seed-per-student">Each student gets their own variant (harder to copy)</label>
          </div>
          <div className="mt-2 flex items-start gap-2">
            <input type="radio" id="seed-shared" name="seedMode" value="shared" className="mt-1" />
            <label htmlFor="seed-shared">Everyone gets the same questions (easier to discuss together)</label>
          </div>
        </fieldset>
      </ActionForm>
    </div>
  );
}
