import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { answerNext, joinWithCode } from './classroom-helpers';
import { waitForNext } from './next-runtime';
import { signUpWithClass } from './teacher-flow';

/** A teacher's class with one assignment of every question type, answers shown after each; returns the join code and the teacher's page. */
async function classWithAssignment(browser: Browser, title: string) {
  const teacher = await (await browser.newContext()).newPage();
  const code = await signUpWithClass(teacher, `${title} class`);
  await teacher.getByRole('link', { name: 'New assignment' }).click();
  await teacher.getByLabel('Title').fill(title);
  await teacher.getByLabel('Number of questions').fill('6');
  await teacher.getByRole('radio', { name: /After each answer/ }).check();
  await teacher.getByRole('button', { name: 'Create assignment' }).click();
  await expect(teacher.getByRole('status').filter({ hasText: 'Assignment created' })).toBeVisible();
  return { teacher, code };
}

const saveButtons = (page: Page) => page.getByRole('button', { name: 'Save answer' });

test('a whole class assignment works with JavaScript off: join, start, every answer saved as a form post, feedback, submitted', async ({ browser }) => {
  test.setTimeout(240_000);
  const { teacher, code } = await classWithAssignment(browser, 'Plain forms');
  const context = await browser.newContext({ javaScriptEnabled: false });
  const student = await context.newPage();
  await joinWithCode(student, code, 'Ousmane K.');
  await expect(student.getByRole('heading', { name: 'Your assignments', level: 1 })).toBeVisible();
  await student.getByRole('link', { name: 'Plain forms' }).click();
  await student.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(saveButtons(student)).toHaveCount(6);

  // A refused post comes back as a code; the page shows its own sentence at that question, and nothing from the URL.
  const firstId = (await student.locator('li[id^="question-"]').first().getAttribute('id'))!.slice('question-'.length);
  const assignmentUrl = student.url().split('?')[0]!;
  await student.goto(`${assignmentUrl}?problem=empty&q=${firstId}#question-${firstId}`);
  await expect(student.locator(`#question-${firstId}`).getByRole('alert')).toHaveText('Choose or type an answer first.');
  await student.goto(`${assignmentUrl}?problem=${encodeURIComponent('Your account is closed')}&q=${firstId}`);
  await expect(student.getByText('Your account is closed')).toHaveCount(0);
  await student.goto(assignmentUrl);

  const posts: string[] = [];
  student.on('request', (r) => {
    if (r.method() === 'POST') posts.push(new URL(r.url()).pathname);
  });
  for (let i = 0; i < 6; i++) await answerNext(student);
  expect(posts.length).toBeGreaterThanOrEqual(6);
  expect(posts.every((p) => p.endsWith('/answer'))).toBe(true);
  await expect(student.getByRole('heading', { name: 'Attempt 1 (submitted)' })).toBeVisible();
  // After each answer: every question shows whether it was right and the passage that proves it.
  await expect(student.getByRole('heading', { name: /Question \d+: (correct|not quite|partly right|right answer|right proof|neither)/ })).toHaveCount(6);
  await context.close();

  // The teacher is still on the assignment's page, opened when it was created.
  await teacher.reload();
  await expect(teacher.getByRole('heading', { name: 'Plain forms', level: 1 })).toBeVisible();
  await expect(teacher.getByText('1 of 1 turned in')).toBeVisible();
});

test('an answer given before the scripts arrive is saved as a form post, and the page takes over once they run', async ({ browser }) => {
  test.setTimeout(240_000);
  const { code } = await classWithAssignment(browser, 'Slow scripts');
  const student = await (await browser.newContext()).newPage();
  await joinWithCode(student, code, 'Aminata S.');
  await student.getByRole('link', { name: 'Slow scripts' }).click();
  await student.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(saveButtons(student)).toHaveCount(6);

  // From here on every script of the page arrives 5 s late.
  let delayed = 0;
  await student.route('**/_next/static/**/*.js', async (route) => {
    delayed++;
    await new Promise((r) => setTimeout(r, 5_000));
    await route.continue();
  });
  const posts: string[] = [];
  student.on('request', (r) => {
    if (r.method() === 'POST') posts.push(new URL(r.url()).pathname);
  });
  await student.reload({ waitUntil: 'domcontentloaded' });
  expect(await student.evaluate(() => Boolean((window as { next?: unknown }).next))).toBe(false);
  await answerNext(student);
  expect(delayed).toBeGreaterThan(0);
  expect(posts[0]).toMatch(/\/student\/assignments\/[^/]+\/answer$/);

  // Once the scripts have run, answers go through the page's own request, without a reload.
  await waitForNext(student);
  const before = posts.length;
  while ((await saveButtons(student).count()) > 0) await answerNext(student);
  expect(posts.slice(before).some((p) => p.startsWith('/api/attempts/'))).toBe(true);
  await expect(student.getByRole('heading', { name: 'Attempt 1 (submitted)' })).toBeVisible();
  await expectNoAxeViolations(student);
});
