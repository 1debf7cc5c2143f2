import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_PASSAGE_PREVIEWS, citePreviewsCss } from '@/lib/content/cite-previews-css';
import { listExplainers } from '@/lib/content';

describe('citation preview stylesheet', () => {
  it('is the generated text (run `npm run cite-previews-css` after changing the generator)', () => {
    expect(fs.readFileSync(path.join(process.cwd(), 'app', 'cite-previews.css'), 'utf8')).toBe(citePreviewsCss());
  });

  it('has a rule for every preview number an explainer uses', () => {
    for (const e of listExplainers()) {
      const cited = new Set([...e.references, ...e.citations.map((c) => c.to)]);
      expect(cited.size, e.slug).toBeLessThanOrEqual(MAX_PASSAGE_PREVIEWS);
    }
    const css = citePreviewsCss(3);
    expect(css).toContain('[data-p="2"]');
    expect(css).not.toContain('[data-p="3"]');
  });
});
