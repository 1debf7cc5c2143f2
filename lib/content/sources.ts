import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { contentDir } from './paths';
import { sourceFrontmatterSchema, slugSchema, type SourceFrontmatter } from './schemas';
import { countWords } from './text';

export type Passage = {
  /** `<slug>#p<n>` */
  id: string;
  sourceSlug: string;
  n: number;
  text: string;
  /** The subheading this paragraph sits under, if the source has one. */
  section: string | null;
  /** The source's `sic` words that occur in this passage: shown with "[sic]" after them, never changed. */
  sic: string[];
};

export type Source = SourceFrontmatter & {
  slug: string;
  file: string;
  passages: Passage[];
  wordCount: number;
};

export class ContentError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'ContentError';
  }
}

/** Parses one source file. Paragraphs become passages numbered from 1; `## ` lines are subheadings, not passages. */
export function parseSource(file: string, raw: string): Source {
  const slug = path.basename(file, '.md');
  const slugCheck = slugSchema.safeParse(slug);
  if (!slugCheck.success) throw new ContentError(file, `file name must be a slug: ${slugCheck.error.issues[0]?.message}`);
  const { data, content } = matter(raw);
  const parsed = sourceFrontmatterSchema.safeParse(data);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new ContentError(file, `invalid frontmatter: ${detail}`);
  }
  const passages: Passage[] = [];
  let section: string | null = null;
  for (const block of content.split(/\n\s*\n/)) {
    const text = block.trim();
    if (!text) continue;
    if (text.startsWith('## ')) {
      section = text.slice(3).trim();
      continue;
    }
    if (text.includes('\n')) throw new ContentError(file, `a passage must be one paragraph on one line: "${text.slice(0, 60)}…"`);
    const n = passages.length + 1;
    passages.push({ id: `${slug}#p${n}`, sourceSlug: slug, n, text, section, sic: parsed.data.sic.filter((word) => text.includes(word)) });
  }
  if (passages.length === 0) throw new ContentError(file, 'a source needs at least one paragraph');
  for (const word of parsed.data.sic) {
    if (!passages.some((p) => p.sic.includes(word))) throw new ContentError(file, `sic: "${word}" is not in the text`);
  }
  return {
    ...parsed.data,
    slug,
    file,
    passages,
    wordCount: passages.reduce((sum, p) => sum + countWords(p.text), 0),
  };
}

let cache: { dir: string; sources: Source[] } | null = null;

/** All sources, news first then course notes, each group by date. Read once per process. */
export function listSources(): Source[] {
  const dir = path.join(contentDir(), 'sources');
  if (cache?.dir === dir) return cache.sources;
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  const sources = files
    .map((f) => parseSource(path.join('content/sources', f), fs.readFileSync(path.join(dir, f), 'utf8')))
    .sort((a, b) => (a.kind === b.kind ? a.published.localeCompare(b.published) || a.slug.localeCompare(b.slug) : a.kind === 'news' ? -1 : 1));
  cache = { dir, sources };
  return sources;
}

export function getSource(slug: string): Source | null {
  return listSources().find((s) => s.slug === slug) ?? null;
}

let passageIndex: { sources: Source[]; byId: Map<string, Passage> } | null = null;

export function getPassage(id: string): Passage | null {
  const sources = listSources();
  if (passageIndex?.sources !== sources) {
    passageIndex = { sources, byId: new Map(sources.flatMap((s) => s.passages.map((p) => [p.id, p] as const))) };
  }
  return passageIndex.byId.get(id) ?? null;
}

/** `/sources/<slug>#p<n>`, optionally asking the reader to mark the supporting words. */
export function passageHref(id: string, quote?: string): string {
  const [slug, anchor] = id.split('#');
  const query = quote ? `?mark=${encodeURIComponent(quote)}` : '';
  return `/sources/${slug}${query}#${anchor}`;
}
