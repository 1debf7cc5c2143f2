import Link from 'next/link';
import type { QuestionResult, StudentResult } from '@/lib/classroom/results';
import { PARTIAL_CREDIT_NOTE, formatScoreOutOf, hasPartialCredit } from '@/lib/classroom/format';

const statusLabel: Record<StudentResult['status'], string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  submitted: 'Submitted',
};

export type StudentResultsTableProps = { students: StudentResult[]; assignmentId: string };

export function StudentResultsTable({ students, assignmentId }: StudentResultsTableProps) {
  if (students.length === 0) return <p className="mt-2">No students in this class yet.</p>;
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="w-full min-w-[32rem] border-collapse text-left text-sm">
        <caption className="sr-only">Score and completion for each student</caption>
        <thead>
          <tr className="border-b border-stone-300 dark:border-stone-700">
            <th scope="col" className="py-2 pr-4">Student</th>
            <th scope="col" className="py-2 pr-4">Status</th>
            <th scope="col" className="py-2 pr-4">Score</th>
            <th scope="col" className="py-2 pr-4">Attempts</th>
            <th scope="col" className="py-2 pr-4">Details</th>
          </tr>
        </thead>
        <tbody>
          {students.map((s) => (
            <tr key={s.studentId} className="border-b border-stone-200 dark:border-stone-800">
              <th scope="row" className="py-2 pr-4 font-medium">{s.displayName}</th>
              <td className="py-2 pr-4">{statusLabel[s.status]}{s.status === 'in-progress' ? ` (${s.answered}/${s.maxScore})` : ''}</td>
              <td className="py-2 pr-4 tabular-nums">{s.score === null ? '–' : formatScoreOutOf(s.score, s.maxScore)}</td>
              <td className="py-2 pr-4 tabular-nums">{s.attemptsUsed}</td>
              <td className="py-2 pr-4">
                {s.attemptId ? (
                  <Link href={`/teacher/assignments/${assignmentId}/attempts/${s.attemptId}`} className="underline underline-offset-2">
                    See answers<span className="sr-only"> of {s.displayName}</span>
                  </Link>
                ) : (
                  '–'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {hasPartialCredit(...students.map((s) => s.score)) ? <p className="mt-2 text-sm text-stone-700 dark:text-stone-300">{PARTIAL_CREDIT_NOTE}</p> : null}
    </div>
  );
}

export type QuestionResultListProps = {
  questions: Array<QuestionResult & { passages: Array<{ href: string; quote: string; text: string | null; label: string }> }>;
};

/** Per question: share correct, the most chosen wrong answer, and the passage to reteach from. */
export function QuestionResultList({ questions }: QuestionResultListProps) {
  if (questions.length === 0) return <p className="mt-2">No answers yet.</p>;
  return (
    <ol className="mt-3 space-y-4">
      {questions.map((q, i) => (
        <li key={q.id} className="rounded-lg border border-stone-200 p-4 dark:border-stone-800">
          <h3 className="font-semibold">
            Q{i + 1}. {q.stem}
          </h3>
          <p className="mt-1 text-sm">
            {q.shareCorrect === null ? 'Not answered yet.' : `${Math.round(q.shareCorrect * 100)}% correct (${q.correct} of ${q.answered}).`}
          </p>
          {q.mostChosenWrong ? (
            <p className="mt-1 text-sm">
              Most chosen wrong answer: <q>{q.mostChosenWrong.response}</q> ({q.mostChosenWrong.count})
            </p>
          ) : null}
          {q.passages.map((p) => (
            <blockquote key={p.href} className="mt-2 border-l-4 border-brand-600 pl-3 text-sm">
              <p>{p.text ?? p.quote}</p>
              <footer className="mt-1">
                <a href={p.href} className="underline underline-offset-2">
                  Reteach from {p.label}
                </a>
              </footer>
            </blockquote>
          ))}
        </li>
      ))}
    </ol>
  );
}
