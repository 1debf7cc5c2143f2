import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { screenshotBoth } from './shots';
import { signUpWithClass } from './teacher-flow';

test('a teacher creates, previews, edits, duplicates and deletes an assignment (deletion without JavaScript)', async ({ browser }) => {
  test.setTimeout(240_000);
  const teacherContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  const code = await signUpWithClass(teacher, 'Year 9 Geography', 'Mr Keïta');

  await teacher.getByRole('link', { name: 'New assignment' }).click();
  await teacher.getByLabel('Title').fill('Mission check');
  await teacher.getByLabel('Number of questions').fill('4');
  for (const type of ['Select all that apply', 'Fill in the blank', 'Matching', 'Timeline ordering', 'Who said this?']) {
    await teacher.getByRole('checkbox', { name: type }).uncheck();
  }
  await teacher.getByRole('radio', { name: /Everyone gets the same questions/ }).check();
  await teacher.getByRole('button', { name: 'Create assignment' }).click();
  await expect(teacher.getByRole('heading', { name: 'Mission check', level: 1 })).toBeVisible();
  await expect(teacher.getByRole('status').filter({ hasText: 'Assignment created. Students in Year 9 Geography see it' })).toBeVisible();
  await expectNoAxeViolations(teacher);
  await screenshotBoth(teacher, 'assignment-created');
  const assignmentUrl = teacher.url().replace(/\?.*$/, '');

  // Preview: the student's forms, nothing stored.
  await teacher.getByRole('link', { name: 'Preview as a student' }).click();
  await expect(teacher.getByRole('heading', { name: 'Preview as a student', level: 1 })).toBeVisible();
  await expect(teacher.getByRole('button', { name: 'Save answer' })).toHaveCount(4);
  await expectNoAxeViolations(teacher);
  const first = teacher.getByRole('listitem').filter({ has: teacher.getByRole('button', { name: 'Save answer' }) }).first();
  await first.getByRole('radio').first().check();
  await first.getByRole('button', { name: 'Save answer' }).click();
  await expect(first.getByText('Nothing was stored')).toBeVisible();
  await screenshotBoth(teacher, 'assignment-preview');

  // Edit while nobody has started.
  await teacher.goto(assignmentUrl);
  await teacher.getByRole('link', { name: 'Edit', exact: true }).click();
  await expect(teacher.getByRole('heading', { name: 'Edit assignment', level: 1 })).toBeVisible();
  await expect(teacher.getByLabel('Number of questions')).toHaveValue('4');
  await expect(teacher.getByRole('checkbox', { name: 'Matching' })).not.toBeChecked();
  await expectNoAxeViolations(teacher);
  await teacher.getByLabel('Title').fill('Mission check, week 2');
  await teacher.getByRole('button', { name: 'Save changes' }).click();
  await expect(teacher.getByRole('heading', { name: 'Mission check, week 2', level: 1 })).toBeVisible();
  await expect(teacher.getByRole('status').filter({ hasText: 'Changes saved.' })).toBeVisible();

  // Duplicate.
  await teacher.getByRole('button', { name: 'Duplicate' }).click();
  await expect(teacher.getByRole('heading', { name: 'Mission check, week 2 (copy)', level: 1 })).toBeVisible();
  await expect(teacher.getByRole('status').filter({ hasText: 'This is a copy' })).toBeVisible();
  const copyUrl = teacher.url().replace(/\?.*$/, '');

  // Delete the copy from a browser without JavaScript: a confirmation page, then the deletion. (axe needs
  // scripts, so it checks the confirmation page in the teacher's own browser.)
  await teacher.goto(`${copyUrl}/delete`);
  await expectNoAxeViolations(teacher);
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await teacherContext.storageState() });
  const plain = await noScript.newPage();
  await plain.goto(copyUrl);
  await plain.getByRole('link', { name: 'Delete…' }).click();
  await expect(plain.getByRole('heading', { name: 'Delete “Mission check, week 2 (copy)”?', level: 1 })).toBeVisible();
  await expect(plain.getByText('Nobody in Year 9 Geography has started it yet.')).toBeVisible();
  await screenshotBoth(plain, 'assignment-delete');
  await plain.getByRole('button', { name: 'Delete the assignment' }).click();
  await expect(plain.getByRole('heading', { name: 'Year 9 Geography', level: 1 })).toBeVisible();
  await expect(plain.getByRole('status').filter({ hasText: 'Assignment deleted' })).toBeVisible();
  await expect(plain.getByRole('link', { name: 'Mission check, week 2 (copy)' })).toHaveCount(0);
  await expect(plain.getByRole('link', { name: 'Mission check, week 2', exact: true })).toBeVisible();
  await noScript.close();

  // Once a student starts, editing closes and the page says why.
  const student = await (await browser.newContext()).newPage();
  await student.goto('/join');
  await student.getByRole('textbox', { name: 'Class code' }).fill(code);
  await student.getByRole('textbox', { name: 'Your name' }).fill('Awa D.');
  await student.getByRole('button', { name: 'Join class' }).click();
  await student.getByRole('link', { name: 'Mission check, week 2' }).click();
  await student.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(student.getByRole('button', { name: 'Save answer' })).toHaveCount(4);

  await teacher.goto(assignmentUrl);
  await expect(teacher.getByText('A student has already started this assignment, so it can no longer be changed.')).toBeVisible();
  await expect(teacher.getByRole('link', { name: 'Edit', exact: true })).toHaveCount(0);
  await teacher.goto(`${assignmentUrl}/edit`);
  await expect(teacher.getByText(/already started this assignment/)).toBeVisible();
  await expect(teacher.getByRole('button', { name: 'Save changes' })).toHaveCount(0);
  await expectNoAxeViolations(teacher);
});
