import type { Metadata } from 'next';
import { StaticHtml } from '@/components/explainer/static-html';
import { CourseTimeline } from '@/components/timeline/course-timeline';
import { putStaticHtml } from '@/lib/static-html';
import { assertContentValid, getPassage, getSource, listTimelineEvents, passageHref } from '@/lib/content';

export const metadata: Metadata = {
  title: 'Timeline',
  description: 'Every dated event in the course, from the 2012 uprising to the Alliance of Sahel States, each with its source.',
};

export default function TimelinePage() {
  assertContentValid();
  const events = listTimelineEvents().map((e) => {
    const passage = getPassage(e.to);
    const source = passage ? getSource(passage.sourceSlug) : null;
    if (!passage || !source) throw new Error(`unknown passage ${e.to}`);
    return {
      ...e,
      source: {
        href: passageHref(e.to, e.quote ?? undefined),
        label: source.kind === 'course-note' ? 'Course note' : source.publisher === 'unknown' ? 'News report' : source.publisher,
        title: source.title,
        n: passage.n,
      },
    };
  });
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold tracking-tight">Timeline</h1>
      <p className="mt-3 leading-relaxed text-stone-700 dark:text-stone-300">
        Every dated event from the course&rsquo;s modules on one line, oldest first. Each event links to the passage it
        comes from and to the module that explains it.
      </p>
      {/* HTML only, not in the RSC payload (lib/static-html.ts): the events are the page. */}
      <StaticHtml id={putStaticHtml(<CourseTimeline events={events} />)} name="timeline" announceFailure />
    </div>
  );
}
