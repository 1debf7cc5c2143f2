import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import type { Root, RootContent, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isJsx, jsxAttributes, parseMdx, remarkNumberCitations, MARKER_ELEMENTS, type JsxElement } from './mdx-ast';
import { contentDir } from './paths';
import { citeAttributesSchema, explainerFrontmatterSchema, factAttributesSchema, slugSchema, type ExplainerFrontmatter, type FactKind } from './schemas';
import { listRejectedClaims, type RejectedClaim } from './disputes';
import { ContentError } from './sources';
import { countWords, splitSentences } from './text';

export type Citation = {
  /** Passage id, `<slug>#p<n>`. */
  to: string;
  quote: string | null;
  element: string;
  /** Document order among markers (Cite, Fact), from 1; null for elements without a marker. */
  ordinal: number | null;
  /** The explainer sentence (or element text) this citation supports. */
  sentence: string;
  /** Identifies the sentence within the explainer (paragraph line and index), for de-duplicating markers. */
  sentenceKey: string | null;
  line: number;
};

export type Fact = {
  /** Stable: explainer slug plus the fact's position among facts. */
  id: string;
  kind: FactKind;
  answer: string;
  to: string;
  quote: string | null;
  ask: string | null;
  topic: string | null;
  label: string | null;
  date: string | null;
  speaker: string | null;
  /** Set by the author: the objective (1 = the first) its questions count towards, or "none": never asked. */
  objectiveSet: number | 'none' | null;
  /** The text inside `<Fact>…</Fact>`: contains the answer. */
  sentence: string;
  line: number;
};

export type Sentence = { text: string; cited: boolean; line: number; context: string };

/** A JSX element used in the explainer, with its string attributes and text, for component-level checks. */
export type ElementUse = { name: string; attributes: Record<string, string | true>; text: string; line: number; children: ElementUse[] };

export type Explainer = ExplainerFrontmatter & {
  slug: string;
  file: string;
  body: string;
  readingMinutes: number;
  citations: Citation[];
  facts: Fact[];
  sentences: Sentence[];
  elements: ElementUse[];
  /** Distinct cited passages in order of first marker: reference number = index + 1. */
  references: string[];
  /**
   * Ordinals of markers that repeat a later marker to the same passage in the same sentence
   * (a <Fact> mid-sentence, then a <Cite> at its end): they render as anchors without a number,
   * so a reader sees one marker per passage per sentence.
   */
  quietOrdinals: number[];
  /** Claims this explainer's `<Settles rejects="…">` contradict (see RejectedClaim): never a key, never in the course's voice. */
  rejectedClaims: RejectedClaim[];
};

type Walk = {
  file: string;
  lineOffset: number;
  citations: Citation[];
  facts: Fact[];
  sentences: Sentence[];
  slug: string;
};

function lineOf(node: { position?: { start: { line: number } } }, w: Walk): number {
  return (node.position?.start.line ?? 0) + w.lineOffset;
}

function attrs(node: JsxElement, w: Walk): Record<string, string | true> {
  try {
    return jsxAttributes(node);
  } catch (error) {
    throw new ContentError(`${w.file}:${lineOf(node, w)}`, (error as Error).message);
  }
}

function citationFrom(node: JsxElement, a: Record<string, string | true>, sentence: string, w: Walk): Citation {
  const parsed = citeAttributesSchema.safeParse(a);
  if (!parsed.success) {
    throw new ContentError(`${w.file}:${lineOf(node, w)}`, `<${node.name} to="${String(a.to ?? '')}">: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return {
    to: parsed.data.to,
    quote: parsed.data.quote ?? null,
    element: node.name ?? '',
    ordinal: typeof a.ordinal === 'string' ? Number(a.ordinal) : null,
    sentence,
    sentenceKey: null,
    line: lineOf(node, w),
  };
}

/** A paragraph: its plain text, where its markers fall, and the facts inside it. */
function walkInline(children: PhrasingContent[], w: Walk, cited: boolean, context: string, paragraphLine: number): void {
  let text = '';
  const marks: { offset: number; citation: Citation }[] = [];
  const facts: { start: number; end: number; node: JsxElement; a: Record<string, string | true> }[] = [];

  const add = (nodes: PhrasingContent[]) => {
    for (const node of nodes) {
      if (node.type === 'text' || node.type === 'inlineCode') text += node.value;
      else if (node.type === 'break') text += ' ';
      else if (isJsx(node)) {
        const a = attrs(node, w);
        if (node.name === 'Cite') {
          marks.push({ offset: text.length, citation: citationFrom(node, a, '', w) });
        } else if (node.name === 'Fact') {
          const start = text.length;
          add(node.children as PhrasingContent[]);
          facts.push({ start, end: text.length, node, a });
          marks.push({ offset: text.length, citation: citationFrom(node, a, '', w) });
        } else {
          add(node.children as PhrasingContent[]);
          if ('to' in a) marks.push({ offset: text.length, citation: citationFrom(node, a, '', w) });
        }
      } else if (node.type === 'mdxTextExpression') {
        throw new ContentError(`${w.file}:${lineOf(node, w)}`, 'expressions like {…} are not allowed in content');
      } else if ('children' in node) add(node.children as PhrasingContent[]);
    }
  };
  add(children);

  const ranges = splitSentences(text);
  const sentences = ranges.map((r) => ({ text: text.slice(r.start, r.end).trim(), cited, line: paragraphLine, context }));
  const sentenceAt = (offset: number) => {
    let index = 0;
    ranges.forEach((r, i) => {
      if (r.start < offset) index = i;
    });
    return index;
  };
  for (const mark of marks) {
    const i = sentenceAt(mark.offset);
    const sentence = sentences[i];
    if (sentence) {
      sentence.cited = true;
      mark.citation.sentence = sentence.text;
      mark.citation.sentenceKey = `${paragraphLine}:${i}`;
    }
    w.citations.push(mark.citation);
  }
  for (const f of facts) {
    const parsed = factAttributesSchema.safeParse(f.a);
    const where = `${w.file}:${lineOf(f.node, w)}`;
    if (!parsed.success) {
      throw new ContentError(where, `<Fact>: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    }
    w.facts.push({
      id: `${w.slug}/f${w.facts.length + 1}`,
      kind: parsed.data.kind,
      answer: parsed.data.answer,
      to: parsed.data.to,
      quote: parsed.data.quote ?? null,
      ask: parsed.data.ask ?? null,
      topic: parsed.data.topic ?? null,
      label: parsed.data.label ?? null,
      date: parsed.data.date ?? null,
      speaker: parsed.data.speaker ?? null,
      objectiveSet: parsed.data.objective === undefined ? null : parsed.data.objective === 'none' ? 'none' : Number(parsed.data.objective),
      sentence: text.slice(f.start, f.end).trim(),
      line: lineOf(f.node, w),
    });
  }
  w.sentences.push(...sentences);
}

function walkBlocks(nodes: RootContent[], w: Walk, cited: boolean, context: string, uses: ElementUse[]): void {
  for (const node of nodes) {
    if (node.type === 'paragraph') {
      walkInline(node.children, w, cited, context, lineOf(node, w));
      collectInlineUses(node.children, w, uses);
    } else if (node.type === 'heading') {
      // Headings organise; they make no claim, so they need no citation.
      collectInlineUses(node.children, w, uses);
    } else if (isJsx(node)) {
      const a = attrs(node, w);
      const use: ElementUse = { name: node.name ?? '', attributes: a, text: toString(node), line: lineOf(node, w), children: [] };
      uses.push(use);
      const citesHere = 'to' in a;
      if (citesHere) w.citations.push(citationFrom(node, a, toString(node).trim(), w));
      // `also="slug#p2 slug#p3"`: further passages a timeline event rests on, cited like its `to`.
      if (citesHere && typeof a.also === 'string') {
        for (const to of a.also.split(/\s+/).filter(Boolean)) w.citations.push(citationFrom(node, { to }, toString(node).trim(), w));
      }
      walkBlocks(node.children as RootContent[], w, cited || citesHere, node.name ?? context, use.children);
    } else if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression') {
      throw new ContentError(`${w.file}:${lineOf(node, w)}`, 'imports, exports and {expressions} are not allowed in content');
    } else if ('children' in node) {
      walkBlocks(node.children as RootContent[], w, cited, context, uses);
    }
  }
}

function collectInlineUses(nodes: PhrasingContent[], w: Walk, uses: ElementUse[]): void {
  for (const node of nodes) {
    if (isJsx(node)) {
      const use: ElementUse = { name: node.name ?? '', attributes: attrs(node, w), text: toString(node), line: lineOf(node, w), children: [] };
      uses.push(use);
      collectInlineUses(node.children as PhrasingContent[], w, use.children);
    } else if ('children' in node) collectInlineUses(node.children as PhrasingContent[], w, uses);
  }
}

/** Why `sections` does not fit the body: a heading without an objective, an entry without a heading, a number out of range, an objective no part teaches. */
export function checkSections(front: Pick<ExplainerFrontmatter, 'objectives' | 'sections'>, headings: string[]): string | null {
  const missing = headings.filter((h) => !Object.hasOwn(front.sections, h));
  if (missing.length) return `no objective for the heading${missing.length > 1 ? 's' : ''} ${missing.map((h) => `"${h}"`).join(', ')}`;
  const stray = Object.keys(front.sections).filter((h) => !headings.includes(h));
  if (stray.length) return `no "## " heading ${stray.map((h) => `"${h}"`).join(', ')} in the body`;
  const out = Object.entries(front.sections).find(([, n]) => n > front.objectives.length);
  if (out) return `"${out[0]}" names objective ${out[1]}, but there are ${front.objectives.length}`;
  // A body without parts is one part that teaches everything.
  const untaught = headings.length === 0 ? -1 : front.objectives.findIndex((_, i) => !Object.values(front.sections).includes(i + 1));
  if (untaught >= 0) return `no part teaches objective ${untaught + 1} ("${front.objectives[untaught]}")`;
  return null;
}

/** Parses one explainer: validates frontmatter and attributes (throws ContentError naming file and line). */
export function parseExplainer(file: string, raw: string): Explainer {
  const slug = path.basename(file, '.mdx');
  if (!slugSchema.safeParse(slug).success) throw new ContentError(file, 'file name must be a slug');
  const { data, content } = matter(raw);
  const parsed = explainerFrontmatterSchema.safeParse(data);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new ContentError(file, `invalid frontmatter: ${detail}`);
  }
  const headings = [...content.matchAll(/^## (.+)$/gm)].map((m) => (m[1] ?? '').trim());
  const sectionProblem = checkSections(parsed.data, headings);
  if (sectionProblem) throw new ContentError(file, `invalid frontmatter: sections: ${sectionProblem}`);
  let tree: Root;
  try {
    tree = parseMdx(content);
  } catch (error) {
    throw new ContentError(file, `MDX does not parse: ${(error as Error).message}`);
  }
  remarkNumberCitations()(tree);
  const w: Walk = {
    file,
    lineOffset: raw.split('\n').length - content.split('\n').length,
    citations: [],
    facts: [],
    sentences: [],
    slug,
  };
  const elements: ElementUse[] = [];
  walkBlocks(tree.children, w, false, 'body', elements);
  const references: string[] = [];
  for (const c of [...w.citations].filter((c) => c.ordinal !== null).sort((a, b) => (a.ordinal ?? 0) - (b.ordinal ?? 0))) {
    if (!references.includes(c.to)) references.push(c.to);
  }
  const lastMarker = new Map<string, number>();
  for (const c of w.citations) {
    if (c.ordinal !== null && c.sentenceKey !== null) lastMarker.set(`${c.sentenceKey}|${c.to}`, c.ordinal);
  }
  const quietOrdinals = w.citations
    .filter((c) => c.ordinal !== null && c.sentenceKey !== null && lastMarker.get(`${c.sentenceKey}|${c.to}`) !== c.ordinal)
    .map((c) => c.ordinal as number);
  const words = countWords(toString(tree));
  return {
    ...parsed.data,
    slug,
    file,
    body: content,
    readingMinutes: Math.max(1, Math.round(words / 180)),
    citations: w.citations,
    facts: w.facts,
    sentences: w.sentences,
    elements,
    references,
    quietOrdinals,
    rejectedClaims: listRejectedClaims({ slug, elements }),
  };
}

let cache: { dir: string; explainers: Explainer[] } | null = null;

/** All explainers in course order. Read once per process. */
export function listExplainers(): Explainer[] {
  const dir = path.join(contentDir(), 'explainers');
  if (cache?.dir === dir) return cache.explainers;
  const explainers = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => parseExplainer(path.join('content/explainers', f), fs.readFileSync(path.join(dir, f), 'utf8')))
    .sort((a, b) => a.order - b.order);
  cache = { dir, explainers };
  return explainers;
}

export function getExplainer(slug: string): Explainer | null {
  return listExplainers().find((e) => e.slug === slug) ?? null;
}

export { MARKER_ELEMENTS };
