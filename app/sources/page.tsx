import type { Metadata } from 'next';
import Link from 'next/link';
import { SourceDate } from '@/components/source/source-date';
import { assertContentValid, listSources, type Source } from '@/lib/content';

export const metadata: Metadata = { title: 'Sources' };

function SourceList({ sources }: { sources: Source[] }) {
  return (
    <ul className="mt-3 space-y-3">
      {sources.map((s) => (
        <li key={s.slug} className="rounded-xl border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
          <Link href={`/sources/${s.slug}`} className="text-lg font-semibold leading-snug underline-offset-4 hover:underline">
            {s.title}
          </Link>
          <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
            {s.kind === 'course-note' ? 'Course note' : s.publisher === 'unknown' ? 'Publisher unknown' : s.publisher} ·{' '}
            <SourceDate source={s} /> · {s.passages.length} paragraphs
          </p>
        </li>
      ))}
    </ul>
  );
}

export default function SourcesPage() {
  assertContentValid();
  const sources = listSources();
  const news = sources.filter((s) => s.kind === 'news');
  const notes = sources.filter((s) => s.kind === 'course-note');
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">Sources</h1>
      <p className="mt-3 leading-relaxed text-stone-700 dark:text-stone-300">
        Everything the course says comes from these texts. News articles are quoted exactly as published, spelling
        mistakes included. Course notes are the course&rsquo;s own summaries of official documents, and each one names
        the document it summarises.
      </p>
      <section aria-labelledby="news-title" className="mt-8">
        <h2 id="news-title" className="text-xl font-bold">
          News articles
        </h2>
        <SourceList sources={news} />
      </section>
      {notes.length > 0 ? (
        <section aria-labelledby="notes-title" className="mt-8">
          <h2 id="notes-title" className="text-xl font-bold">
            Course notes on official documents
          </h2>
          <SourceList sources={notes} />
        </section>
      ) : null}
    </div>
  );
}
