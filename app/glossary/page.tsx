import type { Metadata } from 'next';
import Link from 'next/link';
import { assertContentValid, listExplainers, listGlossaryTerms, termSlug, type ElementUse } from '@/lib/content';

export const metadata: Metadata = {
  title: 'Glossary',
  description: 'The words the course uses about the UN, coups and alliances, in plain language.',
};

function termsUsed(uses: ElementUse[], into: Set<string>): Set<string> {
  for (const use of uses) {
    if (use.name === 'Term') into.add(termSlug(typeof use.attributes.name === 'string' ? use.attributes.name : use.text));
    termsUsed(use.children, into);
  }
  return into;
}

export default function GlossaryPage() {
  assertContentValid();
  const terms = listGlossaryTerms();
  const modules = listExplainers().map((e) => ({ slug: e.slug, title: e.title, terms: termsUsed(e.elements, new Set()) }));
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold tracking-tight">Glossary</h1>
      <p className="mt-3 leading-relaxed text-stone-700 dark:text-stone-300">
        Words the modules use, in plain language. In a module, a word with a dotted underline shows its definition when
        you hover over it or tab to it.
      </p>
      <dl className="mt-8 space-y-4">
        {terms.map((t) => {
          const usedIn = modules.filter((m) => m.terms.has(t.slug));
          return (
            <div key={t.slug} id={t.slug} className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
              <dt className="text-lg font-bold">
                <dfn className="not-italic">{t.name}</dfn>
              </dt>
              <dd className="mt-1 leading-relaxed">{t.definition}</dd>
              {usedIn.length > 0 ? (
                <dd className="mt-2 text-sm text-stone-600 dark:text-stone-400">
                  Used in:{' '}
                  {usedIn.map((m, i) => (
                    <span key={m.slug}>
                      {i > 0 ? ', ' : ''}
                      <Link href={`/explainers/${m.slug}`} className="underline underline-offset-2">
                        {m.title}
                      </Link>
                    </span>
                  ))}
                </dd>
              ) : null}
            </div>
          );
        })}
      </dl>
    </div>
  );
}
