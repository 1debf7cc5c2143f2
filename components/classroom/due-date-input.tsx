'use client';

import { useState } from 'react';

/** A local date-time picker that submits the moment as an ISO string in `name`, so the server needs no time zone. */
export function DueDateInput({ name, label, hint }: { name: string; label: string; hint?: string }) {
  const [iso, setIso] = useState('');
  return (
    <div className="mt-3">
      <label htmlFor="due-local" className="block text-sm font-medium">
        {label}
      </label>
      <input
        id="due-local"
        type="datetime-local"
        aria-describedby={hint ? 'due-hint' : undefined}
        onChange={(e) => {
          const d = new Date(e.currentTarget.value);
          setIso(Number.isNaN(d.getTime()) ? '' : d.toISOString());
        }}
        className="mt-1 block rounded-md border border-stone-400 bg-white px-3 py-2 dark:border-stone-600 dark:bg-stone-900"
      />
      <input type="hidden" name={name} value={iso} />
      {hint ? (
        <p id="due-hint" className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
