import { expect, test } from '@playwright/test';
import { waitForPopovers } from './next-runtime';
import { expectNoAxeViolations } from './axe';

test('a glossary term shows its definition on focus, hides it on Escape, and links to the glossary', async ({ page }) => {
  await page.goto('/explainers/minusma');
  await waitForPopovers(page);
  const term = page.getByRole('main').getByRole('link', { name: 'insurgency' }).first();
  await term.focus();
  const tooltip = page.locator(`#${await term.getAttribute('aria-describedby')}`);
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('armed fight');
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();
  await term.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/glossary#insurgency$/);
  await expect(page.locator('#insurgency')).toContainText('A long, armed fight');
});

test('every module opens with key points and shows a map, timeline or disagreement', async ({ page }) => {
  await page.goto('/');
  const modules = await page.locator('#modules a[href^="/explainers/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(modules).toHaveLength(5);
  for (const href of modules) {
    await page.goto(href);
    await expect(page.getByRole('heading', { name: 'Key points' })).toBeVisible();
    const visuals = page.locator('main figure svg[role="img"], main section[aria-label] ol, main .sources-disagree');
    expect(await visuals.count(), href).toBeGreaterThan(0);
  }
});

test('the map has a text alternative naming its places', async ({ page }) => {
  await page.goto('/explainers/alliance-of-sahel-states');
  const map = page.getByRole('img', { name: /Map: .*Niamey/ });
  await expect(map).toBeVisible();
  const places = page.getByRole('figure').getByRole('listitem').filter({ hasText: 'capital of Niger' });
  await expect(places).toHaveCount(1);
});

test('the course timeline lists dated, cited events oldest first', async ({ page }) => {
  await page.goto('/timeline');
  const dates = await page.locator('main li time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
  expect(dates.length).toBeGreaterThan(20);
  expect(dates).toEqual([...dates].sort());
  expect(await page.locator('main li a[href^="/sources/"]').count()).toBe(dates.length);
});
