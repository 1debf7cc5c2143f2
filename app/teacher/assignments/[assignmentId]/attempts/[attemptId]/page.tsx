import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { QuestionFeedback } from '@/components/quiz/question-feedback';
import { UpLink } from '@/components/ui/up-link';
import { requireTeacher } from '@/lib/auth/permissions';
import { getQuestionSource } from '@/lib/classroom/question-source';
import { describeResponse } from '@/lib/quiz/attempt';
import { getAttemptDetailForTeacher } from '@/lib/classroom/results-service';
import { idSchema } from '@/lib/classroom/schemas';
import { getDb } from '@/lib/db/client';
import { LocalTime } from '@/components/classroom/local-time';
import { PARTIAL_CREDIT_NOTE, formatScoreOutOf, hasPartialCredit } from '@/lib/classroom/format';

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
      <UpLink href={`/teacher/assignments/${assignment.id}`}>{assignment.title}</UpLink>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">
        {studentName}: attempt {attempt.number}
      </h1>
      <p className="mt-2">
        {attempt.submittedAt ? (
          <>
            Submitted <LocalTime iso={attempt.submittedAt} zone={assignment.dueTimeZone} />. Score {formatScoreOutOf(attempt.score ?? 0, attempt.maxScore)}.{hasPartialCredit(attempt.score) ? ` ${PARTIAL_CREDIT_NOTE}` : ''}
          </>
        ) : (
          'In progress.'
        )}
      </p>
      <ol className="mt-6 space-y-4">
        {questions.map((q, i) => (
          <li key={q.id}>
            {q.question && q.key && q.answer ? (
              <QuestionFeedback
                number={i + 1}
                stem={q.question.stem}
                correct={q.key.correct}
                score={q.key.score}
                response={describeResponse(q.question, q.answer.response)}
                answer={q.key.answer}
                ordered={q.key.ordered}
                explanation={q.key.explanation}
                citations={q.key.citations}
                responseLabel={`${studentName}’s answer`}
                proof={q.key.proof}
              />
            ) : (
              <div className="rounded-lg border border-stone-200 p-4 dark:border-stone-800">
                <h2 className="font-semibold">
                  Question {i + 1}: {q.question?.stem ?? '(this question is no longer in the bank)'}
                </h2>
                <p className="mt-1 text-sm">Not answered.</p>
              </div>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
