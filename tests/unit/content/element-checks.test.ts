import { describe, expect, it } from 'vitest';
import { getGlossaryTerm, listContentProblems, listGlossaryTerms, listTimelineEvents } from '@/lib/content';
import { buildRegionMap } from '@/lib/content/map';
import { useContentFixture } from '../../helpers/content-fixture';

describe('course component checks fail on broken content', () => {
  const current = useContentFixture();

  it('rejects a <Term> that the glossary does not define', () => {
    current().edit('explainers/minusma.mdx', (t) => t.replace('<Term name="veto">veto</Term>', '<Term name="filibuster">veto</Term>'));
    expect(listContentProblems().map((p) => p.message)).toEqual([expect.stringContaining('"filibuster" is not in content/glossary.md')]);
  });

  it('rejects a <Map> place that has no coordinates', () => {
    current().edit('explainers/minusma.mdx', (t) => t.replace('places="bamako timbuktu gao kidal"', 'places="bamako atlantis"'));
    expect(listContentProblems().map((p) => p.message)).toEqual([expect.stringContaining('unknown place "atlantis"')]);
  });

  it('rejects a timeline event without a date', () => {
    current().edit('explainers/minusma.mdx', (t) => t.replace('<Event date="2013-07-01" ', '<Event '));
    expect(listContentProblems().map((p) => p.message)).toEqual([expect.stringContaining('needs date=')]);
  });

  it('rejects an objective a fact or term sets that the explainer does not have', () => {
    current().edit('explainers/minusma.mdx', (t) => t.replace('<Term name="veto">veto</Term>', '<Term name="veto" objective="7">veto</Term>'));
    expect(listContentProblems().map((p) => p.message)).toEqual([expect.stringContaining('objective="7", but there are 4 objectives')]);
  });

  it('rejects an objective that is neither a number nor "none"', () => {
    current().edit('explainers/minusma.mdx', (t) => t.replace('<Fact objective="none" kind="country" answer="Bangladesh"', '<Fact objective="most" kind="country" answer="Bangladesh"'));
    expect(listContentProblems().map((p) => p.message)).toEqual([expect.stringContaining('use objective="1"')]);
  });

  it('rejects a glossary entry without a definition', () => {
    current().edit('glossary.md', (t) => t.replace(/## veto\n\n[^\n]+\n?/, '## veto\n'));
    expect(listContentProblems()[0]!.where).toBe('content/glossary.md');
  });
});

describe('course component data', () => {
  it('finds glossary terms case-insensitively, in alphabetical order', () => {
    expect(getGlossaryTerm('security council')?.name).toBe('Security Council');
    const names = listGlossaryTerms().map((t) => t.name.toLowerCase());
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it('orders the course timeline by date, without repeated events', () => {
    const events = listTimelineEvents();
    expect(events.length).toBeGreaterThan(20);
    expect(events.map((e) => e.date)).toEqual([...events.map((e) => e.date)].sort());
    expect(new Set(events.map((e) => `${e.date} ${e.to}`)).size).toBe(events.length);
  });

  it('projects the map deterministically, with every place inside the frame', () => {
    const map = buildRegionMap(['bamako', 'gao', 'moura', 'niamey', 'ouagadougou', 'timbuktu', 'kidal']);
    expect(map.countries.find((c) => c.role === 'mali')?.d.length).toBeGreaterThan(100);
    expect(map.countries.filter((c) => c.role === 'aes').map((c) => c.name).sort()).toEqual(['Burkina Faso', 'Niger']);
    for (const p of map.places) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(map.width);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(map.height);
    }
    expect(() => buildRegionMap(['nowhere'])).toThrow('unknown place');
  });
});
