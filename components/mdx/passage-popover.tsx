import { MarkedText } from '@/components/explainer/marked-text';
import type { CitedPassage } from './context';

export function sourceLabel(passage: CitedPassage): string {
  if (passage.kind === 'course-note') return 'Course note';
  return passage.publisher === 'unknown' ? 'News report' : passage.publisher;
}

/** The reader's address for a cited passage, asking it to mark `quote` when there is one. */
export function citedPassageHref(passage: CitedPassage, quote?: string): string {
  return quote ? `${passage.href.replace(/#.*/, '')}?mark=${encodeURIComponent(quote)}#p${passage.n}` : passage.href;
}

export type PassagePopoverProps = { id: string; passage: CitedPassage; quote?: string };

/**
 * The passage shown when a citation is hovered or focused (the `.cite` wrapper's CSS shows it;
 * the link points at it with aria-describedby). Shared by numbered and named citations.
 */
export function PassagePopover({ id, passage, quote }: PassagePopoverProps) {
  return (
    <span
      role="tooltip"
      id={id}
      className="cite-popover z-40 mt-1 rounded-lg border border-stone-300 bg-white p-3 text-left text-sm font-normal leading-relaxed text-stone-800 shadow-lg dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
    >
      <span className="mb-1 block text-xs font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400">
        {sourceLabel(passage)} · {passage.sourceTitle}, ¶{passage.n}
      </span>
      <span className="block">
        <MarkedText text={passage.text} quote={quote} sic={passage.sic} />
      </span>
    </span>
  );
}
