import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { ActionForm } from '@/components/classroom/action-form';
import { Notice } from '@/components/classroom/notice';
import { ClassOverviewPanel, FactResultList, ObjectiveResultList, StudentResultsTable } from '@/components/classroom/results-tables';
import { UpLink } from '@/components/ui/up-link';
import { requireTeacher } from '@/lib/auth/permissions';
import { getQuestionSource } from '@/lib/classroom/question-source';
import { getAssignmentResults } from '@/lib/classroom/results-service';
import { idSchema } from '@/lib/classroom/schemas';
import { listExplainers } from '@/lib/content';
import { listPassageViews } from '@/lib/content/passage-view';
import { getDb } from '@/lib/db/client';
import { formatInstant } from '@/lib/classroom/time';
import { pageOf } from '@/lib/classroom/paging';
import { canEditAssignment } from '@/lib/classroom/rules';
import { countAttemptsForAssignment } from '@/lib/db/queries/assignments';
import { duplicateAssignmentAction } from '../../actions';

export const metadata: Metadata = { title: 'Assignment results' };

const revealText = { 'after-each': 'after each answer', 'after-submit': 'after submitting', 'after-due': 'after the due date' } as const;

/** What the action that led here did (`?notice=`, set by the create, edit and duplicate actions). */
const noticeSchema = z.object({ notice: z.enum(['created', 'updated', 'copied']).optional().catch(undefined) });
/** Which page of the students table (`?students=`, 1-based); anything else shows the first. */
const studentsPageSchema = z.object({ students: z.coerce.number().int().min(1).catch(1).default(1) });

type AssignmentResultsPageProps = { params: Promise<{ assignmentId: string }>; searchParams?: Promise<Record<string, string | string[] | undefined>> };

export default async function AssignmentResultsPage({ params, searchParams }: AssignmentResultsPageProps) {
  const id = idSchema.safeParse((await params).assignmentId);
  if (!id.success) notFound();
  const teacher = await requireTeacher();
  const db = getDb();
  const results = await getAssignmentResults(db, teacher.id, id.data, getQuestionSource());
  if (!results) notFound();
  const { assignment, className, summary } = results;
  const editable = canEditAssignment(await countAttemptsForAssignment(db, assignment.id));
  const search = (await searchParams) ?? {};
  const query = noticeSchema.safeParse(search);
  const notice = query.success ? query.data.notice : undefined;
  const studentsPage = pageOf(summary.students, studentsPageSchema.parse(search).students);
  const notices = {
    created: `Assignment created. Students in ${className} see it on their assignments page now.`,
    updated: 'Changes saved.',
    copied: 'This is a copy: change what you need before students start it.',
  } as const;
  const linkButton = 'inline-flex min-h-10 items-center rounded-md border border-stone-400 px-4 py-2 text-sm font-semibold hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800';
  const titles = new Map(listExplainers().map((e) => [e.slug, e.title]));
  const facts = summary.facts.map((q) => ({ ...q, passages: listPassageViews(q.citations) }));

  return (
    <div>
      <UpLink href={`/teacher/classes/${assignment.classId}`}>{className}</UpLink>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{assignment.title}</h1>
      <ul className="mt-2 text-sm text-stone-700 dark:text-stone-300">
        <li>Modules: {assignment.modules.map((m) => titles.get(m) ?? m).join(', ')}</li>
        <li>
          {assignment.questionCount} questions · {assignment.attemptsAllowed} attempt{assignment.attemptsAllowed === 1 ? '' : 's'} ·{' '}
          {assignment.seedMode === 'shared' ? 'same questions for everyone' : 'a variant per student'} · answers shown {revealText[assignment.reveal]}
        </li>
        <li>{assignment.dueAt ? `Due ${formatInstant(assignment.dueAt, assignment.dueTimeZone)}` : 'No due date'}</li>
      </ul>
      {notice ? <Notice>{notices[notice]}</Notice> : null}
      <section aria-labelledby="manage-title" className="mt-4">
        <h2 id="manage-title" className="sr-only">
          Manage this assignment
        </h2>
        <div className="flex flex-wrap items-start gap-x-3 gap-y-2">
          <Link href={`/teacher/assignments/${assignment.id}/preview`} className={`mt-3 ${linkButton}`}>
            Preview as a student
          </Link>
          {editable.ok ? (
            <Link href={`/teacher/assignments/${assignment.id}/edit`} className={`mt-3 ${linkButton}`}>
              Edit
            </Link>
          ) : null}
          <ActionForm action={duplicateAssignmentAction} submitLabel="Duplicate" variant="secondary" label="Duplicate this assignment">
            <input type="hidden" name="assignmentId" value={assignment.id} />
          </ActionForm>
          <Link href={`/teacher/assignments/${assignment.id}/delete`} className={`mt-3 ${linkButton} text-red-800 dark:text-red-300`}>
            Delete…
          </Link>
        </div>
        {editable.ok ? null : <p className="mt-2 text-sm text-stone-700 dark:text-stone-300">{editable.message}</p>}
      </section>
      <p className="mt-4">
        <a href={`/teacher/assignments/${assignment.id}/results.csv`} className="inline-flex rounded-md border border-stone-400 px-4 py-2 font-semibold hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800" download>
          Download results (CSV)
        </a>
      </p>
      <section aria-labelledby="overview-title" className="mt-8">
        <h2 id="overview-title" className="text-xl font-semibold">
          Overview
        </h2>
        <ClassOverviewPanel overview={summary.overview} hardest={facts[0] ?? null} />
      </section>
      <section aria-labelledby="objectives-title" className="mt-8">
        <h2 id="objectives-title" className="text-xl font-semibold">
          By objective, hardest first
        </h2>
        <ObjectiveResultList objectives={summary.objectives.map((o) => ({ ...o, moduleTitle: titles.get(o.module) ?? o.module }))} />
      </section>
      <section aria-labelledby="students-title" className="mt-8">
        <h2 id="students-title" className="text-xl font-semibold">
          Students
        </h2>
        <StudentResultsTable
          students={studentsPage}
          assignmentId={assignment.id}
          pageHref={(n) => `/teacher/assignments/${assignment.id}${n > 1 ? `?students=${n}` : ''}#students-title`}
        />
      </section>
      <section aria-labelledby="facts-title" className="mt-8">
        <h2 id="facts-title" className="text-xl font-semibold">
          By fact, hardest first
        </h2>
        <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">Each fact counts all the forms of question that ask it, so a variant per student still adds up.</p>
        <FactResultList facts={facts} />
      </section>
    </div>
  );
}
