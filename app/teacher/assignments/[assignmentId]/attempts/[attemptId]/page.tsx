import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AnswerKey } from '@/components/classroom/attempt-quiz';
import { requireTeacher } from '@/lib/auth/permissions';
import { getQuestionSource } from '@/lib/classroom/question-source';
import { responseText } from '@/lib/classroom/results';
import { getAttemptDetailForTeacher } from '@/lib/classroom/results-service';
import { idSchema } from '@/lib/classroom/schemas';
import { getDb } from '@/lib/db/client';

export const metadata: Metadata = { title: 'Student attempt' };

export default async function AttemptDetailPage({ params }: { params: Promise<{ assignmentId: string; attemptId: string }> }) {
  const p = await params;
  const assignmentId = idSchema.safeParse(p.assignmentId);
  const attemptId = idSchema.safeParse(p.attemptId);
  if (!assignmentId.success || !attemptId.success) notFound();
  const teacher = await requireTeacher();
  const detail = await getAttemptDetailForTeacher(getDb(), teacher.id, assignmentId.data, attemptId.data, getQuestionSource());
  if (!detail) notFound();
  const { assignment, attempt, studentName, questions } = detail;

  return (
    <div className="max-w-3xl">
      <p className="text-sm">
        <Link href={`/teacher/assignments/${assignment.id}`} className="underline underline-offset-2">
          {assignment.title}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">
        {studentName}: attempt {attempt.number}
      </h1>
      <p className="mt-2">
        {attempt.submittedAt ? `Submitted ${new Date(attempt.submittedAt).toUTCString()}. Score ${attempt.score ?? 0} / ${attempt.maxScore}.` : 'In progress.'}
      </p>
      <ol className="mt-6 space-y-4">
        {questions.map((q, i) => (
          <li key={q.id} className="rounded-lg border border-stone-200 p-4 dark:border-stone-800">
            <h2 className="font-semibold">
              Q{i + 1}. {q.question?.stem ?? '(this question is no longer in the bank)'}
            </h2>
            <p className="mt-1 text-sm">
              <span className="font-medium">Their answer: </span>
              {q.answer ? responseText(q.answer.response, q.question?.type ?? null) : 'not answered'}
            </p>
            {q.key && q.answer ? <AnswerKey answerKey={q.key} /> : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
