import Link from 'next/link';
import { PARTIAL_CREDIT_NOTE, formatScore, hasPartialCredit } from '@/lib/classroom/format';
import type { PassageView } from '@/lib/content/passage-view';
import { CitedPassage } from './cited-passage';

/** `proof`: a two-part item's sentence that proves the answer. */
export type MissedQuestion = { number: number; stem: string; answer: string[]; proof?: string; citations: PassageView[] };

export type QuizSummaryProps = {
  score: number;
  total: number;
  missed: MissedQuestion[];
  newSetHref: string;
  explainerHref: string;
  headingId?: string;
};

/** The end of a quiz: the score, each missed question with the passage to reread, and a new set. */
export function QuizSummary({ score, total, missed, newSetHref, explainerHref, headingId }: QuizSummaryProps) {
  return (
    <div>
      <h2 id={headingId} className="text-2xl font-bold tracking-tight">
        Your score: {formatScore(score)} out of {total}
      </h2>
      {hasPartialCredit(score) ? <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">{PARTIAL_CREDIT_NOTE}</p> : null}
      <p className="mt-2 text-stone-700 dark:text-stone-300">
        {missed.length === 0
          ? 'You answered every question right.'
          : `You missed ${missed.length} ${missed.length === 1 ? 'question' : 'questions'}. Reread the passage for each one below.`}
      </p>
      {missed.length > 0 ? (
        <ol className="mt-4 space-y-5">
          {missed.map((m) => (
            <li key={m.number} className="rounded-xl border border-stone-300 p-4 dark:border-stone-700">
              <h3 className="font-semibold">
                Question {m.number}: {m.stem}
              </h3>
              <p className="mt-1">
                Right answer: <strong>{m.answer.join('; ')}</strong>
              </p>
              {m.proof ? (
                <p className="mt-1">
                  The sentence that proves it: <strong>“{m.proof}”</strong>
                </p>
              ) : null}
              <div className="mt-3 space-y-3">
                {m.citations.map((c, i) => (
                  <CitedPassage key={`${c.id}-${i}`} passage={c} />
                ))}
              </div>
            </li>
          ))}
        </ol>
      ) : null}
      <div className="mt-6 flex flex-wrap gap-3">
        <Link
          href={newSetHref}
          className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 dark:bg-brand-300 dark:text-stone-950 dark:hover:bg-brand-200"
        >
          Try a new set
        </Link>
        <Link href={explainerHref} className="inline-flex min-h-11 items-center rounded-lg px-3 py-2 font-medium underline underline-offset-4">
          Back to the explainer
        </Link>
      </div>
    </div>
  );
}
