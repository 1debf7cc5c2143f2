'use server';

import { redirect } from 'next/navigation';
import { formFields } from '@/lib/quiz/attempt';
import { practiceAnswerUrl } from '@/lib/quiz/practice';

/**
 * Records one answer of a practice quiz (with JavaScript): the attempt lives in the URL, and the
 * quiz page grades it on the server. Without JavaScript the same form posts to ./answer instead.
 */
export async function submitPracticeAnswer(formData: unknown): Promise<void> {
  redirect(practiceAnswerUrl(formFields(formData)));
}
