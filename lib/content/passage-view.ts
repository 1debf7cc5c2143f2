import { getPassage, getSource, passageHref } from './sources';

/**
 * A cited passage as a reader sees it, wherever it is shown (quiz feedback, an attempt's revealed key, the
 * teacher's results, the explainer's popovers): the one shape for a citation shown to a person.
 */
export type PassageView = {
  /** `<slug>#p<n>` */
  id: string;
  /** The words that support the claim, marked in the text; null when the passage as a whole does. */
  quote: string | null;
  text: string;
  sourceTitle: string;
  publisher: string;
  kind: 'news' | 'course-note';
  n: number;
  /** The reader at this passage, asked to mark `quote`. */
  href: string;
  /** Words printed wrongly in the original, shown with "[sic]". */
  sic: string[];
  /** Course notes only: false when the note rests on no single primary document. */
  primary?: boolean;
};

/** The passage `id` with `quote` marked, or null when no such passage exists. */
export function getPassageView(id: string, quote: string | null = null): PassageView | null {
  const passage = getPassage(id);
  const source = passage ? getSource(passage.sourceSlug) : null;
  if (!passage || !source) return null;
  return {
    id,
    quote,
    text: passage.text,
    sourceTitle: source.title,
    publisher: source.publisher,
    kind: source.kind,
    n: passage.n,
    href: passageHref(id, quote ?? undefined),
    sic: passage.sic,
    primary: source.kind === 'course-note' ? Boolean(source.document) : undefined,
  };
}

/**
 * A question's citations as views, in order, once per (passage, quote) pair. Unknown passages are left out
 * (the content checks fail the build on them, so this only matters for a bank older than the content).
 */
export function listPassageViews(citations: readonly { passage: string; quote?: string | null }[]): PassageView[] {
  const seen = new Set<string>();
  return citations.flatMap((c) => {
    const key = `${c.passage}|${c.quote ?? ''}`;
    if (seen.has(key)) return [];
    seen.add(key);
    const view = getPassageView(c.passage, c.quote ?? null);
    return view ? [view] : [];
  });
}
