import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getPassage, listContentProblems, listExplainers, listSources, findQuote } from '@/lib/content';
import { MDX_ELEMENT_NAMES } from '@/lib/content/elements';

describe('the real content', () => {
  it('has no content problem (frontmatter, passages, citations, quotes, facts)', () => {
    expect(listContentProblems()).toEqual([]);
  });

  it('numbers passages <slug>#p1.. in order, with unique ids', () => {
    const ids = new Set<string>();
    for (const source of listSources()) {
      source.passages.forEach((p, i) => {
        expect(p.id).toBe(`${source.slug}#p${i + 1}`);
        expect(ids.has(p.id)).toBe(false);
        ids.add(p.id);
      });
    }
    expect(ids.size).toBeGreaterThan(40);
  });

  it('every citation and fact resolves to a passage, and every quote is verbatim in it', () => {
    let checked = 0;
    for (const e of listExplainers()) {
      for (const c of e.citations) {
        const passage = getPassage(c.to);
        expect(passage, `${e.file}:${c.line} ${c.to}`).not.toBeNull();
        if (c.quote) expect(findQuote(passage!.text, c.quote), `${e.file}:${c.line} quote`).not.toBeNull();
        checked++;
      }
      for (const f of e.facts) {
        expect(findQuote(f.quote ?? getPassage(f.to)!.text, f.answer), `${e.file}:${f.line} answer ${f.answer}`).not.toBeNull();
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('uses only the MDX elements the component map provides', () => {
    const known = new Set<string>(MDX_ELEMENT_NAMES);
    const walk = (uses: { name: string; line: number; children: unknown[] }[], file: string) => {
      for (const u of uses) {
        expect(known.has(u.name), `${file}:${u.line} <${u.name}> is not in the MDX component map`).toBe(true);
        walk(u.children as typeof uses, file);
      }
    };
    for (const e of listExplainers()) walk(e.elements, e.file);
  });
});

describe('news sources are the seed articles, verbatim', () => {
  const seeds = path.join(process.cwd(), '..', 'shared', 'seeds');
  const news = listSources().filter((s) => s.kind === 'news');

  it('has all five seed articles', () => {
    expect(news.length).toBe(5);
  });

  it.runIf(fs.existsSync(seeds))('every passage is a whole line of its seed file, in order', () => {
    for (const source of news) {
      expect(source.seed, source.slug).toBeTruthy();
      const lines = fs.readFileSync(path.join(seeds, source.seed!), 'utf8').split('\n').map((l) => l.replace(/\s+$/, ''));
      let from = 0;
      for (const p of source.passages) {
        const at = lines.indexOf(p.text, from);
        expect(at, `${p.id} is not verbatim in ${source.seed}`).toBeGreaterThanOrEqual(0);
        from = at + 1;
      }
    }
  });
});
