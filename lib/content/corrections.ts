import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { z } from 'zod';
import { contentDir } from './paths';
import { ContentError } from './sources';

const correctionSchema = z
  .object({
    date: z.iso.date(),
    /** An explainer slug, or "all" for a change across the course. */
    module: z.string().min(3),
    was: z.string().min(10),
    now: z.string().min(10),
  })
  .strict();
export type Correction = z.infer<typeof correctionSchema>;

const correctionsFileSchema = z.object({ corrections: z.array(correctionSchema).min(1) }).strict();

/** The course's corrections from content/corrections.md, newest first (stable within a day). */
export function listCorrections(): Correction[] {
  const file = 'content/corrections.md';
  const { data } = matter(fs.readFileSync(path.join(contentDir(), 'corrections.md'), 'utf8'));
  const parsed = correctionsFileSchema.safeParse(data);
  if (!parsed.success) throw new ContentError(file, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return [...parsed.data.corrections].sort((a, b) => b.date.localeCompare(a.date));
}
