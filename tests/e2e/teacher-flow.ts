import { expect, type Locator, type Page } from '@playwright/test';

/** Signs up a new teacher (a unique email) and creates a class; returns its join code as shown. */
export async function signUpWithClass(page: Page, className: string, teacherName = 'Ms Coulibaly'): Promise<string> {
  await page.goto('/teacher/sign-up');
  await page.getByLabel('Your name').fill(teacherName);
  await page.getByLabel('Email').fill(`teacher-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`);
  await page.getByLabel('Password').fill('a long enough password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Your classes', level: 1 })).toBeVisible();
  await page.getByLabel('Class name').fill(className);
  await page.getByRole('button', { name: 'Create class' }).click();
  await expect(page.getByRole('heading', { name: className, level: 1 })).toBeVisible();
  return (await page.getByTestId('join-code').innerText()).trim();
}

/** Answers a practice question's form with some answer (right or wrong) and checks it. */
export async function answerPracticeForm(form: Locator): Promise<void> {
  const toProof = form.getByRole('button', { name: 'Next: find the proof' });
  if (await toProof.count()) {
    // A two-part item: its first answer, then the proof step on the quiz page.
    await form.getByRole('radio').first().check();
    await toProof.click();
    form = form.page().locator('#question form');
    await expect(form.getByText('Step 2 of 2')).toBeVisible();
  }
  const radios = form.getByRole('radio');
  const boxes = form.getByRole('checkbox');
  const text = form.getByRole('textbox');
  const selects = form.getByRole('combobox');
  if (await radios.count()) await radios.first().check();
  if (await boxes.count()) await boxes.first().check();
  if (await text.count()) await text.fill('2013');
  const n = await selects.count();
  for (let i = 0; i < n; i++) await selects.nth(i).selectOption({ index: i + 1 });
  await form.getByRole('button', { name: 'Check answer' }).click();
}
