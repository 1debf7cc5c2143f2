'use client';

import { useEffect } from 'react';

/**
 * WCAG 1.4.13: content shown on hover or focus must be dismissible without moving focus.
 * Escape hides every citation popover until the pointer moves or focus changes.
 */
export function CitationDismiss() {
  useEffect(() => {
    const root = document.documentElement;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') root.setAttribute('data-cite-dismissed', '');
    };
    const reset = () => root.removeAttribute('data-cite-dismissed');
    document.addEventListener('keydown', onKey);
    document.addEventListener('focusin', reset);
    document.addEventListener('pointermove', reset);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('focusin', reset);
      document.removeEventListener('pointermove', reset);
    };
  }, []);
  return null;
}
