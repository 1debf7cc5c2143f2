import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { listContentProblems } from '@/lib/content';
import { useContentFixture } from '../../helpers/content-fixture';

const FILE = 'explainers/minusma.mdx';
const QUOTE = 'A resolution requires at least nine votes in favour';

describe('citation checks fail on broken content', () => {
  const current = useContentFixture();

  it('accepts the unchanged copy', () => {
    expect(listContentProblems()).toEqual([]);
  });

  it('names the file and the citation when one character of a quote changes', () => {
    current().edit(FILE, (t) => t.replace(QUOTE, QUOTE.replace('nine', 'nime')));
    const problems = listContentProblems();
    expect(problems).toHaveLength(1);
    expect(problems[0]!.where).toMatch(/^content\/explainers\/minusma\.mdx:\d+$/);
    expect(problems[0]!.message).toContain('nime votes');
    expect(problems[0]!.message).toContain('not verbatim');
  });

  it('names the file and the citation for an unknown passage id', () => {
    current().edit(FILE, (t) => t.replace(/<Cite to="[^"]+"/, '<Cite to="foo#p99"'));
    const problems = listContentProblems();
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('unknown passage foo#p99')]);
    expect(problems[0]!.where).toContain('content/explainers/minusma.mdx:');
  });

  it('rejects a passage number past the end of a real source', () => {
    current().edit(FILE, (t) => t.replace('to="un-pulls-peacekeepers-out-of-mali#p4"', 'to="un-pulls-peacekeepers-out-of-mali#p40"'));
    expect(listContentProblems().some((p) => p.message.includes('unknown passage un-pulls-peacekeepers-out-of-mali#p40'))).toBe(true);
  });

  it('rejects a fact whose answer is not in its passage', () => {
    current().edit(FILE, (t) => t.replace('answer="Gao"', 'answer="Kidal"').replace('>Gao</Fact>', '>Kidal</Fact>'));
    expect(listContentProblems().some((p) => p.message.includes('answer="Kidal"'))).toBe(true);
  });

  it('rejects invalid frontmatter with the file named', () => {
    current().edit(FILE, (t) => t.replace(/^order: \d+$/m, 'order: first'));
    const problems = listContentProblems();
    expect(problems[0]!.where).toBe('content/explainers/minusma.mdx');
    expect(problems[0]!.message).toContain('order');
  });

  it('rejects a source whose frontmatter is invalid', () => {
    current().edit('sources/un-pulls-peacekeepers-out-of-mali.md', (t) => t.replace('kind: "news"', 'kind: "blog"'));
    expect(listContentProblems()[0]!.where).toBe('content/sources/un-pulls-peacekeepers-out-of-mali.md');
  });

  it('makes the build step fail with the file and the citation named', () => {
    current().edit(FILE, (t) => t.replace(/<Cite to="[^"]+"/, '<Cite to="foo#p99"'));
    const run = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/check-content.ts'], {
      env: { ...process.env, CONTENT_DIR: current().dir },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/content\/explainers\/minusma\.mdx:\d+: <Cite to="foo#p99">: unknown passage foo#p99/);
  });
});

describe('markers', () => {
  it('keeps one marker per passage per sentence: an earlier repeat is quiet', async () => {
    const { parseExplainer } = await import('@/lib/content');
    const raw = [
      '---',
      'title: "Test"',
      'summary: "A test explainer for markers."',
      'order: 1',
      'objectives: ["Check markers."]',
      '---',
      '',
      'It came in <Fact kind="year" answer="2013" to="a#p1">2013</Fact> with troops.<Cite to="a#p1" /> It left in 2023.<Cite to="a#p1" />',
    ].join('\n');
    const e = parseExplainer('content/explainers/test.mdx', raw);
    expect(e.citations.map((c) => c.ordinal)).toEqual([1, 2, 3]);
    // The Fact's marker (1) repeats the Cite (2) in the same sentence; the next sentence's Cite (3) stays.
    expect(e.quietOrdinals).toEqual([1]);
  });
});
