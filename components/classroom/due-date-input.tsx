'use client';

import { useEffect, useState } from 'react';

export type DueDateInputProps = {
  label: string;
  hint?: string;
  /** A wall-clock time already chosen ("2030-06-15T15:30"), read in `zone`. */
  defaultValue?: string;
  /** The zone of `defaultValue` (an edit keeps the zone the teacher first picked in); else the browser's. */
  zone?: string | null;
};

/**
 * A wall-clock date and time (`dueLocal`) plus the browser's time zone (`timeZone`); the server turns the pair
 * into an instant. Without JavaScript the zone is empty and the time is read as UTC, which the hint says.
 */
export function DueDateInput({ label, hint, defaultValue, zone: givenZone }: DueDateInputProps) {
  const [zone, setZone] = useState(givenZone ?? '');
  useEffect(() => {
    if (!givenZone) setZone(Intl.DateTimeFormat().resolvedOptions().timeZone);
  }, [givenZone]);
  return (
    <div className="mt-3">
      <label htmlFor="due-local" className="block text-sm font-medium">
        {label}
      </label>
      <input
        id="due-local"
        name="dueLocal"
        type="datetime-local"
        defaultValue={defaultValue}
        aria-describedby="due-hint"
        className="mt-1 block rounded-md border border-stone-400 bg-white px-3 py-2 dark:border-stone-600 dark:bg-stone-900"
      />
      <input type="hidden" name="timeZone" value={zone} />
      <p id="due-hint" className="mt-1 text-sm text-stone-600 dark:text-stone-400">
        {hint ? `${hint} ` : ''}
        {zone ? `Time zone: ${zone.replace(/_/g, ' ')}.` : 'Times are in UTC.'}
      </p>
    </div>
  );
}
