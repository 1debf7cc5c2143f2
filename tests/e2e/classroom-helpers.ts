import { expect, type Browser, type Page } from '@playwright/test';
import { signUpWithClass } from './teacher-flow';

/** A teacher signed up with a fresh account and one class, on its class page; `code` is the join code shown. */
export async function teacherWithClass(browser: Browser, { className = 'Geography 9', timezoneId }: { className?: string; timezoneId?: string } = {}) {
  const page = await (await browser.newContext(timezoneId ? { timezoneId } : {})).newPage();
  const code = await signUpWithClass(page, className, 'Mr Keita');
  return { page, code };
}

/** Joins on the /join page with the code and name typed in. */
export async function joinWithCode(page: Page, code: string, name: string) {
  await page.goto('/join');
  await page.getByRole('textbox', { name: 'Class code' }).fill(code);
  await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await page.getByRole('button', { name: 'Join class' }).click();
}

/** Answers the first unanswered question on the page with its first option (or a typed guess). */
export async function answerNext(page: Page) {
  const question = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Save answer' }) }).first();
  await expect(question).toBeVisible();
  const radio = question.getByRole('radio').first();
  const checkbox = question.getByRole('checkbox').first();
  const text = question.getByRole('textbox');
  const selects = question.getByRole('combobox');
  if (await radio.count()) await radio.check();
  else if (await checkbox.count()) await checkbox.check();
  else if (await text.count()) await text.fill('2013');
  else if (await selects.count()) {
    // Matching: the first choice for each prompt. Ordering: each event its own position (a repeated one is refused).
    const ordering = (await question.getByText('Give each event a position').count()) > 0;
    for (let i = 0; i < (await selects.count()); i++) await selects.nth(i).selectOption({ index: ordering ? i + 1 : 1 });
  }
  const open = await page.getByRole('button', { name: 'Save answer' }).count();
  if (await question.getByText('Step 1 of 2').count()) {
    // A two-part item: the answer is kept, then its proof step takes the same place.
    await question.getByRole('button', { name: 'Save answer' }).click();
    await expect(question.getByText('Step 2 of 2')).toBeVisible();
    await question.getByRole('radio').first().check();
  }
  await question.getByRole('button', { name: 'Save answer' }).click();
  await expect(page.getByRole('button', { name: 'Save answer' })).toHaveCount(open - 1);
}
