import { formatEventDate } from '@/components/mdx/timeline';

export type CourseTimelineEvent = {
  date: string;
  text: string;
  explainerSlug: string;
  explainerTitle: string;
  source: { href: string; label: string; title: string; n: number };
};

export type CourseTimelineProps = { events: CourseTimelineEvent[] };

/** All events of the course, grouped by year on one vertical line. Plain links: the timeline page sends it as a static part (lib/static-html.ts). */
export function CourseTimeline({ events }: CourseTimelineProps) {
  const years = [...new Set(events.map((e) => e.date.slice(0, 4)))];
  return (
    <div className="mt-8">
      {years.map((year) => (
        <section key={year} aria-labelledby={`year-${year}`} className="mb-8">
          <h2 id={`year-${year}`} className="mb-3 text-2xl font-bold tracking-tight">
            {year}
          </h2>
          <ol className="ml-2 border-l-2 border-stone-300 dark:border-stone-600">
            {events
              .filter((e) => e.date.startsWith(year))
              .map((e) => (
                <li key={`${e.date}-${e.source.href}`} className="relative mb-5 ml-5 last:mb-0">
                  <span
                    aria-hidden="true"
                    className="absolute -left-[1.72rem] top-1 h-3 w-3 rounded-full border-2 border-brand-700 bg-white dark:border-brand-300 dark:bg-stone-950"
                  />
                  <time dateTime={e.date} className="block text-sm font-bold text-brand-700 dark:text-brand-300">
                    {formatEventDate(e.date)}
                  </time>
                  <p className="font-serif leading-relaxed">{e.text}</p>
                  <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
                    <a href={e.source.href} className="font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300">
                      <span className="sr-only">Source: </span>
                      {e.source.label}, ¶{e.source.n}
                    </a>
                    <span className="text-stone-600 dark:text-stone-400"> ({e.source.title})</span>
                    {' · '}
                    <a href={`/explainers/${e.explainerSlug}`} className="underline underline-offset-2">
                      <span className="sr-only">Module: </span>
                      {e.explainerTitle}
                    </a>
                  </p>
                </li>
              ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
