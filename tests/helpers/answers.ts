import type { Question, QuestionResponse } from '@/lib/quiz/types';

/** The response that `gradeResponse` marks fully correct. */
export function correctResponse(q: Question): QuestionResponse {
  if (q.parts) return [q.answer as string, q.parts.answer];
  if (q.type === 'matching') {
    const pairs = (q.answer as string[]).map((p) => p.split(' → ') as [string, string]);
    return (q.prompts ?? []).map((left) => pairs.find(([l]) => l === left)?.[1] ?? '');
  }
  return q.answer;
}

/** A response that is wrong for single-answer types. */
export function wrongResponse(q: Question): QuestionResponse {
  if (q.parts) return [q.options?.find((o) => o !== q.answer) ?? 'definitely wrong', q.parts.options.find((o) => o !== q.parts?.answer) ?? 'definitely wrong'];
  if (typeof q.answer === 'string' && q.options) return q.options.find((o) => o !== q.answer) ?? 'definitely wrong';
  return 'definitely wrong';
}
