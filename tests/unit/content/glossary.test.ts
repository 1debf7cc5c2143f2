import { describe, expect, it } from 'vitest';
import { listGlossaryTerms, parseGlossary } from '@/lib/content/glossary';

const glossary = (kinds: string) => ['---', kinds, '---', '', '# Glossary', '', '## coup', '', 'The army takes power by force from a government.', '', '## veto', '', 'The power to block a decision of the Security Council alone.'].join('\n');

describe('glossary kinds', () => {
  it('gives every term the kind the frontmatter lists it under', () => {
    expect(parseGlossary('g.md', glossary('kinds: { event: [coup], decision: [veto] }')).map((t) => [t.name, t.kind])).toEqual([
      ['coup', 'event'],
      ['veto', 'decision'],
    ]);
  });

  it('refuses a term with no kind, a term under two kinds, a listed term not defined, and an unknown kind', () => {
    expect(() => parseGlossary('g.md', glossary('kinds: { event: [coup] }'))).toThrow(/"veto" is listed under no kind/);
    expect(() => parseGlossary('g.md', glossary('kinds: { event: [coup, veto], decision: [veto] }'))).toThrow(/"veto" is listed under two kinds/);
    expect(() => parseGlossary('g.md', glossary('kinds: { event: [coup, mutiny], decision: [veto] }'))).toThrow(/lists "mutiny"/);
    expect(() => parseGlossary('g.md', glossary('kinds: { event: [coup], weapon: [veto] }'))).toThrow(/invalid frontmatter/);
  });

  it('holds for the course', () => {
    expect(listGlossaryTerms().length).toBeGreaterThan(20);
  });
});
