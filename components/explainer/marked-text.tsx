import { findQuote } from '@/lib/content/text';

export type MarkedTextProps = { text: string; quote?: string | null; markClassName?: string };

/** Renders `text` with the words of `quote` (if found) in a <mark>. */
export function MarkedText({ text, quote, markClassName }: MarkedTextProps) {
  const source = text.normalize('NFC');
  const range = quote ? findQuote(source, quote) : null;
  if (!range) return <>{source}</>;
  return (
    <>
      {source.slice(0, range.start)}
      <mark className={markClassName ?? 'rounded-sm bg-amber-200 px-0.5 text-stone-900 dark:bg-amber-300'}>
        {source.slice(range.start, range.end)}
      </mark>
      {source.slice(range.end)}
    </>
  );
}
