import { MarkedText } from '@/components/explainer/marked-text';
import type { CitedPassage } from './context';

export type SourceLinkProps = { passage: CitedPassage; quote?: string; popoverId: string; className?: string };

export function sourceLabel(passage: CitedPassage): string {
  if (passage.kind === 'course-note') return 'Course note';
  return passage.publisher === 'unknown' ? 'News report' : passage.publisher;
}

/**
 * A named (not numbered) citation for events and claims: shows which source it is, with the
 * passage in a popover on hover or focus, like <Cite>.
 */
export function SourceLink({ passage, quote, popoverId, className }: SourceLinkProps) {
  const href = quote ? `${passage.href.replace(/#.*/, '')}?mark=${encodeURIComponent(quote)}#p${passage.n}` : passage.href;
  return (
    <span className={`cite ${className ?? ''}`}>
      <a
        href={href}
        aria-describedby={popoverId}
        className="text-sm font-medium text-brand-700 underline underline-offset-2 hover:no-underline dark:text-brand-300"
      >
        <span className="sr-only">Source: </span>
        {sourceLabel(passage)}, ¶{passage.n}
      </a>
      <span
        role="tooltip"
        id={popoverId}
        className="cite-popover z-40 mt-1 rounded-lg border border-stone-300 bg-white p-3 text-left text-sm font-normal leading-relaxed text-stone-800 shadow-lg dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
      >
        <span className="mb-1 block text-xs font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400">
          {sourceLabel(passage)} · {passage.sourceTitle}, ¶{passage.n}
        </span>
        <span className="block">
          <MarkedText text={passage.text} quote={quote} />
        </span>
      </span>
    </span>
  );
}
