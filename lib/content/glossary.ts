import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { z } from 'zod';
import { contentDir } from './paths';
import { ContentError } from './sources';

/** What a term names: a "which term means…?" question offers terms of the same kind (lib/quiz/pipeline/builders/concept.ts). */
export const termKinds = ['event', 'people', 'body', 'decision', 'principle', 'arrangement', 'place'] as const;
export const termKindSchema = z.enum(termKinds);
export type TermKind = z.infer<typeof termKindSchema>;

export const glossaryTermSchema = z.object({
  name: z.string().min(2),
  /** HTML id on the glossary page: `/glossary#<slug>`. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  definition: z.string().min(20),
  kind: termKindSchema,
});

const glossaryFrontmatterSchema = z.object({ kinds: z.partialRecord(termKindSchema, z.array(z.string().min(2))) }).strict();
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

export function termSlug(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Parses content/glossary.md: frontmatter `kinds` (each term listed under exactly one kind), then each
 * `## term` heading followed by one paragraph, its definition.
 */
export function parseGlossary(file: string, raw: string): GlossaryTerm[] {
  const terms: GlossaryTerm[] = [];
  const { data, content } = matter(raw);
  const front = glossaryFrontmatterSchema.safeParse(data);
  if (!front.success) throw new ContentError(file, `invalid frontmatter: ${front.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
  const kindOf = new Map<string, TermKind>();
  for (const [kind, names] of Object.entries(front.data.kinds) as [TermKind, string[]][]) {
    for (const name of names) {
      if (kindOf.has(termSlug(name))) throw new ContentError(file, `"${name}" is listed under two kinds`);
      kindOf.set(termSlug(name), kind);
    }
  }
  const blocks = content.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as string;
    if (block.startsWith('# ')) continue;
    if (!block.startsWith('## ')) throw new ContentError(file, `expected a "## term" heading, found "${block.slice(0, 40)}…"`);
    const name = block.slice(3).trim();
    const definition = blocks[i + 1];
    if (!definition || definition.startsWith('#')) throw new ContentError(file, `"${name}" needs a definition paragraph`);
    if (definition.includes('\n')) throw new ContentError(file, `the definition of "${name}" must be one paragraph on one line`);
    const kind = kindOf.get(termSlug(name));
    if (!kind) throw new ContentError(file, `"${name}" is listed under no kind in the frontmatter`);
    kindOf.delete(termSlug(name));
    const parsed = glossaryTermSchema.safeParse({ name, slug: termSlug(name), definition, kind });
    if (!parsed.success) throw new ContentError(file, `"${name}": ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    if (terms.some((t) => t.slug === parsed.data.slug)) throw new ContentError(file, `"${name}" is defined twice`);
    terms.push(parsed.data);
    i++;
  }
  const stray = [...kindOf.keys()];
  if (stray.length) throw new ContentError(file, `the frontmatter lists ${stray.map((t) => `"${t}"`).join(', ')}, which the glossary does not define`);
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
