import { MarkedText } from '@/components/explainer/marked-text';

/** A cited passage resolved for display: its text, the supporting words and a link to the reader. */
export type QuizCitation = { passage: string; quote: string; text: string; sourceTitle: string; n: number; href: string; isNote: boolean; sic?: string[] };

export type CitedPassageProps = { citation: QuizCitation };

/** The passage shown inline with the supporting words marked, and a link to it in the source reader. */
export function CitedPassage({ citation }: CitedPassageProps) {
  return (
    <figure className="rounded-lg border-l-4 border-amber-400 bg-white p-3 dark:border-amber-300 dark:bg-stone-900">
      <blockquote className="font-serif leading-relaxed">
        <MarkedText text={citation.text} quote={citation.quote} sic={citation.sic} />
      </blockquote>
      <figcaption className="mt-2 text-sm text-stone-700 dark:text-stone-300">
        {citation.isNote ? 'Course note' : 'News report'}: {citation.sourceTitle}, paragraph {citation.n}.{' '}
        <a href={citation.href} className="font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300">
          Read it in the source<span className="sr-only">: {citation.sourceTitle}, paragraph {citation.n}</span>
        </a>
      </figcaption>
    </figure>
  );
}
