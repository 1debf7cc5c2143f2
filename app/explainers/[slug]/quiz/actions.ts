'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { slugSchema } from '@/lib/content/schemas';
import { decodeAnswers, encodeAnswers, responseFromFields, seedSchema } from '@/lib/quiz/attempt';
import { getPracticeQuiz } from '@/lib/quiz/bank';
import { toPublicQuestion } from '@/lib/quiz/public';

const submissionSchema = z.object({
  slug: slugSchema,
  seed: seedSchema,
  a: z.string().max(20_000),
  question: z.string().min(1).max(40),
});

/**
 * Records one answer of a practice quiz and shows its feedback. The attempt lives in the URL (seed
 * plus answers so far), so this works as a plain form post without JavaScript; the page grades it
 * on the server. A repeated or stale post (back button) just returns to the current state.
 */
export async function submitPracticeAnswer(formData: FormData): Promise<void> {
  const parsed = submissionSchema.safeParse({
    slug: formData.get('slug'),
    seed: formData.get('seed'),
    a: formData.get('a') ?? '',
    question: formData.get('question'),
  });
  if (!parsed.success) redirect('/');
  const { slug, seed, a, question } = parsed.data;
  const quiz = getPracticeQuiz(slug, seed);
  if (!quiz) redirect('/');
  const answers = decodeAnswers(a).slice(0, quiz.length);
  const base = `/explainers/${slug}/quiz?seed=${encodeURIComponent(seed)}`;
  const current = quiz[answers.length];
  if (!current || current.id !== question) {
    redirect(answers.length ? `${base}&a=${encodeAnswers(answers)}#feedback` : base);
  }
  const response = responseFromFields(toPublicQuestion(current), {
    get: (name) => {
      const v = formData.get(name);
      return typeof v === 'string' ? v : null;
    },
    getAll: (name) => formData.getAll(name).filter((v): v is string => typeof v === 'string'),
  });
  redirect(`${base}&a=${encodeAnswers([...answers, response])}#feedback`);
}
