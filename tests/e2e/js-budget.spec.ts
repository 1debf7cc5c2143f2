import zlib from 'node:zlib';
import { expect, test } from '@playwright/test';
import { waitForNext } from './next-runtime';

/**
 * JavaScript a browser loads for an explainer page, gzip-compressed, in KiB. Set from the measured
 * baseline (see the closing note of issue 6) with a small margin, so a regression fails CI.
 */
const EXPLAINER_JS_BUDGET_KIB = 160;
const EXPLAINER = '/explainers/minusma';

test('an explainer page loads less JavaScript than its budget', async ({ page }) => {
  const scripts = new Map<string, number>();
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    const body = await response.body().catch(() => null);
    if (body) scripts.set(response.url(), zlib.gzipSync(body, { level: 9 }).length);
  });
  await page.goto(EXPLAINER);
  // The chunks arrive after the first paint; wait until React has taken over the page.
  await waitForNext(page);
  await page.waitForLoadState('networkidle');
  expect(scripts.size).toBeGreaterThan(0);
  const kib = [...scripts.values()].reduce((a, b) => a + b, 0) / 1024;
  console.log(`explainer JS: ${scripts.size} files, ${kib.toFixed(1)} KiB gzip (budget ${EXPLAINER_JS_BUDGET_KIB} KiB)`);
  expect(kib).toBeLessThan(EXPLAINER_JS_BUDGET_KIB);
});
