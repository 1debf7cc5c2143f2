import type { Page } from '@playwright/test';

/** Resolves once Next's client runtime has started on the page (it sets `window.next`). */
export async function waitForNext(page: Page): Promise<void> {
  await page.waitForFunction(() => Boolean((window as { next?: { version?: string } }).next?.version));
}

/**
 * Resolves once the popover script (app/cite-popovers.js) runs on the page. On prerendered pages it loads after
 * the first paint; until then citations and terms work as without JavaScript (CSS previews, a tap follows the link).
 */
export async function waitForPopovers(page: Page): Promise<void> {
  await page.locator('html[data-popovers]').waitFor({ state: 'attached' });
}
