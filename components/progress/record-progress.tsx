'use client';

import { useEffect, useRef } from 'react';
import type { DeviceProgress } from '@/lib/progress/device-progress';

/**
 * Applies `change` to this device's progress in localStorage. The module (and the zod it validates with) loads
 * only when something is recorded, so it adds nothing to the JavaScript an explainer page loads up front.
 */
async function update(change: (p: DeviceProgress, progress: typeof import('@/lib/progress/device-progress')) => DeviceProgress) {
  const progress = await import('@/lib/progress/device-progress');
  try {
    const current = progress.parseDeviceProgress(window.localStorage.getItem(progress.DEVICE_PROGRESS_KEY));
    window.localStorage.setItem(progress.DEVICE_PROGRESS_KEY, JSON.stringify(change(current, progress)));
  } catch {
    // Storage full or blocked: the reminder on the home page is a convenience, nothing depends on it.
  }
}

export type RecordReadingProps = { slug: string };

/**
 * Marks the module as read on this device once its end (this empty element) has reached the screen. A scroll
 * check rather than an IntersectionObserver: a jump from the top to the footer never intersects the marker.
 */
export function RecordReading({ slug }: RecordReadingProps) {
  const end = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let frame = 0;
    const check = () => {
      frame = 0;
      if (!end.current || end.current.getBoundingClientRect().top > window.innerHeight) return;
      window.removeEventListener('scroll', schedule);
      void update((p, { withModuleRead }) => withModuleRead(p, slug, new Date()));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(check);
    };
    check();
    window.addEventListener('scroll', schedule, { passive: true });
    return () => {
      window.removeEventListener('scroll', schedule);
      cancelAnimationFrame(frame);
    };
  }, [slug]);
  return <div ref={end} aria-hidden="true" />;
}

export type RecordQuizFinishedProps = { slug: string; score: number; total: number };

/** Notes a finished practice quiz on this device (rendered with the quiz's score). */
export function RecordQuizFinished({ slug, score, total }: RecordQuizFinishedProps) {
  useEffect(() => {
    void update((p, { withQuizFinished }) => withQuizFinished(p, slug, { score, total }, new Date()));
  }, [slug, score, total]);
  return null;
}
