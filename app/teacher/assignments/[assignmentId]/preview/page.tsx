import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PreviewQuiz } from '@/components/classroom/preview-quiz';
import { UpLink } from '@/components/ui/up-link';
import { requireOwnedAssignment } from '@/lib/auth/permissions';
import { previewQuestions } from '@/lib/classroom/attempt-service';
import { getQuestionSource } from '@/lib/classroom/question-source';
import { idSchema } from '@/lib/classroom/schemas';

export const metadata: Metadata = { title: 'Preview as a student' };

export default async function PreviewAssignmentPage({ params }: { params: Promise<{ assignmentId: string }> }) {
  const id = idSchema.safeParse((await params).assignmentId);
  if (!id.success) notFound();
  const { assignment } = await requireOwnedAssignment(id.data);
  const questions = previewQuestions(assignment, getQuestionSource());

  return (
    <div className="max-w-3xl">
      <UpLink href={`/teacher/assignments/${assignment.id}`}>{assignment.title}</UpLink>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">Preview as a student</h1>
      <p className="mt-2 text-stone-700 dark:text-stone-300">
        {assignment.seedMode === 'shared'
          ? 'Every student gets these questions.'
          : 'Each student gets their own variant; this is one of them, built the same way.'}{' '}
        Answers given here are not saved and nobody’s results change.
      </p>
      {questions.length === 0 ? <p className="mt-4">These modules have no questions of the chosen types yet.</p> : <PreviewQuiz questions={questions} />}
    </div>
  );
}
