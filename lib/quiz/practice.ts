import { z } from 'zod';
import { slugSchema } from '../content/schemas';
import { decodeAnswers, encodeAnswers, isBlankResponse, responseFromFields, seedSchema, type FormFields } from './attempt';
import { getPracticeQuiz } from './bank';
import { orderingProblemInFields } from './ordering';
import { toPublicQuestion } from './public';

const submissionSchema = z.object({
  slug: slugSchema,
  seed: seedSchema,
  a: z.string().max(20_000),
  question: z.string().min(1).max(40),
});

type FormLike = { get: (name: string) => unknown; getAll: (name: string) => unknown[] };

/**
 * Reads a submitted form (FormData or URLSearchParams) as the fields responseFromFields expects. Anything else
 * (a crafted server-action call) reads as an empty form, which practiceAnswerUrl sends home.
 */
export function formFields(input: unknown): FormFields {
  const form: FormLike = input instanceof FormData || input instanceof URLSearchParams ? input : { get: () => null, getAll: () => [] };
  return {
    get: (name) => {
      const v = form.get(name);
      return typeof v === 'string' ? v : null;
    },
    getAll: (name) => form.getAll(name).filter((v): v is string => typeof v === 'string'),
  };
}

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
  });
  if (!parsed.success) return '/';
  const { slug, seed, a, question } = parsed.data;
  const quiz = getPracticeQuiz(slug, seed);
  if (!quiz) return '/';
  const answers = decodeAnswers(a).slice(0, quiz.length);
  const base = `/explainers/${slug}/quiz?seed=${encodeURIComponent(seed)}`;
  const current = quiz[answers.length];
  if (!current || current.id !== question) return answers.length ? `${base}&a=${encodeAnswers(answers)}#feedback` : base;
  const publicQuestion = toPublicQuestion(current);
  // A refused ordering returns to the same question with the reason; the answers so far stay as they were.
  if (orderingProblemInFields(publicQuestion, fields)) {
    return `${base}${answers.length ? `&a=${encodeAnswers(answers)}` : ''}&view=next&error=ordering#question`;
  }
  const response = responseFromFields(publicQuestion, fields);
  // A blank answer is no answer (see decodeAnswers): back to the same question, with no feedback or key.
  if (isBlankResponse(response)) return answers.length ? `${base}&a=${encodeAnswers(answers)}&view=next#question` : `${base}#question`;
  return `${base}&a=${encodeAnswers([...answers, response])}#feedback`;
}
