import type { GlossaryEntry } from './context';

export type TermProps = { name?: string; entry: GlossaryEntry; id: string; children: React.ReactNode };

/**
 * A glossary word: its definition shows on hover or focus (CSS only, Escape hides it, like
 * citations) and the link opens the glossary, which also works on touch screens and without JavaScript.
 */
export function Term({ entry, id, children }: TermProps) {
  return (
    <span className="cite term">
      <a
        href={`/glossary#${entry.slug}`}
        aria-describedby={id}
        className="term-link"
      >
        {children}
      </a>
      <span
        role="tooltip"
        id={id}
        className="cite-popover"
      >
        {/* One text node (a template string): separate pieces cost a comment marker each in the HTML. */}
        <span className="cite-popover-head">{`Glossary · ${entry.name}`}</span>
        <span className="block">{entry.definition}</span>
      </span>
    </span>
  );
}
