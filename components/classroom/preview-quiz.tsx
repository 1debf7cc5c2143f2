'use client';

import { useState } from 'react';
import { QuestionForm } from '@/components/quiz/question-form';
import type { PublicQuestion } from '@/lib/quiz/types';

export type PreviewQuizProps = { questions: PublicQuestion[] };

/**
 * An assignment's questions in the forms a student answers them in. Nothing is sent anywhere: "Save answer"
 * only says that a student's answer would be saved here.
 */
export function PreviewQuiz({ questions }: PreviewQuizProps) {
  const [tried, setTried] = useState<Record<string, boolean>>({});
  return (
    <ol className="mt-4 space-y-6">
      {questions.map((question, index) => (
        <li key={question.id} className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm dark:border-stone-800 dark:bg-stone-900">
          <QuestionForm
            question={question}
            position={{ number: index + 1, total: questions.length }}
            submitLabel="Save answer"
            idPrefix={`p${index}`}
            action={() => setTried((t) => ({ ...t, [question.id]: true }))}
          />
          <p aria-live="polite" className="mt-2 text-sm font-medium text-brand-700 dark:text-brand-300">
            {tried[question.id]
              ? question.twoPart
                ? 'Preview: a student’s answer would be kept here; then they choose the sentence from the source that proves it. Nothing was stored.'
                : 'Preview: a student’s answer would be saved and graded here. Nothing was stored.'
              : ''}
          </p>
        </li>
      ))}
    </ol>
  );
}
