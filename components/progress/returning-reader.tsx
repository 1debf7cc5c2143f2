'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { formatScoreOutOf } from '@/lib/classroom/format';
import type { DeviceProgress } from '@/lib/progress/device-progress';

export type ReturningReaderProps = { modules: { slug: string; order: number; title: string }[] };

/**
 * For a reader coming back on the same device: the modules they have read and the quizzes they finished,
 * from localStorage only (nothing is sent anywhere). Renders nothing on the server and on a first visit.
 * The parser (and the zod it validates with) is imported only after mount: every page links home, and Next
 * preloads the home page's scripts, so a static import here would add it to every page's JavaScript.
 */
export function ReturningReader({ modules }: ReturningReaderProps) {
  const [progress, setProgress] = useState<DeviceProgress | null>(null);
  useEffect(() => {
    let live = true;
    void import('@/lib/progress/device-progress').then(({ DEVICE_PROGRESS_KEY, hasProgress, parseDeviceProgress }) => {
      let raw: string | null = null;
      try {
        raw = window.localStorage.getItem(DEVICE_PROGRESS_KEY);
      } catch {
        // Storage blocked: nothing to show.
      }
      const parsed = parseDeviceProgress(raw);
      if (live && hasProgress(parsed)) setProgress(parsed);
    });
    return () => {
      live = false;
    };
  }, []);
  if (progress === null) return null;
  const known = modules.filter((m) => progress.read[m.slug] || progress.quizzes[m.slug]);
  if (known.length === 0) return null;
  const read = modules.filter((m) => progress.read[m.slug]).length;
  const next = modules.find((m) => !progress.read[m.slug]);
  return (
    <section aria-labelledby="progress-title" className="mt-8 max-w-3xl rounded-xl border border-brand-200 bg-brand-50 p-5 dark:border-stone-700 dark:bg-stone-900">
      <h2 id="progress-title" className="text-xl font-semibold">
        Welcome back
      </h2>
      <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">
        You have read {read} of {modules.length} modules on this device. This is kept in this browser only.
      </p>
      <ul className="mt-3 space-y-1">
        {known.map((m) => {
          const quiz = progress.quizzes[m.slug];
          return (
            <li key={m.slug}>
              <Link href={`/explainers/${m.slug}`} className="font-medium underline underline-offset-2">
                Module {m.order}: {m.title}
              </Link>
              <span className="text-sm text-stone-700 dark:text-stone-300">
                {' · '}
                {progress.read[m.slug] ? 'read' : 'not read to the end yet'}
                {quiz ? ` · quiz finished, ${formatScoreOutOf(quiz.score, quiz.total)}` : ''}
              </span>
            </li>
          );
        })}
      </ul>
      {next ? (
        <p className="mt-3">
          Next up:{' '}
          <Link href={`/explainers/${next.slug}`} className="font-medium underline underline-offset-2">
            Module {next.order}: {next.title}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
