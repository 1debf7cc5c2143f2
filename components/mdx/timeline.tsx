import type { MdxContext } from './context';
import { SourceLink } from './source-link';

export type TimelineProps = { title?: string; children: React.ReactNode };

/** A vertical list of dated, cited events, oldest first as written. */
export function Timeline({ title, children }: TimelineProps) {
  return (
    <section aria-label={title ?? 'Timeline'} className="not-prose my-8 font-sans">
      {title ? <p className="mb-3 text-lg font-bold tracking-tight">{title}</p> : null}
      <ol className="relative ml-2 border-l-2 border-stone-300 dark:border-stone-600">{children}</ol>
    </section>
  );
}

const FULL = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "25 April 2013", "April 2013" or "2013" from an ISO date of that precision. */
export function formatEventDate(date: string): string {
  const parts = date.split('-');
  if (parts.length === 3) return FULL.format(new Date(`${date}T00:00:00Z`));
  if (parts.length === 2) return MONTH.format(new Date(`${date}-01T00:00:00Z`));
  return date;
}

export type EventProps = { date: string; to: string; quote?: string; also?: string; children: React.ReactNode; context: MdxContext };

export function Event({ date, to, quote, also, children, context }: EventProps) {
  const passage = context.passages[to];
  if (!passage) throw new Error(`Event: unknown passage ${to}`);
  return (
    <li className="relative mb-5 ml-5 last:mb-0">
      <span
        aria-hidden="true"
        className="absolute -left-[1.72rem] top-1 h-3 w-3 rounded-full border-2 border-brand-700 bg-white dark:border-brand-300 dark:bg-stone-950"
      />
      <time dateTime={date} className="block text-sm font-bold text-brand-700 dark:text-brand-300">
        {formatEventDate(date)}
      </time>
      <div className="event-text font-serif leading-relaxed [&_p]:m-0">{children}</div>
      <SourceLink passage={passage} quote={quote} />
      {(also ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((extra, i) => {
          const more = context.passages[extra];
          if (!more) throw new Error(`Event: unknown passage ${extra}`);
          return (
            <span key={extra}>
              {' · '}
              <SourceLink passage={more} />
            </span>
          );
        })}
    </li>
  );
}
