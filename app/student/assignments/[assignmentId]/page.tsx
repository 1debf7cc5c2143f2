import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionForm } from '@/components/classroom/action-form';
import { AttemptQuiz } from '@/components/classroom/attempt-quiz';
import { UpLink } from '@/components/ui/up-link';
import { requireStudent } from '@/lib/auth/permissions';
import { getStudentAssignmentView } from '@/lib/classroom/attempt-service';
import { getQuestionSource } from '@/lib/classroom/question-source';
import { idSchema } from '@/lib/classroom/schemas';
import { answerProblemMessage, answerProblems } from '@/lib/classroom/answer-problems';
import { listExplainers } from '@/lib/content';
import { getDb } from '@/lib/db/client';
import { startAttemptAction } from '../../actions';
import { LocalTime } from '@/components/classroom/local-time';
import { PARTIAL_CREDIT_NOTE, formatScoreOutOf, hasPartialCredit } from '@/lib/classroom/format';

export const metadata: Metadata = { title: 'Assignment' };

const revealNotes = {
  'after-each': '',
  'after-submit': 'You will see whether it was right when you have answered every question.',
  'after-due': 'You will see whether it was right after the due date.',
} as const;

type PageProps = { params: Promise<{ assignmentId: string }>; searchParams?: Promise<Record<string, string | string[] | undefined>> };

export default async function StudentAssignmentPage({ params, searchParams }: PageProps) {
  const id = idSchema.safeParse((await params).assignmentId);
  const query = (await searchParams) ?? {};
  const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);
  // Set by ./answer after a plain-HTML post: which question, and the code of a refusal (never text to show as is).
  const postedQuestion = one(query.q);
  const lastPost = postedQuestion ? { questionId: postedQuestion, problem: answerProblemMessage(one(query.problem)) ?? (one(query.problem) ? answerProblems.invalid : null) } : null;
  if (!id.success) notFound();
  const student = await requireStudent();
  const view = await getStudentAssignmentView(getDb(), student, id.data, getQuestionSource());
  if (!view) notFound();
  const { assignment, current, canStart, attempts } = view;
  const explainers = new Map(listExplainers().map((e) => [e.slug, e]));
  const open = current && !current.submittedAt ? current : null;

  return (
    <div className="max-w-3xl">
      <UpLink href="/student">Your assignments</UpLink>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{assignment.title}</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">
        {assignment.dueAt ? (
          <>
            Due <LocalTime iso={assignment.dueAt} zone={assignment.dueTimeZone} />.{' '}
          </>
        ) : null}
        {assignment.attemptsAllowed === 1 ? 'One attempt.' : `${assignment.attemptsAllowed} attempts allowed.`}
      </p>

      <section aria-labelledby="read-title" className="mt-6">
        <h2 id="read-title" className="text-xl font-semibold">
          1. Read
        </h2>
        <ul className="mt-2 list-disc pl-5">
          {assignment.modules.map((slug) => {
            const e = explainers.get(slug);
            return (
              <li key={slug}>
                <Link href={`/explainers/${slug}?assignment=${assignment.id}`} className="underline underline-offset-2">
                  {e ? `Module ${e.order}: ${e.title}` : slug}
                </Link>
                {e ? <span className="text-sm text-stone-600 dark:text-stone-400"> · {e.readingMinutes} min</span> : null}
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="quiz-title" className="mt-8">
        <h2 id="quiz-title" className="text-xl font-semibold">
          2. Check what you understood
        </h2>
        {attempts.length > 0 ? (
          <ul className="mt-2 text-sm">
            {attempts.map((a) => (
              <li key={a.number}>
                Attempt {a.number}: submitted{a.score !== null ? `, score ${formatScoreOutOf(a.score, a.total)}` : ' (your score appears when your teacher reveals the answers)'}
              </li>
            ))}
            {hasPartialCredit(...attempts.map((a) => a.score)) ? <li className="mt-1 text-stone-700 dark:text-stone-300">{PARTIAL_CREDIT_NOTE}</li> : null}
          </ul>
        ) : null}
        {canStart.ok && attempts.length === 0 ? (
          <ActionForm action={startAttemptAction} submitLabel="Start the quiz" label="Start the quiz">
            <input type="hidden" name="assignmentId" value={assignment.id} />
          </ActionForm>
        ) : !canStart.ok && !open ? (
          <p className="mt-3 rounded-md border border-stone-300 px-3 py-2 dark:border-stone-700">{canStart.message}</p>
        ) : null}
        {current ? (
          <div className="mt-4">
            <h3 className="text-lg font-semibold">
              Attempt {current.number}
              {current.submittedAt ? ' (submitted)' : ''}
            </h3>
            <AttemptQuiz
              key={`${current.id}:${current.answered}:${current.submittedAt ?? ''}`}
              attemptId={current.id}
              assignmentId={assignment.id}
              lastPost={lastPost}
              questions={current.questions}
              closedMessage={current.canAnswer.ok ? null : current.canAnswer.message}
              revealNote={revealNotes[assignment.reveal]}
            />
          </div>
        ) : null}
        {/* After a submission the result comes first; another attempt is a smaller choice below it. */}
        {canStart.ok && attempts.length > 0 ? (
          <div className="mt-8 border-t border-stone-200 pt-4 dark:border-stone-800">
            <p className="text-sm text-stone-700 dark:text-stone-300">
              You may try again with a new set of questions ({assignment.attemptsAllowed - attempts.length} attempt
              {assignment.attemptsAllowed - attempts.length === 1 ? '' : 's'} left).
            </p>
            <ActionForm action={startAttemptAction} submitLabel={`Try again (attempt ${attempts.length + 1} of ${assignment.attemptsAllowed})`} variant="secondary" label="Try again">
              <input type="hidden" name="assignmentId" value={assignment.id} />
            </ActionForm>
          </div>
        ) : null}
      </section>
    </div>
  );
}
