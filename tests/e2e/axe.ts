import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.2 AA, as the project's accessibility gate. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Fails the test with a readable list when axe finds any violation on the current page. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // During a client-side navigation Next 16 streams the new page's metadata, so for a few tens of
  // milliseconds the document has no <title>. Give it a moment; a page that never gets one still fails below.
  await page.waitForFunction(() => document.title.trim() !== '', null, { timeout: 2_000 }).catch(() => {});
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n')}`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}
