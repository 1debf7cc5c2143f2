import Link from 'next/link';
import type { PublicQuestion } from '@/lib/quiz/types';
import { QuestionForm } from './question-form';

export type CheckUnderstandingProps = {
  question: PublicQuestion | null;
  total: number;
  action: (formData: FormData) => void | Promise<void>;
  fallbackAction?: string;
  hidden: Record<string, string>;
  quizHref: string;
  /** What comes before the question: `CheckIntro`, or a static part of the page that holds it (StaticHtml). */
  intro: React.ReactNode;
};

/** The heading, the number of questions and what a student should be able to do by the end. */
export function CheckIntro({ total, objectives }: { total: number; objectives: string[] }) {
  return (
    <>
      <h2 id="check-title" className="text-xl font-bold tracking-tight">
        Check your understanding
      </h2>
      <p className="mt-2 text-stone-800 dark:text-stone-200">
        {total} questions, one at a time. Every answer shows the passage it comes from. By the end you should be able to:
      </p>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-stone-800 dark:text-stone-200">
        {objectives.map((o, i) => (
          <li key={i}>{o}</li>
        ))}
      </ul>
    </>
  );
}

/** The quiz's first question at the end of an explainer; answering it continues on the quiz page. */
export function CheckUnderstanding({ question, total, action, fallbackAction, hidden, quizHref, intro }: CheckUnderstandingProps) {
  if (!question) return null;
  return (
    <section aria-labelledby="check-title" className="mt-12 rounded-xl border border-brand-200 bg-brand-50 p-4 sm:p-6 dark:border-stone-700 dark:bg-stone-900">
      {intro}
      <QuestionForm question={question} action={action} fallbackAction={fallbackAction} hidden={hidden} position={{ number: 1, total }} idPrefix="check" />
      <p className="mt-4 text-sm">
        <Link href={quizHref} className="font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300">
          Take the quiz on its own page
        </Link>
      </p>
    </section>
  );
}
