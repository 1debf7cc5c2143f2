import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { contentDir } from './paths';
import { ContentError } from './sources';

export const glossaryTermSchema = z.object({
  name: z.string().min(2),
  /** HTML id on the glossary page: `/glossary#<slug>`. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  definition: z.string().min(20),
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

export function termSlug(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Parses content/glossary.md: each `## term` heading followed by one paragraph, its definition. */
export function parseGlossary(file: string, raw: string): GlossaryTerm[] {
  const terms: GlossaryTerm[] = [];
  const blocks = raw.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as string;
    if (block.startsWith('# ')) continue;
    if (!block.startsWith('## ')) throw new ContentError(file, `expected a "## term" heading, found "${block.slice(0, 40)}…"`);
    const name = block.slice(3).trim();
    const definition = blocks[i + 1];
    if (!definition || definition.startsWith('#')) throw new ContentError(file, `"${name}" needs a definition paragraph`);
    if (definition.includes('\n')) throw new ContentError(file, `the definition of "${name}" must be one paragraph on one line`);
    const parsed = glossaryTermSchema.safeParse({ name, slug: termSlug(name), definition });
    if (!parsed.success) throw new ContentError(file, `"${name}": ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    if (terms.some((t) => t.slug === parsed.data.slug)) throw new ContentError(file, `"${name}" is defined twice`);
    terms.push(parsed.data);
    i++;
  }
  return terms;
}

let cache: { dir: string; terms: GlossaryTerm[] } | null = null;

/** Glossary terms in alphabetical order. Read once per process. */
export function listGlossaryTerms(): GlossaryTerm[] {
  const file = path.join(contentDir(), 'glossary.md');
  if (cache?.dir === file) return cache.terms;
  const terms = parseGlossary('content/glossary.md', fs.readFileSync(file, 'utf8')).sort((a, b) => a.name.localeCompare(b.name));
  cache = { dir: file, terms };
  return terms;
}

/** Looks a term up by name, case-insensitively. */
export function getGlossaryTerm(name: string): GlossaryTerm | null {
  const slug = termSlug(name);
  return listGlossaryTerms().find((t) => t.slug === slug) ?? null;
}
