import { findQuote, listSicOffsets } from '@/lib/content/text';

export type MarkedTextProps = { text: string; quote?: string | null; markClassName?: string; sic?: readonly string[] };

/**
 * Renders `text` with the words of `quote` (if found) in a <mark>, and "[sic]" after each word the
 * source printed wrongly. The "[sic]" is a separate element marked data-sic, so the text itself
 * stays exactly as published.
 */
export function MarkedText({ text, quote, markClassName, sic = [] }: MarkedTextProps) {
  const source = text.normalize('NFC');
  const range = quote ? findQuote(source, quote) : null;
  const sicAt = listSicOffsets(source, sic);
  const cuts = [...new Set([0, source.length, ...sicAt, ...(range ? [range.start, range.end] : [])])].sort((a, b) => a - b);
  const parts: React.ReactNode[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    const piece = source.slice(from, to);
    parts.push(
      range && from >= range.start && to <= range.end ? (
        <mark key={`m${from}`} className={markClassName ?? 'rounded-sm bg-amber-200 px-0.5 text-stone-900 dark:bg-amber-300'}>
          {piece}
        </mark>
      ) : (
        piece
      ),
    );
    if (sicAt.includes(to)) {
      parts.push(
        <span key={`s${to}`} data-sic="" className="not-italic text-stone-600 dark:text-stone-400">
          {' '}
          [sic]
        </span>,
      );
    }
  }
  return <>{parts}</>;
}
