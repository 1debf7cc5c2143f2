import { MarkedText } from '@/components/explainer/marked-text';
import type { PassageView } from '@/lib/content/passage-view';

export type CitedPassageProps = {
  passage: PassageView;
  /** The link's visible words; its accessible name adds the source and paragraph. */
  linkText?: string;
  compact?: boolean;
};

/** The passage shown inline with the supporting words marked, and a link to it in the source reader. */
export function CitedPassage({ passage, linkText = 'Read it in the source', compact = false }: CitedPassageProps) {
  return (
    <figure className={`rounded-lg border-l-4 border-amber-400 bg-white dark:border-amber-300 dark:bg-stone-900 ${compact ? 'p-2 text-sm' : 'p-3'}`}>
      <blockquote className="font-serif leading-relaxed">
        <MarkedText text={passage.text} quote={passage.quote} sic={passage.sic} />
      </blockquote>
      <figcaption className="mt-2 text-sm text-stone-700 dark:text-stone-300">
        {passage.kind === 'course-note' ? 'Course note' : 'News report'}: {passage.sourceTitle}, paragraph {passage.n}.{' '}
        <a href={passage.href} className="font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300">
          {linkText}
          <span className="sr-only">: {passage.sourceTitle}, paragraph {passage.n}</span>
        </a>
      </figcaption>
    </figure>
  );
}
