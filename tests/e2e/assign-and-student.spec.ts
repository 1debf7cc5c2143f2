import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { waitForNext } from './next-runtime';
import { screenshotBoth } from './shots';
import { answerNext } from './classroom-helpers';
import { answerPracticeForm, signUpWithClass } from './teacher-flow';

const ASSIGN = 'Assign this module to a class';

test('a signed-in teacher gets an "Assign" button on a module page, leading to the form with that module picked', async ({ browser }) => {
  test.setTimeout(120_000);
  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto('/explainers/coups-2020-2021');
  await waitForNext(anonymous);
  await expect(anonymous.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(anonymous.getByRole('link', { name: ASSIGN })).toHaveCount(0);

  const teacher = await (await browser.newContext()).newPage();
  await signUpWithClass(teacher, 'Year 11 History');
  await teacher.goto('/explainers/coups-2020-2021');
  await waitForNext(teacher);
  await expect(teacher.getByRole('link', { name: ASSIGN })).toBeVisible();
  await expectNoAxeViolations(teacher);
  await screenshotBoth(teacher, 'explainer-assign');
  await teacher.getByRole('link', { name: ASSIGN }).click();
  await expect(teacher.getByRole('heading', { name: 'New assignment', level: 1 })).toBeVisible();
  await expect(teacher.getByRole('checkbox', { name: /Module \d+: .*coup/i })).toBeChecked();
  await expect(teacher.getByRole('checkbox', { name: /MINUSMA/ })).not.toBeChecked();
  await expect(teacher.getByLabel('Title')).toHaveValue(/^Read and check: /);
  await expectNoAxeViolations(teacher);

  // Signing out withdraws the button.
  await teacher.getByRole('button', { name: 'Sign out' }).click();
  await expect(teacher.getByRole('heading', { name: 'Teacher sign-in', level: 1 })).toBeVisible();
  await teacher.goto('/explainers/coups-2020-2021');
  await waitForNext(teacher);
  await expect(teacher.getByRole('link', { name: ASSIGN })).toHaveCount(0);
});

const answerFirstOpen = answerNext;

test('a student sees "My assignments", each with its status, a progress bar, "finish later", and the result before any retry', async ({ browser }) => {
  test.setTimeout(180_000);
  const teacher = await (await browser.newContext()).newPage();
  const code = await signUpWithClass(teacher, 'Year 8 Civics');
  await teacher.getByRole('link', { name: 'New assignment' }).click();
  await teacher.getByLabel('Title').fill('Two quick questions');
  await teacher.getByLabel('Number of questions').fill('2');
  for (const type of ['Select all that apply', 'Fill in the blank', 'Matching', 'Timeline ordering', 'Who said this?', 'True or false']) {
    await teacher.getByRole('checkbox', { name: type }).uncheck();
  }
  await teacher.getByLabel('Attempts allowed').fill('2');
  await teacher.getByRole('radio', { name: /After each answer/ }).check();
  await teacher.getByRole('button', { name: 'Create assignment' }).click();
  await expect(teacher.getByRole('status').filter({ hasText: 'Assignment created' })).toBeVisible();

  const student = await (await browser.newContext()).newPage();
  await student.goto('/join');
  await student.getByRole('textbox', { name: 'Class code' }).fill(code);
  await student.getByRole('textbox', { name: 'Your name' }).fill('Moussa T.');
  await student.getByRole('button', { name: 'Join class' }).click();
  await expect(student.getByRole('heading', { name: 'Your assignments', level: 1 })).toBeVisible();
  const card = student.getByRole('listitem').filter({ has: student.getByRole('link', { name: 'Two quick questions' }) });
  await expect(card).toContainText('Not started');

  // The header link, on a prerendered page too.
  await student.goto('/glossary');
  await waitForNext(student);
  await student.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My assignments' }).click();
  await expect(student.getByRole('heading', { name: 'Your assignments', level: 1 })).toBeVisible();

  await card.getByRole('link', { name: 'Two quick questions' }).click();
  await student.getByRole('button', { name: 'Start the quiz' }).click();
  const progress = student.getByRole('progressbar', { name: '0 of 2 answered' });
  await expect(progress).toBeVisible();
  await answerFirstOpen(student);
  await expect(student.getByRole('progressbar', { name: '1 of 2 answered' })).toHaveAttribute('value', '1');
  await expectNoAxeViolations(student);
  await screenshotBoth(student, 'student-quiz-progress');

  await expect(student.getByText('your answers so far are saved').first()).toBeVisible();
  await student.getByRole('link', { name: 'Finish later' }).first().click();
  await expect(student.getByRole('heading', { name: 'Your assignments', level: 1 })).toBeVisible();
  await expect(card).toContainText('1 of 2 answered');

  await card.getByRole('link', { name: 'Two quick questions' }).click();
  await answerFirstOpen(student);
  await expect(student.getByRole('heading', { name: 'Attempt 1 (submitted)' })).toBeVisible();
  // The result first; no big "Start attempt 2", but a secondary "Try again" below the result.
  await expect(student.getByRole('button', { name: /Start attempt/ })).toHaveCount(0);
  await expect(student.getByRole('link', { name: 'Finish later' })).toHaveCount(0);
  const retry = student.getByRole('button', { name: 'Try again (attempt 2 of 2)' });
  await expect(retry).toBeVisible();
  const resultTop = (await student.getByRole('heading', { name: 'Attempt 1 (submitted)' }).boundingBox())!.y;
  expect((await retry.boundingBox())!.y).toBeGreaterThan(resultTop);
  await expectNoAxeViolations(student);
  await screenshotBoth(student, 'student-submitted');

  await student.getByRole('link', { name: 'Your assignments' }).first().click();
  await expect(card).toContainText(/Turned in · score \d(\.\d)? \/ 2/);
  await expectNoAxeViolations(student);
  await screenshotBoth(student, 'student-home');
});

async function finishPracticeQuizWithoutScripts(browser: Browser, slug: string): Promise<string> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/explainers/${slug}/quiz`);
  await answerPracticeForm(page.locator('#question form'));
  for (let i = 0; i < 20; i++) {
    await expect(page.locator('#feedback')).toBeVisible();
    const next = page.getByRole('link', { name: 'Next question' });
    if (!(await next.count())) break;
    await next.click();
    await expect(page.locator('#question legend')).toContainText(`Question ${i + 2} of`);
    await answerPracticeForm(page.locator('#question form'));
  }
  await page.getByRole('link', { name: 'See your score' }).click();
  await expect(page.locator('#summary')).toBeVisible();
  const url = page.url();
  await context.close();
  return url;
}

test('the home page reminds a returning reader of the modules read and quizzes finished, from this device only', async ({ browser }) => {
  test.setTimeout(120_000);
  const summaryUrl = await finishPracticeQuizWithoutScripts(browser, 'minusma');
  const page = await (await browser.newContext()).newPage();
  const posts: string[] = [];
  page.on('request', (r) => {
    if (r.method() !== 'GET') posts.push(r.url());
  });
  await page.goto('/');
  await waitForNext(page);
  await expect(page.getByRole('heading', { name: 'Welcome back' })).toHaveCount(0);

  // The practice quiz shows its progress.
  await page.goto('/explainers/minusma/quiz');
  await expect(page.getByRole('progressbar', { name: /^0 of \d+ answered$/ })).toBeVisible();

  await page.goto('/explainers/coups-2020-2021');
  await waitForNext(page);
  await page.getByRole('navigation', { name: 'Modules' }).scrollIntoViewIfNeeded();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('cited:progress:v1') ?? '')).toContain('coups-2020-2021');
  await page.goto(summaryUrl);
  await waitForNext(page);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('cited:progress:v1') ?? '')).toContain('quizzes');

  await page.goto('/');
  await waitForNext(page);
  const reminder = page.getByRole('region', { name: 'Welcome back' });
  await expect(reminder).toBeVisible();
  await expect(reminder).toContainText('You have read 1 of 5 modules on this device');
  await expect(reminder.getByRole('listitem').filter({ hasText: 'coup' })).toContainText('read');
  await expect(reminder.getByRole('listitem').filter({ hasText: 'MINUSMA' })).toContainText(/quiz finished, \d+(\.\d)? \/ \d+/);
  await expectNoAxeViolations(page);
  await screenshotBoth(page, 'home-returning');
  expect(posts, 'nothing about reading is sent to the server').toEqual([]);
});
