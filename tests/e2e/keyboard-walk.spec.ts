import { expect, test, type Page } from '@playwright/test';
import { tabTo } from './keyboard';

/** The passage the page was sent to is in view and is the :target the reader highlights. */
async function expectTargetedPassage(page: Page) {
  await expect(page).toHaveURL(/\/sources\/[a-z0-9-]+(\?mark=[^#]*)?#p\d+$/);
  const passage = page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`);
  await expect(passage).toBeInViewport();
  expect(await passage.evaluate((el) => el.matches(':target'))).toBe(true);
}

test('a student reads, opens a citation, takes a quiz question and reaches its passage with the keyboard alone', async ({ page }) => {
  await page.goto('/explainers/minusma');

  // Skip link first, as a keyboard user meets it.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();

  // Open a citation: focus shows the passage, Enter follows it.
  const marker = page.locator('main a[id^="cite-"]').first();
  await tabTo(page, marker);
  await expect(page.locator(`[id="${await marker.getAttribute('aria-describedby')}"]`)).toBeVisible();
  await page.keyboard.press('Enter');
  await expectTargetedPassage(page);
  // Back, as Alt+Left does in a desktop browser (headless Chromium has no such shortcut).
  await page.goBack();
  await expect(page).toHaveURL(/\/explainers\/minusma/);

  // Take the quiz on its own page and answer its first question.
  await tabTo(page, page.getByRole('link', { name: 'Take the quiz on its own page' }), 600);
  await page.keyboard.press('Enter');
  const form = page.locator('#question form');
  await expect(form).toBeVisible();
  const toProof = form.getByRole('button', { name: 'Next: find the proof' });
  if (await toProof.count()) {
    // A two-part item: the answer by keyboard, then its proof step.
    await tabTo(page, form.getByRole('radio').first());
    await page.keyboard.press('Space');
    await tabTo(page, toProof);
    await page.keyboard.press('Enter');
    await expect(form.getByText('Step 2 of 2')).toBeVisible();
    await expect(page.locator('#question')).toBeFocused();
  }
  const radios = form.getByRole('radio');
  const boxes = form.getByRole('checkbox');
  const text = form.getByRole('textbox');
  const selects = form.getByRole('combobox');
  if (await radios.count()) {
    await tabTo(page, radios.first());
    await page.keyboard.press('Space');
  } else if (await boxes.count()) {
    await tabTo(page, boxes.first());
    await page.keyboard.press('Space');
  } else if (await text.count()) {
    await tabTo(page, text);
    await page.keyboard.type('2013');
  } else {
    const n = await selects.count();
    for (let i = 0; i < n; i++) {
      await tabTo(page, selects.nth(i));
      await page.keyboard.press('ArrowDown');
    }
  }
  await tabTo(page, form.getByRole('button', { name: 'Check answer' }));
  await page.keyboard.press('Enter');
  const feedback = page.locator('#feedback');
  await expect(feedback.getByRole('heading', { level: 2 })).toContainText('Question 1:');

  // From the feedback to the source passage.
  await tabTo(page, feedback.getByRole('link', { name: /Read it in the source/ }).first());
  await page.keyboard.press('Enter');
  await expectTargetedPassage(page);
});
