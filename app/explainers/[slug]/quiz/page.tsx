import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FocusOnMount } from '@/components/quiz/focus-on-mount';
import { QuestionFeedback } from '@/components/quiz/question-feedback';
import { QuestionForm } from '@/components/quiz/question-form';
import { QuizSummary } from '@/components/quiz/quiz-summary';
import { QuizProgress } from '@/components/quiz/quiz-progress';
import { RecordQuizFinished } from '@/components/progress/record-progress';
import { UpLink } from '@/components/ui/up-link';
import { getExplainer } from '@/lib/content';
import { listPassageViews } from '@/lib/content/passage-view';
import { decodeAnswers, describeAnswer, describeProof, describeResponse, encodeAnswers, gradeAttempt, markResponse, seedSchema } from '@/lib/quiz/attempt';
import { getPracticeQuiz, START_SEED } from '@/lib/quiz/bank';
import { toPublicProof, toPublicQuestion } from '@/lib/quiz/public';
import { submitPracticeAnswer } from './actions';
import { formatScore } from '@/lib/classroom/format';
import { nextSetSeed } from '@/lib/quiz/next-set';

type PageProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const explainer = getExplainer((await params).slug);
  return explainer ? { title: `Quiz: ${explainer.title}`, robots: { index: false } } : {};
}

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);

export default async function QuizPage({ params, searchParams }: PageProps) {
  const { slug } = await params;
  const query = await searchParams;
  const explainer = getExplainer(slug);
  if (!explainer) notFound();
  const seedParam = one(query.seed);
  const seed = seedParam && seedSchema.safeParse(seedParam).success ? seedParam : START_SEED;
  const quiz = getPracticeQuiz(slug, seed) ?? [];
  const answers = decodeAnswers(one(query.a)).slice(0, quiz.length);
  const graded = gradeAttempt(quiz, answers);
  const done = graded.length;
  const view = one(query.view);
  // Set by the no-JavaScript path when an ordering gave one position to two events (see lib/quiz/ordering.ts).
  const refusal = one(query.error) === 'ordering' ? 'Each position can be used once, and every event needs one. Your answer was not saved: try again.' : null;
  const base = `/explainers/${slug}/quiz?seed=${encodeURIComponent(seed)}`;
  const stateHref = done ? `${base}&a=${encodeAnswers(answers)}` : base;
  const score = graded.reduce((sum, g) => sum + g.grade.score, 0);
  const last = graded[done - 1];
  const showSummary = done === quiz.length && quiz.length > 0 && view === 'summary';
  const showFeedback = !showSummary && last !== undefined && view !== 'next';
  const current = !showSummary && !showFeedback ? quiz[done] : undefined;
  // A two-part item whose first answer is given (and is one of its options): its proof step comes next.
  const firstParam = one(query.first);
  const proofStep = current && firstParam && current.options?.includes(firstParam) ? toPublicProof(current) : null;
  const lastProof = last ? describeProof(last.question, last.response) : null;

  const status = showFeedback && last
    ? lastProof
      ? `Question ${done}: ${lastProof.answerCorrect ? 'right answer' : `not the right answer, which is ${describeAnswer(last.question).join('; ')}`}; ${lastProof.proofCorrect ? 'and the right proof' : 'not the sentence that proves it'}.`
      : `Question ${done}: ${last.grade.correct ? 'correct' : 'not quite'}.${last.grade.correct ? '' : ` The right answer is ${describeAnswer(last.question).join('; ')}.`}`
    : showSummary
      ? `Quiz complete. Your score: ${formatScore(score)} out of ${quiz.length}.`
      : '';

  return (
    <article className="mx-auto max-w-2xl">
      <UpLink href={`/explainers/${slug}`}>Back to the explainer</UpLink>
      <header className="mt-3">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-300">
          Check your understanding · Module {explainer.order}
        </p>
        <h1 className="mt-1 text-2xl font-bold leading-tight tracking-tight sm:text-3xl">{explainer.title}</h1>
        <p className="mt-2 text-stone-700 dark:text-stone-300">
          {quiz.length} questions, one at a time. After each answer you see the passage it comes from.
          {done > 0 && !showSummary ? ` Answered ${done} of ${quiz.length}; score so far ${formatScore(score)}.` : ''}
        </p>
        {quiz.length > 0 ? <QuizProgress id="quiz-progress" answered={done} total={quiz.length} /> : null}
      </header>

      <p role="status" className="sr-only">
        {status}
      </p>

      {quiz.length === 0 ? <p className="mt-8">There are no questions for this module yet.</p> : null}

      {showFeedback && last ? (
        <FocusOnMount id="feedback" labelledBy="feedback-title" className="mt-6">
          <QuestionFeedback
            headingId="feedback-title"
            number={done}
            stem={last.question.stem}
            correct={last.grade.correct}
            score={last.grade.score}
            response={describeResponse(last.question, last.response)}
            marks={markResponse(last.question, last.response)}
            answer={describeAnswer(last.question)}
            ordered={last.question.type === 'ordering'}
            explanation={last.question.explanation}
            citations={listPassageViews(last.question.citations)}
            proof={lastProof}
          />
          <p className="mt-5">
            <Link
              href={done === quiz.length ? `${stateHref}&view=summary#summary` : `${stateHref}&view=next#question`}
              className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 dark:bg-brand-300 dark:text-stone-950 dark:hover:bg-brand-200"
            >
              {done === quiz.length ? 'See your score' : 'Next question'}
            </Link>
          </p>
        </FocusOnMount>
      ) : null}

      {current ? (
        <FocusOnMount id="question" labelledBy="question-title" className="mt-6" active={done > 0 || refusal !== null || proofStep !== null}>
          <h2 id="question-title" className="sr-only">
            Question {done + 1} of {quiz.length}
          </h2>
          {proofStep && firstParam ? (
            <p className="rounded-lg bg-stone-100 px-3 py-2 dark:bg-stone-900">
              <span className="block text-sm text-stone-700 dark:text-stone-300">{current.stem}</span>
              <span className="font-medium">Your answer: </span>
              {firstParam}
            </p>
          ) : null}
          <QuestionForm
            key={proofStep ? 'step-2' : 'step-1'}
            question={proofStep ?? toPublicQuestion(current)}
            action={submitPracticeAnswer}
            fallbackAction={`/explainers/${slug}/quiz/answer`}
            hidden={{ slug, seed, a: done ? encodeAnswers(answers) : '', ...(proofStep && firstParam ? { first: firstParam } : {}) }}
            position={{ number: done + 1, total: quiz.length }}
            error={refusal}
          />
        </FocusOnMount>
      ) : null}

      {showSummary ? (
        <FocusOnMount id="summary" labelledBy="summary-title" className="mt-6">
          <RecordQuizFinished slug={slug} score={score} total={quiz.length} />
          <QuizSummary
            headingId="summary-title"
            score={score}
            total={quiz.length}
            missed={graded
              .map((g, i) => ({ g, number: i + 1 }))
              .filter(({ g }) => !g.grade.correct)
              .map(({ g, number }) => ({ number, stem: g.question.stem, answer: describeAnswer(g.question), proof: g.question.parts?.answer, citations: listPassageViews(g.question.citations) }))}
            newSetHref={`/explainers/${slug}/quiz?seed=${nextSetSeed(seed, (s) => getPracticeQuiz(slug, s))}`}
            explainerHref={`/explainers/${slug}`}
          />
        </FocusOnMount>
      ) : null}
    </article>
  );
}
