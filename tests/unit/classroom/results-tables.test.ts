import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FactResultList, StudentResultsTable } from '@/components/classroom/results-tables';
import { pageOf } from '@/lib/classroom/paging';
import type { FactResult, StudentResult } from '@/lib/classroom/results';
import type { PassageView } from '@/lib/content/passage-view';

const student = (i: number): StudentResult => ({
  studentId: `s${i}`,
  displayName: `Student ${String(i).padStart(4, '0')}`,
  status: 'submitted',
  attemptsUsed: 1,
  attemptId: `a${i}`,
  score: 3,
  maxScore: 5,
  answered: 5,
  perQuestion: new Map(),
  perObjective: new Map(),
  minutesSpent: 4,
});

const passage = (n: number): PassageView => ({
  id: `some-source#p${n}`,
  quote: null,
  text: `The whole text of passage ${n}, which a folded card does not repeat.`,
  sourceTitle: 'Some source',
  publisher: 'Reuters',
  kind: 'news',
  n,
  href: `/sources/some-source#p${n}`,
  sic: [],
} as PassageView);

const fact = (i: number): FactResult & { passages: PassageView[] } => ({
  factKey: `f${i}`,
  module: 'minusma',
  objective: 0,
  stem: `Question about fact ${i}?`,
  forms: 1,
  answered: 10,
  correct: i,
  shareCorrect: i / 10,
  mostChosenWrong: null,
  citations: [],
  parts: null,
  passages: [passage(i)],
});

const rowsOf = (html: string) => [...html.matchAll(/<th scope="row"[^>]*>([^<]*)<\/th>/g)].map((m) => m[1]);

describe('StudentResultsTable', () => {
  const all = Array.from({ length: 250 }, (_, i) => student(i + 1));
  const render = (page: number) =>
    renderToStaticMarkup(createElement(StudentResultsTable, { students: pageOf(all, page, 100), assignmentId: 'A', pageHref: (n: number) => `/r?students=${n}` }));

  it('shows one page of a large class, with where it is and links to the pages around it', () => {
    const html = render(2);
    const rows = rowsOf(html);
    expect(rows).toHaveLength(100);
    expect(rows[0]).toBe('Student 0101');
    expect(rows.at(-1)).toBe('Student 0200');
    expect(html).toContain('Students 101–200 of 250, by name');
    expect(html).toContain('href="/r?students=1"');
    expect(html).toContain('href="/r?students=3"');
  });

  it('has no previous link on the first page, no next link on the last', () => {
    expect(render(1)).not.toContain('students=0');
    const last = render(3);
    expect(rowsOf(last)).toHaveLength(50);
    expect(last).not.toContain('students=4');
    expect(last).not.toContain('Next ');
    expect(last).toContain('Previous 100');
    expect(render(2)).toContain('Next 50');
  });

  it('shows a class of 30 without page links', () => {
    const html = renderToStaticMarkup(createElement(StudentResultsTable, { students: pageOf(all.slice(0, 30), 1), assignmentId: 'A', pageHref: () => '/x' }));
    expect(rowsOf(html)).toHaveLength(30);
    expect(html).not.toContain('Pages of students');
  });
});

describe('FactResultList', () => {
  it('shows the passages of the hardest facts and only links to those of the folded ones', () => {
    const facts = Array.from({ length: 12 }, (_, i) => fact(i + 1));
    const html = renderToStaticMarkup(createElement(FactResultList, { facts, shown: 8 }));
    for (let i = 1; i <= 8; i++) expect(html).toContain(`The whole text of passage ${i},`);
    for (let i = 9; i <= 12; i++) {
      expect(html).not.toContain(`The whole text of passage ${i},`);
      expect(html).toContain(`href="/sources/some-source#p${i}"`);
      expect(html).toContain(`Question about fact ${i}?`);
    }
  });
});
