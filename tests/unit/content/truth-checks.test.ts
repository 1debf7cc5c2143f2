import { describe, expect, it } from 'vitest';
import { getExplainer, listContentProblems, listDateMentions, listNoteDateProblems, parseSource } from '@/lib/content';
import { useContentFixture } from '../../helpers/content-fixture';

function note(paragraphs: string[], date = '2023-06-30'): string {
  return [
    '---',
    'title: "Test note"',
    'publisher: "Cited course team"',
    `published: "${date}"`,
    'publishedInferred: false',
    'license: "Test."',
    'kind: "course-note"',
    'document:',
    '  title: "A resolution"',
    '  publisher: "UN"',
    `  date: "${date}"`,
    '  url: "https://example.org/doc"',
    '---',
    '',
    paragraphs.join('\n\n'),
  ].join('\n');
}

describe('a course note reports nothing dated after its document', () => {
  it('finds explicit dates of every precision, and no numbers that are not years', () => {
    const mentions = listDateMentions('On 16 September 2023, by November 15, 2024, in July 2023 and in 2012, with 13,289 troops (SC/14279).');
    expect(mentions.map((m) => [m.text, m.from, m.to])).toEqual([
      ['16 September 2023', '2023-09-16', '2023-09-16'],
      ['November 15, 2024', '2024-11-15', '2024-11-15'],
      ['July 2023', '2023-07-01', '2023-07-31'],
      ['2012', '2012-01-01', '2012-12-31'],
    ]);
  });

  it('flags a later event told as done, and accepts deadlines and schedules the document sets', () => {
    const source = parseSource(
      'content/sources/test-note.md',
      note([
        'The mission was to leave by 31 December 2023.',
        'A liquidation phase would begin on 1 January 2024.',
        'Until 30 September 2023 the mission could still protect civilians.',
        'The mission had been in Mali since 2013.',
        'The liquidation began on 1 January 2024.',
        'In 2024 the last camp closed.',
      ]),
    );
    expect(listNoteDateProblems(source).map((p) => p.passage)).toEqual(['test-note#p5', 'test-note#p6']);
  });

  const current = useContentFixture();

  it('fails the content check for the old mistake: a September 2020 swearing-in in a note on the 19 August 2020 statement', () => {
    current().edit('sources/mali-coup-2020.md', (t) => `${t.trimEnd()}\n\nOn 25 September 2020 a retired officer, Bah Ndaw, was sworn in as transitional president.\n`);
    const problems = listContentProblems();
    expect(problems).toEqual([
      { where: 'content/sources/mali-coup-2020.md (mali-coup-2020#p6)', message: expect.stringContaining('reports "25 September 2020" as done') },
    ]);
  });
});

describe('a claim a <Settles> contradicts is only ever a source\'s claim', () => {
  const current = useContentFixture();

  it('exposes the rejected claims on the parsed explainer', () => {
    const aes = getExplainer('alliance-of-sahel-states');
    expect(aes?.rejectedClaims).toEqual([
      expect.objectContaining({
        phrase: 'September 2024',
        claimedIn: ['al-mayadeen-minusma-withdrawal-by-november-15#p10'],
        settledBy: 'liptako-gourma-charter-creates-aes#p2',
        explainerSlug: 'alliance-of-sahel-states',
      }),
    ]);
  });

  it('fails when the course states a rejected claim in its own voice, in any module', () => {
    current().edit('explainers/minusma.mdx', (t) =>
      t.replace('## A mission under fire', 'In 2014, France deployed a separate security mission to fight insurgents.<Cite to="un-pulls-peacekeepers-out-of-mali#p12" />\n\n## A mission under fire'),
    );
    const problems = listContentProblems();
    expect(problems).toEqual([{ where: expect.stringMatching(/^content\/explainers\/minusma\.mdx:\d+$/), message: expect.stringContaining('"In 2014, France deployed" is contradicted by france-in-mali#p1') }]);
  });

  it('accepts the same words when a sentence attributes them and cites the source that makes the claim', () => {
    current().edit('explainers/minusma.mdx', (t) =>
      t.replace('## A mission under fire', 'One news report says: "In 2014, France deployed a separate security mission to fight insurgents."<Cite to="un-pulls-peacekeepers-out-of-mali#p12" />\n\n## A mission under fire'),
    );
    expect(listContentProblems()).toEqual([]);
  });

  it('fails when a rejected claim is a fact\'s answer, even attributed', () => {
    current().edit('explainers/reading-the-news.mdx', (t) =>
      t.replace(
        'Al Mayadeen gives the founding date as September 2024.<Cite to="al-mayadeen-minusma-withdrawal-by-november-15#p10" quote="In September 2024" />',
        '<Fact kind="date" answer="September 2024" to="al-mayadeen-minusma-withdrawal-by-november-15#p10">Al Mayadeen gives the founding date as September 2024</Fact>.',
      ),
    );
    expect(listContentProblems().map((p) => p.message)).toEqual([expect.stringContaining('<Fact answer="September 2024">: "September 2024" is a claim')]);
  });

  it('fails when rejects= names words no claim of the disagreement contains', () => {
    current().edit('explainers/alliance-of-sahel-states.mdx', (t) => t.replace('rejects="September 2024"', 'rejects="September 2024|in 2025"'));
    expect(listContentProblems().map((p) => p.message)).toEqual([expect.stringContaining('<Settles rejects="in 2025">: no <Claim>')]);
  });
});

describe('every course note links its document or names its basis', () => {
  const current = useContentFixture();

  it('fails a note whose document has no link and that names no basis', () => {
    current().edit('sources/un-resolution-2100-creates-minusma.md', (t) => t.replace(/^ {2}url: .*\n/m, ''));
    expect(listContentProblems()).toEqual([
      { where: 'content/sources/un-resolution-2100-creates-minusma.md', message: expect.stringContaining('document.url: a course note links the primary document') },
    ]);
  });

  it('fails a note that drops its basis', () => {
    current().edit('sources/lavrov-on-russians-in-mali.md', (t) => t.replace(/^basis:\n(?: {2}.*\n)+/m, ''));
    expect(listContentProblems()[0]).toEqual({ where: 'content/sources/lavrov-on-russians-in-mali.md', message: expect.stringContaining('names its non-primary basis') });
  });
});

describe('a data table cannot drift from its passages', () => {
  const current = useContentFixture();

  it('fails a row whose figure is not in the cited passage', () => {
    current().edit('explainers/minusma.mdx', (t) => t.replace('cells="2295 (2016)|13,289|1,920"', 'cells="2295 (2016)|13,298|1,920"'));
    expect(listContentProblems().map((p) => p.message)).toEqual([expect.stringContaining('"13,298" is not in un-resolution-2295-raises-troop-ceiling#p2')]);
  });
});

describe('[sic] and corrections', () => {
  const current = useContentFixture();

  it('keeps a misprinted word verbatim and says where [sic] goes', async () => {
    const { getSource, listSicOffsets } = await import('@/lib/content');
    const passage = getSource('chief-observer-us-orderly-withdrawal')!.passages.find((p) => p.sic.length > 0)!;
    expect(passage.text).toContain('consent for MinusmaINUSMA,”');
    expect(passage.sic).toEqual(['MinusmaINUSMA']);
    expect(listSicOffsets(passage.text, passage.sic)).toEqual([passage.text.indexOf('MinusmaINUSMA') + 'MinusmaINUSMA'.length]);
  });

  it('fails a sic word that is not in the text', () => {
    current().edit('sources/chief-observer-us-orderly-withdrawal.md', (t) => t.replace('sic: ["MinusmaINUSMA"]', 'sic: ["MinusmaMINUSMA"]'));
    expect(listContentProblems()).toEqual([{ where: 'content/sources/chief-observer-us-orderly-withdrawal.md', message: 'sic: "MinusmaMINUSMA" is not in the text' }]);
  });

  it('fails a correction that names an unknown module', () => {
    current().edit('corrections.md', (t) => t.replace('module: "coups-2020-2021"', 'module: "coups"'));
    expect(listContentProblems()).toEqual([{ where: 'content/corrections.md', message: expect.stringContaining('unknown module "coups"') }]);
  });
});
