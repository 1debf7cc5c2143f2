// zod/mini: this module runs in the browser on every explainer page, where full zod would cost ~10 KiB gzip.
import '../zod-browser';
import * as z from 'zod/mini';

/** The localStorage key of a reader's progress on this device. Never sent to the server. */
export const DEVICE_PROGRESS_KEY = 'cited:progress:v1';

const slugSchema = z.string().check(z.regex(/^[a-z0-9-]{1,80}$/));
const instantSchema = z.string().check(z.maxLength(40));
const quizResultSchema = z.object({ score: z.number().check(z.gte(0)), total: z.int().check(z.gte(1)), at: instantSchema });

export const deviceProgressSchema = z.object({
  /** Module slug → when the reader reached its end (ISO time). */
  read: z._default(z.record(slugSchema, instantSchema), {}),
  /** Module slug → the last practice quiz finished there. */
  quizzes: z._default(z.record(slugSchema, quizResultSchema), {}),
});
export type DeviceProgress = z.infer<typeof deviceProgressSchema>;

const empty = (): DeviceProgress => ({ read: {}, quizzes: {} });

/** What localStorage holds, or an empty record for nothing, garbage or an older shape (never throws). */
export function parseDeviceProgress(raw: string | null): DeviceProgress {
  if (!raw) return empty();
  try {
    const parsed = deviceProgressSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : empty();
  } catch {
    return empty();
  }
}

export function withModuleRead(progress: DeviceProgress, slug: string, now: Date): DeviceProgress {
  return { ...progress, read: { ...progress.read, [slug]: progress.read[slug] ?? now.toISOString() } };
}

/** Keeps the latest finished quiz per module (a new set replaces the old score). */
export function withQuizFinished(progress: DeviceProgress, slug: string, result: { score: number; total: number }, now: Date): DeviceProgress {
  return { ...progress, quizzes: { ...progress.quizzes, [slug]: { ...result, at: now.toISOString() } } };
}

/** True when the reader has anything to be reminded of. */
export function hasProgress(progress: DeviceProgress): boolean {
  return Object.keys(progress.read).length > 0 || Object.keys(progress.quizzes).length > 0;
}
