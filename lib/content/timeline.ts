import { listExplainers, type ElementUse } from './explainers';

export type TimelineEvent = {
  /** ISO year, year-month or date. */
  date: string;
  text: string;
  /** Passage id the event cites. */
  to: string;
  quote: string | null;
  explainerSlug: string;
  explainerTitle: string;
};

function walk(uses: ElementUse[], visit: (use: ElementUse) => void): void {
  for (const use of uses) {
    visit(use);
    walk(use.children, visit);
  }
}

/** Every `<Event>` of every explainer, oldest first; an event repeated in a later module (same date and passage) is listed once. */
export function listTimelineEvents(): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const e of listExplainers()) {
    walk(e.elements, (use) => {
      if (use.name !== 'Event') return;
      const { date, to, quote } = use.attributes;
      if (typeof date !== 'string' || typeof to !== 'string') return;
      if (events.some((x) => x.date === date && x.to === to)) return;
      events.push({
        date,
        text: use.text.trim(),
        to,
        quote: typeof quote === 'string' ? quote : null,
        explainerSlug: e.slug,
        explainerTitle: e.title,
      });
    });
  }
  // Stable sort keeps module order for events on the same day.
  return events.sort((a, b) => a.date.localeCompare(b.date));
}
