import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PassageMarker } from '@/components/source/passage-marker';
import { SourceDate } from '@/components/source/source-date';
import { MarkedText } from '@/components/explainer/marked-text';
import { StaticHtml } from '@/components/explainer/static-html';
import { UpLink } from '@/components/ui/up-link';
import { putStaticHtml } from '@/lib/static-html';
import { assertContentValid, getSource, listCitedBy, listSources } from '@/lib/content';

export const dynamicParams = false;

export function generateStaticParams() {
  assertContentValid();
  return listSources().map((s) => ({ slug: s.slug }));
}

type PageProps = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const source = getSource((await params).slug);
  return source ? { title: source.title } : {};
}

export default async function SourcePage({ params }: PageProps) {
  assertContentValid();
  const source = getSource((await params).slug);
  if (!source) notFound();
  const citedBy = listCitedBy();
  const isNote = source.kind === 'course-note';
  // Plain links inside: a static part holds no client component (next/link is one).
  const paragraphs = putStaticHtml(
    <ol className="mt-8 space-y-3" aria-label="Paragraphs">
      {source.passages.map((p, i) => {
        const cites = citedBy.get(p.id) ?? [];
        const heading = p.section && p.section !== source.passages[i - 1]?.section ? p.section : null;
        return (
          <li key={p.id} className="list-none">
            {heading ? <h2 className="mb-2 mt-6 text-lg font-bold">{heading}</h2> : null}
            <div id={`p${p.n}`} className="passage scroll-mt-24 rounded-lg p-3 transition-colors">
              <div className="flex gap-3">
                <a
                  href={`#p${p.n}`}
                  className="w-7 shrink-0 pt-0.5 text-right text-sm font-semibold text-stone-500 no-underline hover:underline dark:text-stone-400"
                  aria-label={`Paragraph ${p.n}, link`}
                >
                  ¶{p.n}
                </a>
                <div className="min-w-0">
                  <p className="font-serif text-[1.0625rem] leading-relaxed">
                    <span data-passage-text="">
                      <MarkedText text={p.text} sic={p.sic} />
                    </span>
                  </p>
                  {cites.length > 0 ? (
                    <details className="mt-2 text-sm text-stone-700 dark:text-stone-300">
                      <summary className="cursor-pointer font-medium text-brand-700 dark:text-brand-300">
                        Cited by {cites.length} {cites.length === 1 ? 'sentence' : 'sentences'}
                      </summary>
                      <ul className="mt-2 space-y-2 border-l-2 border-stone-200 pl-3 dark:border-stone-700">
                        {cites.map((c) => (
                          <li key={`${c.explainerSlug}:${c.sentence}`}>
                            <a
                              href={`/explainers/${c.explainerSlug}${c.ordinal ? `#cite-${c.ordinal}` : ''}`}
                              className="underline underline-offset-2"
                            >
                              {c.explainerTitle}
                            </a>
                            : &ldquo;{c.sentence}&rdquo;
                          </li>
                        ))}
                      </ul>
                    </details>
                  ) : null}
                </div>
              </div>
            </div>
          </li>
        );
      })}
    </ol>,
  );
  return (
    <article className="mx-auto max-w-2xl">
      <UpLink href="/sources">All sources</UpLink>
      <header className="mt-3">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-300">
          {isNote ? 'Course note' : 'News article'}
        </p>
        <h1 className="mt-1 text-2xl font-bold leading-tight tracking-tight sm:text-3xl">{source.title}</h1>
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-semibold">Publisher</dt>
          <dd>{source.publisher === 'unknown' ? 'Unknown (not named on the page)' : source.publisher}</dd>
          {source.author ? (
            <>
              <dt className="font-semibold">Author</dt>
              <dd>{source.author}</dd>
            </>
          ) : null}
          <dt className="font-semibold">Date</dt>
          <dd>
            <SourceDate source={source} />
            {source.publishedNote ? <span className="block text-stone-600 dark:text-stone-400">{source.publishedNote}</span> : null}
          </dd>
          <dt className="font-semibold">Licence</dt>
          <dd>{source.license}</dd>
          {source.url ? (
            <>
              <dt className="font-semibold">Original</dt>
              <dd className="break-all">
                <a href={source.url} className="underline underline-offset-2">
                  {source.url}
                </a>
              </dd>
            </>
          ) : null}
        </dl>
        {source.titleSupplied ? (
          <p className="mt-3 text-sm text-stone-600 dark:text-stone-400">The original has no headline; the course wrote this title.</p>
        ) : null}
        {isNote ? (
          <div className="mt-4 space-y-2 rounded-lg border border-brand-200 bg-brand-50 p-3 text-sm dark:border-stone-700 dark:bg-stone-900">
            {source.document ? (
              <p>
                This is the course&rsquo;s own summary of{' '}
                {source.document.url ? (
                  <a href={source.document.url} className="font-semibold underline underline-offset-2">
                    {source.document.title}
                  </a>
                ) : (
                  <span className="font-semibold">{source.document.title}</span>
                )}{' '}
                ({source.document.publisher}, <SourceDate source={{ published: source.document.date, publishedInferred: false }} />
                ). It is not a quotation of the document.
                {source.document.urlIsCopy ? ' The link goes to a copy of the text published by another site.' : ''}
              </p>
            ) : (
              <p>This is the course&rsquo;s own summary, in its own words. It is not a quotation.</p>
            )}
            {source.basis ? (
              <p>
                <span className="font-semibold">Based on {source.basis.kind}:</span> {source.basis.description}
                {source.basis.url ? (
                  <>
                    {' '}
                    <a href={source.basis.url} className="underline underline-offset-2">
                      Read it<span className="sr-only">: {source.basis.kind}</span>
                    </a>
                    .
                  </>
                ) : null}
              </p>
            ) : null}
          </div>
        ) : (
          <p className="mt-4 text-sm text-stone-600 dark:text-stone-400">
            The text below is quoted exactly as published. Page furniture such as bylines and share buttons is left out.
          </p>
        )}
      </header>

      {/* HTML only, not in the RSC payload: the passages are the page (lib/static-html.ts). */}
      <StaticHtml id={paragraphs} name="paragraphs" announceFailure />
      <PassageMarker />
    </article>
  );
}
