import { expect, test } from '@playwright/test';
import { waitForPopovers } from './next-runtime';

test('a citation shows its passage on focus and leads to the highlighted passage', async ({ page }) => {
  await page.goto('/explainers/minusma');
  await waitForPopovers(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('MINUSMA');

  const marker = page.locator('a[id^="cite-"]').first();
  await marker.focus();
  const tooltip = page.locator(`#${await marker.getAttribute('aria-describedby')}`);
  await expect(tooltip).toBeVisible();
  const tooltipText = (await tooltip.innerText()).trim();
  expect(tooltipText.length).toBeGreaterThan(20);

  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();

  await marker.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/sources\/[a-z0-9-]+(\?mark=[^#]*)?#p\d+$/);
  const anchor = new URL(page.url()).hash.slice(1);
  const passage = page.locator(`[id="${anchor}"]`);
  await expect(passage).toBeInViewport();
  // :target styling is what highlights the passage.
  expect(await passage.evaluate((el) => el.matches(':target'))).toBe(true);
  const ring = await passage.evaluate((el) => getComputedStyle(el).boxShadow);
  expect(ring).not.toBe('none');
  // The passage shown in the popover is the passage we landed on.
  const passageText = await passage.locator('[data-passage-text]').innerText();
  expect(tooltipText).toContain(passageText.slice(0, 40));
});

test('every source is listed and reachable', async ({ page }) => {
  await page.goto('/sources');
  const links = page.getByRole('main').getByRole('link').filter({ hasNotText: 'All sources' });
  const count = await links.count();
  expect(count).toBeGreaterThanOrEqual(5);
  await links.first().click();
  await expect(page.locator('#p1')).toBeVisible();
});

test('an explainer reached by a client-side navigation shows its whole article, whose HTML is not in the RSC payload', async ({ page }) => {
  await page.goto('/');
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // A Next <Link> on the home page: the router fetches the page's RSC payload, not its HTML.
  await page.locator('main a[href="/explainers/coups-2020-2021"]').first().click();
  await expect(page).toHaveURL(/\/explainers\/coups-2020-2021$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('coups');
  const article = page.locator('[data-static-html="article"]');
  await expect(article.getByRole('heading', { name: 'Key points' })).toBeVisible();
  const markers = article.locator('a[id^="cite-"]');
  expect(await markers.count()).toBeGreaterThan(10);
  await markers.first().focus();
  await expect(page.locator(`#${await markers.first().getAttribute('aria-describedby')}`)).toBeVisible();
  await expect(page.locator('[data-static-html="references"] li').first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('a citation of some words links to its bare passage and, once reached, asks the reader to mark those words', async ({ page }) => {
  await page.goto('/explainers/minusma');
  await waitForPopovers(page);
  const marker = page.locator('a[id^="cite-"][data-m]').first();
  const bare = await marker.getAttribute('href');
  expect(bare).toMatch(/^\/sources\/[a-z0-9-]+#p\d+$/);
  await marker.focus();
  await expect(marker).toHaveAttribute('href', /\?mark=[^#]+#p\d+$/);
  const words = decodeURIComponent(/\?mark=([^#]+)/.exec((await marker.getAttribute('href'))!)![1]!);
  // The marked words are the preview's own words: the passage holds them.
  const preview = page.locator(`#${await marker.getAttribute('aria-describedby')}`);
  expect((await preview.innerText()).replace(/\s+/g, ' ')).toContain(words);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?mark=[^#]+#p\d+$/);
  await expect.poll(() => page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('cited-words'))).toBe(true);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a citation still shows its passage on hover and on focus, and links to its source', async ({ page }) => {
    await page.goto('/explainers/minusma');
    const markers = page.locator('article .cite > a[id^="cite-"]');
    const first = markers.first();
    await first.hover();
    await expect(page.locator(`#${await first.getAttribute('aria-describedby')}`)).toBeVisible();
    const third = markers.nth(2);
    await third.focus();
    const preview = page.locator(`#${await third.getAttribute('aria-describedby')}`);
    await expect(preview).toBeVisible();
    expect((await preview.innerText()).length).toBeGreaterThan(20);
    await expect(third).toHaveAttribute('href', /^\/sources\/[a-z0-9-]+#p\d+$/);
  });
});

test('a citation focused before the popover script arrives is marked once it runs; until then it works as without JavaScript', async ({ page }) => {
  let release!: () => void;
  const arrived = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/cite-popovers.js*', async (route) => {
    await arrived;
    await route.continue();
  });
  await page.goto('/explainers/minusma', { waitUntil: 'domcontentloaded' });
  const marker = page.locator('a[id^="cite-"][data-m]').first();
  await marker.focus();
  // CSS alone shows the preview; the link is still the bare passage.
  await expect(page.locator(`#${await marker.getAttribute('aria-describedby')}`)).toBeVisible();
  await expect(marker).toHaveAttribute('href', /^\/sources\/[a-z0-9-]+#p\d+$/);
  release();
  await waitForPopovers(page);
  await expect(marker).toHaveAttribute('href', /\?mark=[^#]+#p\d+$/);
});
