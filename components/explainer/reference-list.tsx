import type { CitedPassage } from '@/components/mdx';

export type ReferenceListProps = { passages: CitedPassage[] };

/** The numbered list of every passage an explainer cites, in marker order (styled in app/globals.css: its numbers are a CSS counter, and one class per part keeps the page light). */
export function ReferenceList({ passages }: ReferenceListProps) {
  return (
    <section aria-labelledby="references-title" className="mt-12 border-t border-stone-200 pt-6 dark:border-stone-800">
      <h2 id="references-title" className="text-xl font-bold tracking-tight">
        Sources for this module
      </h2>
      <ol className="references mt-3 space-y-2 text-sm">
        {passages.map((p) => (
          <li key={p.id}>
            <span>
              <a href={p.href}>{`${p.sourceTitle}, paragraph ${p.n}`}</a>
              <span className="reference-kind">{` · ${p.kind === 'course-note' ? 'course note' : p.publisher === 'unknown' ? 'news, publisher unknown' : p.publisher}`}</span>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
