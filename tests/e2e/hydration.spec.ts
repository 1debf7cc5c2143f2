import { expect, test } from '@playwright/test';
import { listPublicPaths } from './crawl';
import { waitForNext } from './next-runtime';

const CHUNK = /\/_next\/static\/chunks\/[^/?#]+\.js$/;

test('prerendered pages request their JavaScript only after the first contentful paint', async ({ page, request }) => {
  for (const path of ['/', '/explainers/minusma', '/explainers/minusma/quiz', '/sources/mali-asks-un-to-withdraw-peacekeepers']) {
    const html = await (await request.get(path)).text();
    // No chunk in the markup, where the browser would fetch it alongside the HTML and CSS...
    expect(html, path).not.toMatch(/<script src="\/_next\/static\/chunks\/[^"]+" async/);
    expect(html, path).not.toMatch(/<link rel="preload" as="script"/);

    // ...and in the browser every chunk is requested after the first contentful paint, and the page hydrates.
    await page.goto(path);
    await waitForNext(page);
    const timing = await page.evaluate((chunk) => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
      const starts = performance
        .getEntriesByType('resource')
        .filter((e) => new RegExp(chunk).test(new URL(e.name).pathname))
        .map((e) => e.startTime);
      return { fcp, starts };
    }, CHUNK.source);
    expect(timing.fcp, path).not.toBeNull();
    expect(timing.starts.length, path).toBeGreaterThan(0);
    expect(Math.min(...timing.starts), path).toBeGreaterThanOrEqual(timing.fcp!);
  }
});

test('every public page hydrates without a console error', async ({ page }) => {
  test.setTimeout(180_000);
  const paths = [...(await listPublicPaths(page)), '/explainers/minusma/quiz'];
  const errors: string[] = [];
  let current = '';
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${current}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${current}: ${error.message}`));
  for (const path of paths) {
    current = path;
    await page.goto(path);
    await waitForNext(page);
    await page.waitForLoadState('networkidle');
  }
  expect(errors).toEqual([]);
});
