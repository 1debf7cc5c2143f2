import type { CitedPassage } from './context';
import { previewProps, sourceLabel } from './passage-popover';

export type SourceLinkProps = { passage: CitedPassage; quote?: string; className?: string };

/**
 * A named (not numbered) citation for events and claims: shows which source it is, with the
 * passage's preview on hover or focus, like <Cite>.
 */
export function SourceLink({ passage, quote, className }: SourceLinkProps) {
  const preview = previewProps(passage, quote);
  return (
    <span className={`cite ${className ?? ''}`} {...preview.wrapper}>
      <a href={passage.href} {...preview.link} className="source-link">
        <span className="sr-only">Source: </span>
        {`${sourceLabel(passage)}, ¶${passage.n}`}
      </a>
    </span>
  );
}
