import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { listPublicPaths } from './crawl';

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG 2.2 AA violation on any public page (${scheme})`, async ({ page }) => {
    test.setTimeout(420_000);
    await page.emulateMedia({ colorScheme: scheme });
    const paths = await listPublicPaths(page);
    expect(paths).toContain('/explainers/minusma');
    expect(paths).toEqual(expect.arrayContaining(['/timeline', '/glossary', '/how-we-check']));
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
