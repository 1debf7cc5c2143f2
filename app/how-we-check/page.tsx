import type { Metadata } from 'next';
import Link from 'next/link';
import { formatEventDate } from '@/components/mdx/timeline';
import { assertContentValid, getExplainer, listCorrections, listSources } from '@/lib/content';

export const metadata: Metadata = {
  title: 'How this course checks its facts',
  description: 'How every claim is cited, what news articles and course notes are, how the course shows disagreements, and its record of corrections.',
};

export default function HowWeCheckPage() {
  assertContentValid();
  const sources = listSources();
  const news = sources.filter((s) => s.kind === 'news').length;
  const notes = sources.length - news;
  const corrections = listCorrections();
  return (
    <article className="mx-auto max-w-2xl leading-relaxed">
      <h1 className="text-3xl font-bold tracking-tight">How this course checks its facts</h1>
      <p className="mt-3 text-lg text-stone-700 dark:text-stone-300">
        Every fact in the modules can be traced to the words it comes from. This page explains how, and lists what the
        course has corrected.
      </p>

      <h2 className="mt-10 text-xl font-bold tracking-tight">Citations</h2>
      <p className="mt-2">
        Each factual sentence ends with a numbered citation, like <span className="font-semibold">[1]</span>. It points
        to one paragraph of a source. Hover over it or tab to it to read that paragraph; select it to open the source with
        the supporting words marked.
      </p>
      <p className="mt-2">
        Before the site is built, a program checks every citation: the paragraph must exist, and any quoted words must
        appear in it exactly. Quiz questions are made from the same cited sentences, so the quiz and the text cannot
        drift apart.
      </p>

      <h2 className="mt-10 text-xl font-bold tracking-tight">News articles and course notes</h2>
      <p className="mt-2">
        The course uses two kinds of <Link href="/sources" className="underline underline-offset-2">sources</Link>.
      </p>
      <ul className="mt-2 list-disc space-y-2 pl-6">
        <li>
          <span className="font-semibold">News articles</span> ({news}) are quoted exactly as published, mistakes
          included. Where an article misprints a word, the course shows &ldquo;[sic]&rdquo; after it, which means
          &ldquo;this is how the original has it&rdquo;.
        </li>
        <li>
          <span className="font-semibold">Course notes</span> ({notes}) are the course&rsquo;s own summaries, never
          quotations. Each note summarises one document, such as a UN resolution or a government statement, and links to
          it where the course has checked a copy. A note holds only what its document could contain: nothing that happened after the document&rsquo;s date.
          When a fact does not come from one primary document, the note says what it rests on instead, for example an
          encyclopedia article or news agency reports.
        </li>
      </ul>

      <h2 className="mt-10 text-xl font-bold tracking-tight">When sources disagree</h2>
      <p className="mt-2">
        Sources sometimes give different numbers, dates or words for the same thing. The course does not hide this. A
        &ldquo;Sources disagree&rdquo; box shows what each source says, side by side, with its citation. Where a document
        can settle the question, the box says what it shows.
      </p>
      <p className="mt-2">
        A claim that a document shows to be wrong appears only as that source&rsquo;s claim, never in the course&rsquo;s
        own voice and never as the right answer to a quiz question. Views, as opposed to facts, are always given with the
        name of whoever holds them.
      </p>

      <h2 className="mt-10 text-xl font-bold tracking-tight">Corrections</h2>
      <p className="mt-2">
        When the course gets something wrong, it corrects the text and the questions, and records the change here, newest
        first.
      </p>
      <ol className="mt-4 space-y-4">
        {corrections.map((c, i) => {
          const module = c.module === 'all' ? null : getExplainer(c.module);
          return (
            <li key={i} className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900">
              <p className="text-sm font-semibold text-stone-700 dark:text-stone-300">
                <time dateTime={c.date}>{formatEventDate(c.date)}</time>
                {' · '}
                {module ? (
                  <Link href={`/explainers/${module.slug}`} className="underline underline-offset-2">
                    {module.title}
                  </Link>
                ) : (
                  'All modules'
                )}
              </p>
              <p className="mt-2">
                <span className="font-semibold">Was: </span>
                {c.was}
              </p>
              <p className="mt-1">
                <span className="font-semibold">Now: </span>
                {c.now}
              </p>
            </li>
          );
        })}
      </ol>
    </article>
  );
}
