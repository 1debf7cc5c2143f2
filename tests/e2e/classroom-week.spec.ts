import { expect, test, type Browser } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

/** A teacher whose browser is in `timezoneId`, signed up with a fresh account and one class. */
async function teacherWithClass(browser: Browser, timezoneId: string) {
  const page = await (await browser.newContext({ timezoneId })).newPage();
  await page.goto('/teacher/sign-up');
  await page.getByLabel('Your name').fill('Mr Keita');
  await page.getByLabel('Email').fill(`teacher-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`);
  await page.getByLabel('Password').fill('a long enough password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Your classes', level: 1 })).toBeVisible();
  await page.getByLabel('Class name').fill('Geography 9');
  await page.getByRole('button', { name: 'Create class' }).click();
  await expect(page.getByRole('heading', { name: 'Geography 9', level: 1 })).toBeVisible();
  const code = (await page.getByTestId('join-code').innerText()).trim();
  return { page, code };
}

test('a due date picked in New York shows as picked to the teacher and in local time to a student in Paris', async ({ browser }) => {
  const { page: teacher, code } = await teacherWithClass(browser, 'America/New_York');
  await teacher.getByRole('link', { name: 'New assignment' }).click();
  await teacher.getByLabel('Title').fill('Due in June');
  await expect(teacher.getByText('Time zone: America/New York.')).toBeVisible();
  await teacher.getByLabel('Due date (optional)').fill('2030-06-15T15:30');
  await teacher.getByRole('button', { name: 'Create assignment' }).click();
  await expect(teacher.getByRole('heading', { name: 'Due in June', level: 1 })).toBeVisible();
  await expect(teacher.getByText(/Due Sat,? 15 Jun 2030,? 15:30 GMT-4/)).toBeVisible();
  await expect(teacher.getByText(/GMT$|:00 GMT|19:30/)).toHaveCount(0);

  const student = await (await browser.newContext({ timezoneId: 'Europe/Paris' })).newPage();
  await student.goto('/join');
  await student.getByRole('textbox', { name: 'Class code' }).fill(code);
  await student.getByRole('textbox', { name: 'Your name' }).fill('Awa');
  await student.getByRole('button', { name: 'Join class' }).click();
  await expect(student.getByText(/due Sat,? 15 Jun 2030,? 21:30 (GMT\+2|CEST)/)).toBeVisible();
  await student.getByRole('link', { name: 'Due in June' }).click();
  await expect(student.getByText(/Due Sat,? 15 Jun 2030,? 21:30 (GMT\+2|CEST)/)).toBeVisible();
  await expectNoAxeViolations(student);
});
