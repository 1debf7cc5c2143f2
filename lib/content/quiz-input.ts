import type { GeneratorFact, GeneratorInput, GeneratorModule } from '../quiz/pipeline/input';
import { objectiveFor } from '../quiz/pipeline/objectives';
import { listExplainers, type ElementUse, type Explainer } from './explainers';
import { getGlossaryTerm, listGlossaryTerms } from './glossary';
import { listPlaces } from './places';
import { listSources } from './sources';
import { findQuote } from './text';

// The content adapter of the quiz: lib/quiz stays pure, and only lib/content reads content/.
/**
 * The `## ` heading above a file line of the explainer. Lines count from the top of the file and the
 * body starts after the frontmatter, so the offset is found from the first citation's own line.
 */
function headingReader(explainer: Explainer): (line: number) => string {
  const lines = explainer.body.split('\n');
  const first = explainer.citations[0];
  const at = first ? lines.findIndex((l) => l.includes(`to="${first.to}"`)) : -1;
  const offset = first && at >= 0 ? first.line - (at + 1) : 0;
  return (line) => {
    for (let i = Math.min(lines.length - 1, line - offset - 1); i >= 0; i--) {
      const m = /^## (.+)$/.exec(lines[i] ?? '');
      if (m) return (m[1] ?? '').trim();
    }
    return '';
  };
}

function toModule(explainer: Explainer): GeneratorModule {
  const factCitations = explainer.citations.filter((c) => c.element === 'Fact');
  const headingAt = headingReader(explainer);
  // The objective the author gave the part (frontmatter `sections`); the best word match only where none is given.
  const objectiveAt = (line: number, text: string) => {
    const heading = headingAt(line);
    const n = Object.hasOwn(explainer.sections, heading) ? explainer.sections[heading] : undefined;
    return n === undefined ? objectiveFor(explainer.objectives, heading, text) : n - 1;
  };
  const facts: GeneratorFact[] = explainer.facts.map((f) => {
    const cite = factCitations.find((c) => c.to === f.to && c.line === f.line && findQuote(c.sentence, f.sentence));
    const sentence = cite?.sentence ?? f.sentence;
    return {
      id: f.id,
      kind: f.kind,
      answer: f.answer,
      to: f.to,
      quote: f.quote,
      ask: f.ask,
      topic: f.topic,
      label: f.label,
      date: f.date,
      speaker: f.speaker,
      objectiveSet: f.objectiveSet,
      span: f.sentence,
      sentence,
      objective: typeof f.objectiveSet === 'number' ? f.objectiveSet - 1 : objectiveAt(f.line, sentence),
    };
  });
  const passages = new Map<string, number | undefined>();
  for (const c of explainer.citations) {
    if (passages.has(c.to)) continue;
    passages.set(c.to, objectiveAt(c.line, c.sentence));
  }
  const events: NonNullable<GeneratorModule['events']> = [];
  const terms: NonNullable<GeneratorModule['terms']> = [];
  const disputes: NonNullable<GeneratorModule['disputes']> = [];
  const walk = (uses: ElementUse[]) => {
    for (const use of uses) {
      if (use.name === 'SourcesDisagree' && typeof use.attributes.topic === 'string') {
        const str = (v: string | true | undefined) => (typeof v === 'string' ? v : null);
        const claims = use.children.filter((c) => c.name === 'Claim' && str(c.attributes.to) && str(c.attributes.quote)).map((c) => ({ passage: str(c.attributes.to) as string, quote: str(c.attributes.quote) as string }));
        const settles = use.children.find((c) => c.name === 'Settles' && str(c.attributes.to));
        const objective = objectiveAt(use.line, use.attributes.topic);
        disputes.push({ topic: use.attributes.topic, claims, settles: settles ? { passage: str(settles.attributes.to) as string, quote: str(settles.attributes.quote) } : null, ...(objective === undefined ? {} : { objective }) });
      }
      const term = use.name === 'Term' && typeof use.attributes.name === 'string' ? getGlossaryTerm(use.attributes.name) : null;
      // objective="none": the term is explained where it stands, and no question asks it.
      const set = use.attributes.objective;
      for (const c of term && set !== 'none' ? explainer.citations.filter((x) => x.line === use.line) : []) {
        if (!term || terms.some((t) => t.name === term.name && t.passage === c.to)) continue;
        const objective = typeof set === 'string' ? Number(set) - 1 : objectiveAt(use.line, c.sentence);
        terms.push({ name: term.name, definition: term.definition, passage: c.to, ...(objective === undefined ? {} : { objective }), ...(typeof set === 'string' ? { objectiveSet: true } : {}) });
      }
      const { date, to, quote } = use.attributes;
      if (use.name === 'Event' && typeof date === 'string' && typeof to === 'string') {
        const objective = objectiveAt(use.line, use.text);
        events.push({ date, to, text: use.text.trim(), quote: typeof quote === 'string' ? quote : null, ...(objective === undefined ? {} : { objective }) });
      }
      walk(use.children);
    }
  };
  walk(explainer.elements);
  return {
    slug: explainer.slug,
    title: explainer.title,
    objectives: explainer.objectives,
    events,
    terms,
    disputes,
    facts,
    passages: [...passages.entries()].map(([id, objective]) => (objective === undefined ? { id } : { id, objective })),
  };
}

function disputedClaims(explainers: Explainer[]): NonNullable<GeneratorInput['disputed']> {
  const out: NonNullable<GeneratorInput['disputed']> = [];
  const walk = (uses: ElementUse[], inDispute: boolean) => {
    for (const use of uses) {
      const { to, quote } = use.attributes;
      if (inDispute && use.name === 'Claim' && typeof to === 'string') out.push({ passage: to, quote: typeof quote === 'string' ? quote : null });
      walk(use.children, inDispute || use.name === 'SourcesDisagree');
    }
  };
  for (const e of explainers) walk(e.elements, false);
  return out;
}

/** What the generator needs, read from content/ through lib/content. */
export function loadGeneratorInput(): GeneratorInput {
  const sources = listSources();
  const explainers = listExplainers();
  const terms = listGlossaryTerms();
  return {
    disputed: disputedClaims(explainers),
    rejected: [...new Map(explainers.flatMap((e) => e.rejectedClaims).map((r) => [r.phrase, { phrase: r.phrase, settledBy: r.settledBy }] as const)).values()],
    passages: sources.flatMap((s) => s.passages.map((p) => ({ id: p.id, text: p.text, sourceTitle: s.title, sourceDate: s.published, sourceKind: s.kind, ...(p.sic.length ? { sic: p.sic } : {}) }))),
    modules: explainers.map(toModule),
    glossary: terms.map((t) => t.name),
    glossaryKinds: Object.fromEntries(terms.map((t) => [t.name, t.kind])),
    placeKinds: Object.fromEntries(listPlaces().map((p) => [p.name, p.kind])),
  };
}
