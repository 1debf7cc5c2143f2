/** Rows a results table shows at once: a class fits on one page; a whole school's assignment pages by 100. */
export const STUDENTS_PER_PAGE = 100;

export type Page<T> = {
  items: T[];
  /** 1-based; a page past the end shows the last page. */
  page: number;
  pages: number;
  /** 1-based positions of the first and last row shown; 0 and 0 when there are none. */
  from: number;
  to: number;
  total: number;
  /** Rows per page. */
  size: number;
};

/** Page `page` (1-based, clamped to the pages there are) of `items`, `size` at a time. */
export function pageOf<T>(items: readonly T[], page: number, size = STUDENTS_PER_PAGE): Page<T> {
  if (!Number.isInteger(size) || size < 1) throw new Error(`pageOf: size must be a positive integer, got ${size}`);
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Number.isInteger(page) ? Math.min(Math.max(page, 1), pages) : 1;
  const start = (current - 1) * size;
  const shown = items.slice(start, start + size);
  return { items: shown, page: current, pages, from: shown.length ? start + 1 : 0, to: start + shown.length, total: items.length, size };
}
