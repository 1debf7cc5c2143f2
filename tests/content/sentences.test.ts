import { describe, expect, it } from 'vitest';
import { claimSources, listContentProblems, listExplainers, type ElementUse, type Explainer } from '@/lib/content';
import { useContentFixture } from '../helpers/content-fixture';

/**
 * The sentence rule. Every sentence of a paragraph or list item in an explainer must carry a
 * citation in that same sentence: a <Cite> or <Fact> marker after it, or being inside an element
 * that cites a passage itself (a timeline <Event>, a <Claim>, <Settles>).
 * Exempt: headings, which organise and claim nothing, and questions (sentences ending in "?"),
 * which ask the reader something instead of stating a fact.
 */
function isExempt(text: string): boolean {
  return /\?["'\u201D\u2019)]*$/.test(text.trim());
}

function listUncited(explainers: Explainer[]): string[] {
  return explainers.flatMap((e) => e.sentences.filter((s) => !s.cited && !isExempt(s.text)).map((s) => `${e.file}:${s.line}: "${s.text}"`));
}

function walk(uses: ElementUse[], visit: (use: ElementUse) => void): void {
  for (const use of uses) {
    visit(use);
    walk(use.children, visit);
  }
}

function elementsNamed(e: Explainer, name: string): ElementUse[] {
  const found: ElementUse[] = [];
  walk(e.elements, (use) => {
    if (use.name === name) found.push(use);
  });
  return found;
}

function thinDisagreements(explainers: Explainer[]): string[] {
  return explainers.flatMap((e) =>
    elementsNamed(e, 'SourcesDisagree')
      .filter((d) => claimSources(d).length < 2)
      .map((d) => `${e.file}:${d.line}: <SourcesDisagree topic="${String(d.attributes.topic)}"> cites ${claimSources(d).length} source(s)`),
  );
}

describe('every factual sentence of every explainer is cited', () => {
  const explainers = listExplainers();

  it('lists every sentence, and none is uncited unless it is a question', () => {
    const all = explainers.flatMap((e) => e.sentences.map((s) => `${e.slug}: ${s.cited ? 'cited   ' : isExempt(s.text) ? 'question' : 'UNCITED '} ${s.text}`));
    expect(all.length).toBeGreaterThan(200);
    expect(listUncited(explainers)).toEqual([]);
  });

  it('has five modules, each with key points, a visual and enough facts for a quiz', () => {
    expect(explainers.map((e) => e.order)).toEqual([1, 2, 3, 4, 5]);
    for (const e of explainers) {
      expect(elementsNamed(e, 'KeyPoints'), `${e.file} has no <KeyPoints>`).toHaveLength(1);
      const visuals = ['Timeline', 'Map', 'SourcesDisagree'].flatMap((name) => elementsNamed(e, name));
      expect(visuals.length, `${e.file} has no timeline, map or disagreement callout`).toBeGreaterThan(0);
      expect(e.facts.length, `${e.file} has too few <Fact>s`).toBeGreaterThanOrEqual(15);
      expect(new Set(e.facts.map((f) => f.kind)).size, `${e.file} facts are all of one kind`).toBeGreaterThanOrEqual(4);
    }
  });

  it('gives every <SourcesDisagree> at least two distinct sources', () => {
    expect(explainers.some((e) => elementsNamed(e, 'SourcesDisagree').length > 0)).toBe(true);
    expect(thinDisagreements(explainers)).toEqual([]);
  });

  it('backs every claim of the media-literacy module with a checked citation', () => {
    const module5 = explainers.find((e) => e.order === 5)!;
    const disagreements = elementsNamed(module5, 'SourcesDisagree');
    expect(disagreements.length).toBeGreaterThanOrEqual(4);
    for (const d of disagreements) {
      const claims = d.children.filter((c) => c.name === 'Claim');
      expect(claims.length, `${module5.file}:${d.line}`).toBeGreaterThanOrEqual(2);
      for (const claim of claims) {
        expect(typeof claim.attributes.to, `${module5.file}:${claim.line} <Claim> has no to="…"`).toBe('string');
        const citation = module5.citations.find((c) => c.element === 'Claim' && c.line === claim.line);
        expect(citation?.to, `${module5.file}:${claim.line}`).toBe(claim.attributes.to);
      }
    }
  });
});

describe('the sentence rule can fail', () => {
  const current = useContentFixture();

  it('reports an added uncited sentence with its file and line, but not an added question', () => {
    current().edit('explainers/coups-2020-2021.mdx', (t) =>
      t.replace('Ndaw and Ouane resigned while they were held by the soldiers.<Cite to="wikipedia-2021-malian-coup#p1" />', 'Ndaw and Ouane resigned while they were held by the soldiers.<Cite to="wikipedia-2021-malian-coup#p1" /> Goïta then promised elections. Why did they resign?'),
    );
    expect(listUncited(listExplainers())).toEqual([expect.stringMatching(/^content\/explainers\/coups-2020-2021\.mdx:\d+: "Goïta then promised elections\."$/)]);
  });

  it('reports a sentence whose only citation was removed', () => {
    current().edit('explainers/minusma.mdx', (t) => t.replace('Resolution 2690 ended MINUSMA\'s mandate that same day.<Cite to="un-resolution-2690-ends-minusma#p3" />', "Resolution 2690 ended MINUSMA's mandate that same day."));
    expect(listUncited(listExplainers())).toEqual([expect.stringContaining("Resolution 2690 ended MINUSMA's mandate that same day.")]);
  });

  it('reports a disagreement that cites only one source, in the test and in the content check', () => {
    current().edit('explainers/reading-the-news.mdx', (t) =>
      t.replace('<Claim to="mali-asks-un-to-withdraw-peacekeepers#p1" quote="Mali’s interim military authorities">', '<Claim to="chief-observer-us-orderly-withdrawal#p1" quote="ruling military junta">')
        .replace('<Claim to="un-pulls-peacekeepers-out-of-mali#p7" quote="Mali’s transitional government">', '<Claim to="chief-observer-us-orderly-withdrawal#p3" quote="transition government">'),
    );
    expect(thinDisagreements(listExplainers())).toEqual([expect.stringContaining('What do the reports call Mali\'s rulers?')]);
    expect(listContentProblems().map((p) => p.message)).toEqual([expect.stringContaining('a disagreement needs at least two')]);
  });
});
