import type { MdxContext } from './context';
import { sourceLabel } from './passage-popover';
import { SourceLink } from './source-link';

export type SourcesDisagreeProps = { topic: string; id: string; children: React.ReactNode };

/** What several sources say about one thing, side by side (stacked on phones), then what settles it. */
export function SourcesDisagree({ topic, id, children }: SourcesDisagreeProps) {
  return (
    <section
      aria-labelledby={id}
      className="sources-disagree not-prose my-8 rounded-xl border-2 border-dashed border-amber-600 p-4 font-sans dark:border-amber-400"
    >
      <p className="text-xs font-bold uppercase tracking-wide text-amber-800 dark:text-amber-300">Sources disagree</p>
      <h3 id={id} className="mt-1 text-lg font-bold leading-snug">
        {topic}
      </h3>
      <div className="mt-3 grid gap-3 sm:grid-cols-2">{children}</div>
    </section>
  );
}

export type ClaimProps = { to: string; quote?: string; children: React.ReactNode; context: MdxContext };

export function Claim({ to, quote, children, context }: ClaimProps) {
  const passage = context.passages[to];
  if (!passage) throw new Error(`Claim: unknown passage ${to}`);
  return (
    <div className="flex flex-col rounded-lg border border-stone-300 bg-white p-3 dark:border-stone-700 dark:bg-stone-900">
      <p className="text-sm font-semibold text-stone-700 dark:text-stone-300">
        {sourceLabel(passage)}
        <span className="font-normal"> · {passage.sourceTitle}</span>
      </p>
      {/* A course note is the course's summary, never shown as a quotation. */}
      {quote && passage.kind !== 'course-note' ? (
        <blockquote className="mt-2 border-l-4 border-stone-400 pl-3 font-serif italic dark:border-stone-500">
          &ldquo;{quote}&rdquo;
        </blockquote>
      ) : null}
      <div className="mt-2 flex-1 leading-relaxed [&_p]:m-0">{children}</div>
      <p className="mt-2">
        <SourceLink passage={passage} quote={quote} />
      </p>
    </div>
  );
}

export type SettlesProps = { to: string; quote?: string; children: React.ReactNode; context: MdxContext };

/** What a primary document (through its course note) says; spans the whole width below the claims. */
export function Settles({ to, quote, children, context }: SettlesProps) {
  const passage = context.passages[to];
  if (!passage) throw new Error(`Settles: unknown passage ${to}`);
  return (
    <div className="rounded-lg border-2 border-brand-700 bg-brand-50 p-3 sm:col-span-2 dark:border-brand-300 dark:bg-stone-800">
      <p className="text-sm font-bold text-brand-800 dark:text-brand-200">
        <span aria-hidden="true">✓ </span>
        {passage.primary === false ? 'What the checked record shows' : 'What the primary document says'}
      </p>
      <div className="mt-1 leading-relaxed [&_p]:m-0">{children}</div>
      <p className="mt-2 text-sm">
        <SourceLink passage={passage} quote={quote} />
        <span className="text-stone-700 dark:text-stone-300"> · {passage.sourceTitle}</span>
      </p>
    </div>
  );
}
