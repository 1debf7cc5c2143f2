import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

/** Every public page, found from the home page and the sources index so new pages are covered. */
async function publicPaths(page: import('@playwright/test').Page): Promise<string[]> {
  const paths = new Set<string>(['/', '/sources']);
  for (const start of ['/', '/sources']) {
    await page.goto(start);
    for (const href of await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
      const path = href.split(/[?#]/)[0] ?? '';
      if (path) paths.add(path);
    }
  }
  return [...paths].sort();
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG 2.2 AA violation on any public page (${scheme})`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: scheme });
    const paths = await publicPaths(page);
    expect(paths).toContain('/explainers/minusma');
    for (const path of paths) {
      await page.goto(path);
      await expectNoAxeViolations(page);
    }
  });
}

test('axe finds no violation on a source page with a highlighted passage and an open citation', async ({ page }) => {
  await page.goto('/sources/mali-asks-un-to-withdraw-peacekeepers?mark=crisis%20of%20confidence#p5');
  await expectNoAxeViolations(page);
  await page.goto('/explainers/minusma');
  await page.locator('a[id^="cite-"]').first().focus();
  await expectNoAxeViolations(page);
});
