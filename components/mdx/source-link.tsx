import type { CitedPassage } from './context';
import { PassagePopover, citedPassageHref, sourceLabel } from './passage-popover';

export type SourceLinkProps = { passage: CitedPassage; quote?: string; popoverId: string; className?: string };

/**
 * A named (not numbered) citation for events and claims: shows which source it is, with the
 * passage in a popover on hover or focus, like <Cite>.
 */
export function SourceLink({ passage, quote, popoverId, className }: SourceLinkProps) {
  return (
    <span className={`cite ${className ?? ''}`}>
      <a
        href={citedPassageHref(passage, quote)}
        aria-describedby={popoverId}
        className="text-sm font-medium text-brand-700 underline underline-offset-2 hover:no-underline dark:text-brand-300"
      >
        <span className="sr-only">Source: </span>
        {sourceLabel(passage)}, ¶{passage.n}
      </a>
      <PassagePopover id={popoverId} passage={passage} quote={quote} />
    </span>
  );
}
