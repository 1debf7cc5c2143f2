import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { answerNext } from './classroom-helpers';

test('a teacher sets an assignment, a student does it across a reload, the teacher sees results and a CSV', async ({ browser }) => {
  // A long walk with four axe runs: two minutes was too tight on a busy two-core CI machine.
  test.setTimeout(240_000);
  const teacher = await (await browser.newContext()).newPage();
  const student = await (await browser.newContext()).newPage();
  const email = `teacher-${Date.now()}@example.com`;
  const studentName = '=HYPERLINK("http://x") Amina';

  // Teacher: sign up, create a class and an assignment.
  await teacher.goto('/teacher');
  await expectNoAxeViolations(teacher);
  await teacher.goto('/teacher/sign-up');
  await expectNoAxeViolations(teacher);
  await teacher.getByLabel('Your name').fill('Ms Traoré');
  await teacher.getByLabel('Email').fill(email);
  await teacher.getByLabel('Password').fill('a long enough password');
  await teacher.getByRole('button', { name: 'Create account' }).click();
  await expect(teacher.getByRole('heading', { name: 'Your classes', level: 1 })).toBeVisible();
  await expectNoAxeViolations(teacher);
  await teacher.getByLabel('Class name').fill('Year 10 History');
  await teacher.getByRole('button', { name: 'Create class' }).click();
  await expect(teacher.getByRole('heading', { name: 'Year 10 History', level: 1 })).toBeVisible();
  await expectNoAxeViolations(teacher);
  const code = (await teacher.getByTestId('join-code').innerText()).trim();
  expect(code).toMatch(/^[A-HJKMNP-Z2-9]{3}-[A-HJKMNP-Z2-9]{3}$/);

  await teacher.getByRole('link', { name: 'New assignment' }).click();
  await expect(teacher.getByRole('heading', { name: 'New assignment', level: 1 })).toBeVisible();
  await expectNoAxeViolations(teacher);
  await teacher.getByLabel('Title').fill('MINUSMA check');
  await teacher.getByLabel('Number of questions').fill('4');
  for (const type of ['Select all that apply', 'Fill in the blank', 'Matching', 'Timeline ordering']) {
    await teacher.getByRole('checkbox', { name: type }).uncheck();
  }
  await teacher.getByRole('radio', { name: /After submitting/ }).check();
  await teacher.getByRole('button', { name: 'Create assignment' }).click();
  await expect(teacher.getByRole('heading', { name: 'MINUSMA check', level: 1 })).toBeVisible();
  await expectNoAxeViolations(teacher);
  const resultsUrl = teacher.url();

  // Student: join with the code, start, answer half, reload, finish.
  await student.goto('/join');
  await expectNoAxeViolations(student);
  await student.getByRole('textbox', { name: 'Class code' }).fill(code.toLowerCase().replace('-', ' '));
  await student.getByRole('textbox', { name: 'Your name' }).fill(studentName);
  await student.getByRole('button', { name: 'Join class' }).click();
  await expect(student.getByRole('heading', { name: 'Your assignments' })).toBeVisible();
  await expectNoAxeViolations(student);
  await student.getByRole('link', { name: 'MINUSMA check' }).click();
  await expect(student.getByRole('link', { name: /Module 1/ })).toHaveAttribute('href', /\/explainers\//);
  await expectNoAxeViolations(student);
  await student.getByRole('button', { name: 'Start the quiz' }).click();
  // CI runs this beside the class-of-30 walk on two cores: starting the attempt has taken more than 5 s there.
  await expect(student.getByRole('button', { name: 'Save answer' })).toHaveCount(4, { timeout: 20_000 });
  // No answer key in the page before answering.
  expect(await student.content()).not.toMatch(/"explanation"|Read it in the source/);
  await expectNoAxeViolations(student);

  await answerNext(student);
  await answerNext(student);
  await student.reload();
  await expect(student.getByText(/^Saved\./)).toHaveCount(2);
  await expect(student.getByText('2 of 4 answered')).toBeVisible();
  // Reveal after submitting: still no key after two answers.
  expect(await student.content()).not.toContain('Read it in the source');
  await answerNext(student);
  await answerNext(student);
  await expect(student.getByRole('heading', { name: 'Attempt 1 (submitted)' })).toBeVisible();
  await expect(student.getByText(/Attempt 1: submitted, score/)).toBeVisible();
  await expect(student.getByRole('link', { name: 'Read it in the source' }).first()).toBeVisible();
  await expectNoAxeViolations(student);

  // The student cannot open the teacher's results or CSV.
  expect((await student.goto(resultsUrl))?.status()).toBe(404);
  expect((await student.request.get(`${resultsUrl}/results.csv`)).status()).toBe(404);

  // Teacher: the student is listed in the class, with rename, rejoin and remove controls.
  await teacher.getByRole('link', { name: 'Year 10 History' }).click();
  await expect(teacher.getByRole('heading', { name: studentName, level: 3 })).toBeVisible();
  await expectNoAxeViolations(teacher);

  // Teacher: score, per-question results, one attempt in detail, CSV.
  await teacher.goto(resultsUrl);
  const row = teacher.getByRole('row', { name: new RegExp('Amina') });
  await expect(row).toContainText('Turned in');
  await expect(row).toContainText(/\d+ \/ 4/);
  await expect(teacher.getByText('1 of 1 turned in')).toBeVisible();
  await expect(teacher.getByText(/% right \(\d of 1 fully right\)/)).toHaveCount(4);
  await expect(teacher.getByText('Reteach first')).toBeVisible();
  await expect(teacher.getByRole('link', { name: /Reteach from/ }).first()).toBeVisible();
  await expectNoAxeViolations(teacher);
  // On a phone the students table fits: no clipped headers, nothing to scroll sideways.
  await teacher.setViewportSize({ width: 390, height: 844 });
  const table = teacher.getByRole('table', { name: 'Score and completion for each student' });
  const fits = await table.evaluate((t) => ({ right: t.getBoundingClientRect().right, scroll: document.documentElement.scrollWidth }));
  expect(fits.right).toBeLessThanOrEqual(390);
  expect(fits.scroll).toBeLessThanOrEqual(390);
  await teacher.setViewportSize({ width: 1280, height: 900 });

  const download = teacher.waitForEvent('download');
  await teacher.getByRole('link', { name: 'Download results (CSV)' }).click();
  const csv = fs.readFileSync((await (await download).path())!, 'utf8');
  const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatch(/^"Student","Status",(".+ \(% right\)",)+"Total","Out of","Percent","Minutes spent"$/);
  // The formula-looking name is neutralised with a leading apostrophe and quoted.
  expect(lines[1]).toContain(`"'=HYPERLINK(""http://x"") Amina","Turned in"`);

  await teacher.getByRole('link', { name: /See the answers of/ }).click();
  await expect(teacher.getByRole('heading', { level: 1 })).toContainText('attempt 1');
  await expect(teacher.getByRole('heading', { name: /^Question \d: / })).toHaveCount(4);
  // The teacher reads the student's answers, labelled as theirs.
  await expect(teacher.getByText(`${studentName}’s answer`)).toHaveCount(4);
  await expect(teacher.getByText('Your answer')).toHaveCount(0);
  await expectNoAxeViolations(teacher);

  // An anonymous visitor gets 404 for the teacher's pages too.
  const anonymous = await (await browser.newContext()).newPage();
  expect((await anonymous.goto(resultsUrl))?.status()).toBe(404);
});
