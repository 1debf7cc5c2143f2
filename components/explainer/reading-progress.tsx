'use client';

import { useEffect, useRef } from 'react';

/**
 * A thin bar under the header showing how far down the page the reader is. Decorative (the
 * scroll bar says the same to assistive technology), so hidden from it; without JavaScript it stays empty.
 */
export function ReadingProgress() {
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      const root = document.documentElement;
      const max = root.scrollHeight - root.clientHeight;
      const share = max > 0 ? Math.min(1, Math.max(0, root.scrollTop / max)) : 1;
      if (bar.current) bar.current.style.transform = `scaleX(${share})`;
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      cancelAnimationFrame(frame);
    };
  }, []);
  return (
    <div aria-hidden="true" className="pointer-events-none fixed inset-x-0 top-0 z-40 h-1">
      <div ref={bar} style={{ transform: 'scaleX(0)' }} className="h-full origin-left bg-brand-600 dark:bg-brand-300" />
    </div>
  );
}
