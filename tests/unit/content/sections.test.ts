import { describe, expect, it } from 'vitest';
import { checkSections, listExplainers, parseExplainer } from '@/lib/content/explainers';

const raw = (sections: string) =>
  [
    '---',
    'title: "Test"',
    'summary: "A test explainer for sections."',
    'order: 1',
    'objectives: ["Say when.", "Say why."]',
    sections,
    '---',
    '',
    '## When',
    '',
    'It came in 2013.',
    '',
    '## Why',
    '',
    'It came to help.',
  ].join('\n');

describe('explainer sections: the objective each part teaches', () => {
  it('accepts a map of every heading to an objective, and refuses every way it can be wrong', () => {
    expect(parseExplainer('content/explainers/test.mdx', raw('sections: { "When": 1, "Why": 2 }')).sections).toEqual({ When: 1, Why: 2 });
    expect(() => parseExplainer('content/explainers/test.mdx', raw('sections: { "When": 1 }'))).toThrow(/no objective for the heading "Why"/);
    expect(() => parseExplainer('content/explainers/test.mdx', raw('sections: { "When": 1, "Why": 2, "How": 2 }'))).toThrow(/no "## " heading "How"/);
    expect(() => parseExplainer('content/explainers/test.mdx', raw('sections: { "When": 1, "Why": 3 }'))).toThrow(/names objective 3, but there are 2/);
    expect(() => parseExplainer('content/explainers/test.mdx', raw('sections: { "When": 1, "Why": 1 }'))).toThrow(/no part teaches objective 2/);
    expect(() => parseExplainer('content/explainers/test.mdx', raw('sections: { "When": 0, "Why": 2 }'))).toThrow(/invalid frontmatter/);
  });

  it('holds for the course, where every objective has a part that teaches it', () => {
    for (const e of listExplainers()) {
      const headings = [...e.body.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());
      expect(headings.length, e.slug).toBeGreaterThan(2);
      expect(checkSections(e, headings), e.slug).toBeNull();
    }
  });
});
