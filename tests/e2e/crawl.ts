import type { Page } from '@playwright/test';

/**
 * Every public page reachable from the home page and the sources index (one level deep), so a
 * new module, source or page is covered by the gates without editing the tests.
 */
export async function listPublicPaths(page: Page): Promise<string[]> {
  const paths = new Set<string>(['/', '/sources']);
  for (const start of ['/', '/sources']) {
    await page.goto(start);
    const hrefs = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs) {
      const path = href.split(/[?#]/)[0] ?? '';
      if (path) paths.add(path);
    }
  }
  return [...paths].sort();
}
