import { MarkedText } from '@/components/explainer/marked-text';
import type { MdxContext } from './context';

export type CiteProps = { to: string; quote?: string; ordinal?: string; context: MdxContext };

/**
 * A numbered citation marker. The link goes to the passage in the source reader; hovering or
 * focusing it shows the passage (CSS only, so it works without JavaScript).
 */
export function Cite({ to, quote, ordinal, context }: CiteProps) {
  const passage = context.passages[to];
  const number = context.references.indexOf(to) + 1;
  if (!passage || number === 0) throw new Error(`Cite: unknown passage ${to}`);
  if (context.quietOrdinals?.includes(Number(ordinal))) return <span id={`cite-${ordinal}`} />;
  const popoverId = `cite-pop-${ordinal}`;
  const href = quote ? `${passage.href.replace(/#.*/, '')}?mark=${encodeURIComponent(quote)}#p${passage.n}` : passage.href;
  return (
    <span className="cite">
      <a
        id={`cite-${ordinal}`}
        href={href}
        aria-describedby={popoverId}
        className="ml-0.5 inline-block rounded px-0.5 align-super text-xs font-semibold leading-none text-brand-700 no-underline hover:bg-brand-50 hover:underline dark:text-brand-300 dark:hover:bg-stone-800"
      >
        <span aria-hidden="true">[{number}]</span>
        <span className="sr-only">
          Source {number}: {passage.sourceTitle}, paragraph {passage.n}
        </span>
      </a>
      <span
        role="tooltip"
        id={popoverId}
        className="cite-popover z-40 mt-1 rounded-lg border border-stone-300 bg-white p-3 text-left text-sm font-normal leading-relaxed text-stone-800 shadow-lg dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
      >
        <span className="mb-1 block text-xs font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-400">
          {passage.kind === 'course-note' ? 'Course note' : passage.publisher === 'unknown' ? 'News report' : passage.publisher}
          {' · '}
          {passage.sourceTitle}, ¶{passage.n}
        </span>
        <span className="block">
          <MarkedText text={passage.text} quote={quote} />
        </span>
      </span>
    </span>
  );
}
