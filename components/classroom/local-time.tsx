'use client';

import { useEffect, useState } from 'react';
import { formatInstant } from '@/lib/classroom/time';

export type LocalTimeProps = { iso: string; zone?: string | null };

/**
 * An instant shown in the reader's own time zone. The server renders it in `zone` (the teacher's, when known)
 * with the zone named, so the page is right before and without JavaScript; the browser then switches to its zone.
 */
export function LocalTime({ iso, zone }: LocalTimeProps) {
  const [text, setText] = useState(() => formatInstant(iso, zone));
  useEffect(() => {
    setText(formatInstant(iso, Intl.DateTimeFormat().resolvedOptions().timeZone));
  }, [iso]);
  return <time dateTime={iso}>{text}</time>;
}
