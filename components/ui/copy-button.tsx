'use client';

import { useEffect, useState } from 'react';

export type CopyButtonProps = { text: string; label: string };

/**
 * Copies `text` to the clipboard. Rendered only once the browser can copy (after hydration, with the Clipboard
 * API), so a page without JavaScript shows the text alone rather than a button that does nothing.
 */
export function CopyButton({ text, label }: CopyButtonProps) {
  const [canCopy, setCanCopy] = useState(false);
  const [copied, setCopied] = useState(false);
  useEffect(() => setCanCopy(typeof navigator !== 'undefined' && !!navigator.clipboard), []);
  if (!canCopy) return null;
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text);
            setCopied(true);
            setTimeout(() => setCopied(false), 2000);
          } catch {
            setCopied(false);
          }
        }}
        className="inline-flex min-h-10 items-center rounded-md border border-stone-400 bg-white px-3 py-1.5 text-sm font-semibold text-stone-900 hover:bg-stone-100 dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100"
      >
        {label}
      </button>
      <span aria-live="polite" className="text-sm text-brand-700 dark:text-brand-300">
        {copied ? 'Copied' : ''}
      </span>
    </span>
  );
}
