import type { Explainer, ElementUse } from './explainers';
import { getGlossaryTerm } from './glossary';
import { getPlace } from './places';
import { objectiveAttributeSchema } from './schemas';
import { getPassage } from './sources';
import { findQuote } from './text';

export type ElementProblem = { line: number; message: string };

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function walk(uses: ElementUse[], visit: (use: ElementUse, parent: ElementUse | null) => void, parent: ElementUse | null = null): void {
  for (const use of uses) {
    visit(use, parent);
    walk(use.children, visit, use);
  }
}

/** Distinct source slugs cited by the `<Claim>` children of a `<SourcesDisagree>`. */
export function claimSources(use: ElementUse): string[] {
  const slugs = new Set<string>();
  walk(use.children, (child) => {
    if (child.name === 'Claim' && typeof child.attributes.to === 'string') slugs.add(child.attributes.to.split('#')[0] as string);
  });
  return [...slugs];
}

/**
 * Checks the course components' own rules (citations are checked with the others in check.ts):
 * known glossary terms and map places, dated and cited timeline events, cited claims, and at
 * least two distinct sources in every disagreement.
 */
export function listElementProblems(explainer: Explainer): ElementProblem[] {
  const problems: ElementProblem[] = [];
  walk(explainer.elements, (use, parent) => {
    const a = use.attributes;
    const fail = (message: string) => problems.push({ line: use.line, message: `<${use.name}>: ${message}` });
    if ((use.name === 'Fact' || use.name === 'Term') && a.objective !== undefined) {
      const set = objectiveAttributeSchema.safeParse(a.objective);
      if (!set.success) fail(set.error.issues[0]?.message ?? 'bad objective');
      else if (set.data !== 'none' && Number(set.data) > explainer.objectives.length) fail(`objective="${set.data}", but there are ${explainer.objectives.length} objectives`);
    }
    if (use.name === 'Term') {
      const name = typeof a.name === 'string' ? a.name : use.text;
      if (!getGlossaryTerm(name)) fail(`"${name}" is not in content/glossary.md`);
    } else if (use.name === 'Map') {
      const ids = typeof a.places === 'string' ? a.places.split(/\s+/).filter(Boolean) : [];
      if (ids.length === 0) fail('name at least one place, e.g. places="bamako gao"');
      for (const id of ids) if (!getPlace(id)) fail(`unknown place "${id}" (see lib/content/places.ts)`);
    } else if (use.name === 'Event') {
      if (parent?.name !== 'Timeline') fail('an event belongs inside <Timeline>');
      if (typeof a.date !== 'string' || !ISO_DATE.test(a.date)) fail('needs date="2013", "2013-04" or "2013-04-25"');
      if (typeof a.to !== 'string') fail('needs to="slug#pN": every event is cited');
    } else if (use.name === 'Claim' || use.name === 'Settles') {
      if (parent?.name !== 'SourcesDisagree') fail('belongs inside <SourcesDisagree>');
      if (typeof a.to !== 'string') fail('needs to="slug#pN": every claim is cited');
    } else if (use.name === 'DataTable') {
      if (typeof a.title !== 'string' || typeof a.columns !== 'string') fail('needs title="…" and columns="A|B|C"');
    } else if (use.name === 'DataRow') {
      if (parent?.name !== 'DataTable') fail('a row belongs inside <DataTable>');
      if (typeof a.to !== 'string') fail('needs to="slug#pN": every row is cited');
      const columns = typeof parent?.attributes.columns === 'string' ? parent.attributes.columns.split('|').length : 0;
      const cells = typeof a.cells === 'string' ? a.cells.split('|').length : 0;
      if (cells !== columns) fail(`has ${cells} cell(s) for ${columns} column(s)`);
      const passage = typeof a.to === 'string' ? getPassage(a.to) : null;
      // The row heading names the row; every other figure must stand in the cited passage, so the table cannot drift.
      const figures = typeof a.cells === 'string' ? a.cells.split('|').slice(1).filter((c) => /\d/.test(c)) : [];
      for (const figure of figures) if (passage && !findQuote(passage.text, figure)) fail(`"${figure}" is not in ${a.to}`);
    } else if (use.name === 'SourcesDisagree') {
      if (typeof a.topic !== 'string') fail('needs topic="…"');
      const sources = claimSources(use);
      if (sources.length < 2) fail(`cites ${sources.length} distinct source(s) in its claims; a disagreement needs at least two`);
    }
  });
  return problems;
}
