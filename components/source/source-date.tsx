export type SourceDateProps = { source: { published: string; publishedInferred: boolean } };

const format = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A source's date, marked when the course inferred it from the text. */
export function SourceDate({ source }: SourceDateProps) {
  const label = format.format(new Date(`${source.published}T00:00:00Z`));
  return (
    <time dateTime={source.published}>
      {source.publishedInferred ? `about ${label} (date inferred)` : label}
    </time>
  );
}
