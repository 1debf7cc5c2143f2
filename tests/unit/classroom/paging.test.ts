import { describe, expect, it } from 'vitest';
import { STUDENTS_PER_PAGE, pageOf } from '@/lib/classroom/paging';

const rows = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('pageOf', () => {
  it('shows a class of 30 on one page', () => {
    const p = pageOf(rows(30), 1);
    expect(p).toMatchObject({ page: 1, pages: 1, from: 1, to: 30, total: 30 });
    expect(p.items).toHaveLength(30);
  });

  it('pages 1,000 students by STUDENTS_PER_PAGE, each row on exactly one page', () => {
    const all = rows(1000);
    const first = pageOf(all, 1);
    expect(first.pages).toBe(Math.ceil(1000 / STUDENTS_PER_PAGE));
    const seen = Array.from({ length: first.pages }, (_, i) => pageOf(all, i + 1).items).flat();
    expect(seen).toEqual(all);
    const third = pageOf(all, 3);
    expect(third).toMatchObject({ from: 2 * STUDENTS_PER_PAGE + 1, to: 3 * STUDENTS_PER_PAGE });
    expect(third.items[0]).toBe(2 * STUDENTS_PER_PAGE + 1);
  });

  it('clamps a page out of range or not a whole number', () => {
    expect(pageOf(rows(250), 99, 100)).toMatchObject({ page: 3, from: 201, to: 250 });
    expect(pageOf(rows(250), 0, 100).page).toBe(1);
    expect(pageOf(rows(250), -4, 100).page).toBe(1);
    expect(pageOf(rows(250), 1.5, 100).page).toBe(1);
    expect(pageOf(rows(250), Number.NaN, 100).page).toBe(1);
  });

  it('has one empty page when there is nothing to show', () => {
    expect(pageOf([], 1)).toMatchObject({ items: [], page: 1, pages: 1, from: 0, to: 0, total: 0 });
  });

  it('rejects a size that is not a positive integer', () => {
    expect(() => pageOf(rows(3), 1, 0)).toThrow(/positive integer/);
  });
});
