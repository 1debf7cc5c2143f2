import { listExplainers, type Explainer } from './explainers';
import { listDisputeProblems } from './disputes';
import { listElementProblems } from './element-checks';
import { listNoteDateProblems } from './note-dates';
import { listCorrections } from './corrections';
import { listGlossaryTerms } from './glossary';
import { getPassage, listSources, ContentError, type Source } from './sources';
import { findQuote } from './text';

export type ContentProblem = { where: string; message: string };

/**
 * Cross-file checks over sources and explainers: every cited passage exists, every quote is
 * verbatim in its passage, every fact's answer stands in its sentence and in its passage.
 * Returns the problems instead of throwing so a report can list them all at once.
 */
export function listContentProblems(): ContentProblem[] {
  const problems: ContentProblem[] = [];
  let sources: Source[] = [];
  let explainers: Explainer[] = [];
  try {
    sources = listSources();
    explainers = listExplainers();
    listGlossaryTerms();
    const known = new Set(['all', ...explainers.map((e) => e.slug)]);
    for (const c of listCorrections()) {
      if (!known.has(c.module)) problems.push({ where: 'content/corrections.md', message: `unknown module "${c.module}" in the correction of ${c.date}` });
    }
  } catch (error) {
    if (error instanceof ContentError) return [{ where: error.file, message: error.message.slice(error.file.length + 2) }];
    throw error;
  }
  const slugs = new Set(sources.map((s) => s.slug));
  for (const s of sources) {
    for (const p of listNoteDateProblems(s)) problems.push({ where: `${s.file} (${p.passage})`, message: p.message });
  }
  const orders = new Map<number, string>();
  for (const e of explainers) {
    const other = orders.get(e.order);
    if (other) problems.push({ where: e.file, message: `order ${e.order} is also used by ${other}` });
    orders.set(e.order, e.file);
    for (const c of e.citations) {
      const where = `${e.file}:${c.line}`;
      const label = `<${c.element} to="${c.to}"${c.quote ? ` quote="${c.quote}"` : ''}>`;
      const passage = getPassage(c.to);
      if (!passage) {
        const slug = c.to.split('#')[0] ?? '';
        problems.push({ where, message: `${label}: unknown passage ${c.to}${slugs.has(slug) ? '' : ` (no source "${slug}")`}` });
        continue;
      }
      if (c.quote && !findQuote(passage.text, c.quote)) {
        problems.push({ where, message: `${label}: quote is not verbatim in ${c.to}` });
      }
    }
    for (const f of e.facts) {
      const where = `${e.file}:${f.line}`;
      const passage = getPassage(f.to);
      if (!passage) continue; // reported above as a citation
      if (!findQuote(f.sentence, f.answer)) {
        problems.push({ where, message: `<Fact answer="${f.answer}" to="${f.to}">: the answer is not in the fact's own text "${f.sentence}"` });
      }
      const support = f.quote ?? passage.text;
      if (!findQuote(support, f.answer)) {
        problems.push({ where, message: `<Fact answer="${f.answer}" to="${f.to}">: the answer is not found verbatim in ${f.quote ? 'its quote' : f.to}` });
      }
    }
    for (const p of listElementProblems(e)) problems.push({ where: `${e.file}:${p.line}`, message: p.message });
  }
  for (const p of listDisputeProblems(explainers)) problems.push({ where: `${p.file}:${p.line}`, message: p.message });
  return problems;
}

let validated = false;

/** Throws one error listing every content problem; pages (so the build) and the content tests call it. */
export function assertContentValid(): void {
  if (validated) return;
  const problems = listContentProblems();
  if (problems.length > 0) {
    throw new Error(`Content check failed (${problems.length}):\n${problems.map((p) => `  ${p.where}: ${p.message}`).join('\n')}`);
  }
  validated = true;
}

export type CitedBy = { explainerSlug: string; explainerTitle: string; sentence: string; ordinal: number | null };

/** Which explainer sentences cite each passage, keyed by passage id. */
export function listCitedBy(): Map<string, CitedBy[]> {
  const map = new Map<string, CitedBy[]>();
  for (const e of listExplainers()) {
    for (const c of e.citations) {
      const list = map.get(c.to) ?? [];
      if (!list.some((x) => x.explainerSlug === e.slug && x.sentence === c.sentence)) {
        list.push({ explainerSlug: e.slug, explainerTitle: e.title, sentence: c.sentence, ordinal: c.ordinal });
      }
      map.set(c.to, list);
    }
  }
  return map;
}
