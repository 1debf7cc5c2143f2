import type { Page } from '@playwright/test';

/** Resolves once Next's client runtime has started on the page (it sets `window.next`). */
export async function waitForNext(page: Page): Promise<void> {
  await page.waitForFunction(() => Boolean((window as { next?: { version?: string } }).next?.version));
}
