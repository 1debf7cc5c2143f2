import Link from 'next/link';
import { ReturningReader } from '@/components/progress/returning-reader';
import { assertContentValid, listExplainers, listSources } from '@/lib/content';

export default function HomePage() {
  assertContentValid();
  const explainers = listExplainers();
  const sources = listSources();
  return (
    <>
      <section aria-labelledby="intro-title" className="max-w-3xl">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-300">A short course</p>
        <h1 id="intro-title" className="mt-2 text-3xl font-bold tracking-tight sm:text-4xl">
          Mali and the Sahel: what happened, and how we know
        </h1>
        <p className="mt-4 text-lg leading-relaxed text-stone-700 dark:text-stone-300">
          Read short explainers about the UN mission in Mali, the coups of 2020 and 2021, the Wagner Group and the
          Alliance of Sahel States. Every fact has a numbered marker: open it to read the exact passage it comes from.
          Then check what you understood with a quiz built from those passages.
        </p>
        <p className="mt-3 text-sm text-stone-600 dark:text-stone-400">
          {explainers.length} {explainers.length === 1 ? 'module' : 'modules'} ·{' '}
          <Link href="/sources" className="underline underline-offset-2">
            {sources.length} sources
          </Link>
        </p>
      </section>

      <ReturningReader modules={explainers.map((e) => ({ slug: e.slug, order: e.order, title: e.title }))} />

      <section id="modules" aria-labelledby="modules-title" className="mt-10">
        <h2 id="modules-title" className="text-2xl font-bold tracking-tight">
          Modules
        </h2>
        <ol className="mt-4 grid gap-4 sm:grid-cols-2">
          {explainers.map((e) => (
            <li key={e.slug}>
              <article className="flex h-full flex-col rounded-xl border border-stone-200 bg-white p-5 shadow-sm dark:border-stone-800 dark:bg-stone-900">
                <p className="text-sm text-stone-600 dark:text-stone-400">
                  Module {e.order} · {e.readingMinutes} min read
                </p>
                <h3 className="mt-1 text-lg font-semibold leading-snug">
                  <Link href={`/explainers/${e.slug}`} className="underline-offset-4 hover:underline">
                    {e.title}
                  </Link>
                </h3>
                <p className="mt-2 text-stone-700 dark:text-stone-300">{e.summary}</p>
                <h4 className="mt-4 text-sm font-semibold">After this module you can:</h4>
                <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-stone-700 dark:text-stone-300">
                  {e.objectives.map((o) => (
                    <li key={o}>{o}</li>
                  ))}
                </ul>
              </article>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
