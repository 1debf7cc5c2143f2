import type { MdxContext } from './context';
import { previewProps } from './passage-popover';

export type CiteProps = { to: string; quote?: string; ordinal?: string; context: MdxContext };

/**
 * A numbered citation marker. The link goes to the passage in the source reader; hovering or
 * focusing it shows the passage's preview (CSS only, so it works without JavaScript).
 */
export function Cite({ to, quote, ordinal, context }: CiteProps) {
  const passage = context.passages[to];
  const number = context.references.indexOf(to) + 1;
  if (!passage || number === 0) throw new Error(`Cite: unknown passage ${to}`);
  if (context.quietOrdinals?.includes(Number(ordinal))) return <span id={`cite-${ordinal}`} />;
  const preview = previewProps(passage, quote);
  // Inline, not inline-block: "2012[3]." then has no line-break opportunity, so a marker never starts a line alone.
  return (
    <span className="cite" {...preview.wrapper}>
      {/* A word joiner: no line break between the cited words and the marker, or between two markers. */}
      {'\u2060'}
      <a
        id={`cite-${ordinal}`}
        href={passage.href}
        {...preview.link}
        className="cite-marker"
        // The name says which citation; its description (the preview: source, paragraph and text) says the rest.
        aria-label={`Source ${number}`}
      >
        {`[${number}]`}
      </a>
    </span>
  );
}
