import { z } from 'zod';
import { slugSchema } from '../content/schemas';
import { decodeAnswers, encodeAnswers, isBlankResponse, responseFromFields, seedSchema, type FormFields } from './attempt';
import { getPracticeQuiz } from './bank';
import { orderingProblemInFields } from './ordering';
import { toPublicProof, toPublicQuestion } from './public';

const submissionSchema = z.object({
  slug: slugSchema,
  seed: seedSchema,
  a: z.string().max(20_000),
  question: z.string().min(1).max(40),
  /** A two-part item's stored first answer, posted with its proof step. */
  first: z.string().max(500).optional(),
});

/**
 * Where to go after one answer of a practice quiz is posted: the quiz page with the answer added to
 * the attempt in the URL, at its feedback. A malformed post goes home; a repeated or stale one (the
 * back button) returns to the attempt as it stands. Grading happens when that page renders.
 */
export function practiceAnswerUrl(fields: FormFields): string {
  const parsed = submissionSchema.safeParse({
    slug: fields.get('slug'),
    seed: fields.get('seed'),
    a: fields.get('a') ?? '',
    question: fields.get('question'),
    first: fields.get('first') ?? undefined,
  });
  if (!parsed.success) return '/';
  const { slug, seed, a, question, first } = parsed.data;
  const quiz = getPracticeQuiz(slug, seed);
  if (!quiz) return '/';
  const answers = decodeAnswers(a).slice(0, quiz.length);
  const base = `/explainers/${slug}/quiz?seed=${encodeURIComponent(seed)}`;
  const current = quiz[answers.length];
  if (!current || current.id !== question) return answers.length ? `${base}&a=${encodeAnswers(answers)}#feedback` : base;
  const publicQuestion = toPublicQuestion(current);
  const soFar = answers.length ? `&a=${encodeAnswers(answers)}` : '';
  // A refused ordering returns to the same question with the reason; the answers so far stay as they were.
  if (orderingProblemInFields(publicQuestion, fields)) return `${base}${soFar}&view=next&error=ordering#question`;
  const proofStep = toPublicProof(current);
  // A two-part item: the first answer waits in the URL (no key shown) while the proof step is asked; both make the answer.
  const firstAnswer = proofStep && first !== undefined ? String(responseFromFields(publicQuestion, { get: () => first, getAll: () => [first] })) : null;
  const response = responseFromFields(proofStep && firstAnswer ? proofStep : publicQuestion, fields);
  const again = (extra: string) => (answers.length || extra ? `${base}${soFar}${extra}&view=next#question` : `${base}#question`);
  // A first answer that is not one of the options starts the item again.
  if (firstAnswer !== null && isBlankResponse(firstAnswer)) return again('');
  // A blank answer is no answer (see decodeAnswers): back to the same step, with no feedback or key.
  if (isBlankResponse(response)) return again(firstAnswer ? `&first=${encodeURIComponent(firstAnswer)}` : '');
  if (proofStep && !firstAnswer) return again(`&first=${encodeURIComponent(String(response))}`);
  return `${base}&a=${encodeAnswers([...answers, firstAnswer ? [firstAnswer, String(response)] : response])}#feedback`;
}
