import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { joinWithCode as join, teacherWithClass } from './classroom-helpers';

for (const javaScriptEnabled of [true, false]) {
  const js = javaScriptEnabled ? 'with' : 'without';

  test(`a wrong join code keeps what was typed and says so once (${js} JavaScript)`, async ({ browser }) => {
    const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
    await join(page, 'ZZZ-ZZ9', 'Awa K.');
    await expect(page.getByRole('alert').filter({ hasText: 'No open class has that code' })).toHaveCount(1);
    await expect(page.getByText(/No open class has that code/)).toHaveCount(1);
    await expect(page.getByText(/Unknown code/)).toHaveCount(0);
    await expect(page.getByRole('textbox', { name: 'Class code' })).toHaveValue('ZZZ-ZZ9');
    await expect(page.getByRole('textbox', { name: 'Your name' })).toHaveValue('Awa K.');
    await expect(page.getByRole('textbox', { name: 'Class code' })).toHaveAttribute('aria-invalid', 'true');
    // axe runs in the page: only with JavaScript.
    if (javaScriptEnabled) await expectNoAxeViolations(page);
  });

  test(`a name already in the class asks "is this you?" and the rejoin code brings the student back (${js} JavaScript)`, async ({ browser }) => {
    const { page: teacher, code } = await teacherWithClass(browser, { className: 'History 8' });
    const first = await (await browser.newContext({ javaScriptEnabled })).newPage();
    await join(first, code, 'Ana B.');
    await expect(first).toHaveURL(/\/student$/);

    // A new device, the same student, the name typed a little differently.
    const second = await (await browser.newContext({ javaScriptEnabled })).newPage();
    await join(second, code.toLowerCase(), 'ana  b');
    await expect(second.getByRole('alert').filter({ hasText: 'Is this you?' })).toContainText('already in this class');
    await expect(second.getByRole('textbox', { name: 'Your name' })).toHaveValue('ana  b');
    await expect(second).toHaveURL(/\/join/);
    // axe runs in the page: only with JavaScript.
    if (javaScriptEnabled) await expectNoAxeViolations(second);

    await teacher.reload();
    await expect(teacher.getByRole('heading', { name: 'Students (1)' })).toBeVisible();
    await teacher.getByRole('button', { name: 'Give a rejoin code' }).click();
    const rejoin = (await teacher.getByLabel(/^Code /).innerText()).trim();

    await second.getByRole('textbox', { name: 'Rejoin code' }).fill(rejoin);
    await second.getByRole('button', { name: 'Rejoin' }).click();
    await expect(second).toHaveURL(/\/student$/);
    await expect(second.getByText('Ana B.').first()).toBeVisible();

    // Another child with a different name joins as usual.
    const third = await (await browser.newContext({ javaScriptEnabled })).newPage();
    await join(third, code, 'Ana Bo');
    await expect(third).toHaveURL(/\/student$/);
    await teacher.reload();
    await expect(teacher.getByRole('heading', { name: 'Students (2)' })).toBeVisible();
  });

  test(`the class page shows the code, a join link that fills it in, and a QR code (${js} JavaScript)`, async ({ browser }) => {
    const { page: setup, code } = await teacherWithClass(browser, { className: 'History 8' });
    const classUrl = setup.url();
    const teacher = await (await browser.newContext({ javaScriptEnabled, storageState: await setup.context().storageState() })).newPage();
    await teacher.goto(classUrl);
    const link = teacher.getByTestId('join-link');
    await expect(link).toHaveText(new RegExp(`/join\\?code=${code}$`));
    await expect(teacher.getByRole('img', { name: /QR code of the join link/ })).toBeVisible();
    await expect(teacher.getByRole('button', { name: 'Copy code' })).toHaveCount(javaScriptEnabled ? 1 : 0);
    // axe runs in the page: only with JavaScript.
    if (javaScriptEnabled) await expectNoAxeViolations(teacher);

    const student = await (await browser.newContext({ javaScriptEnabled })).newPage();
    await student.goto(new URL(await link.innerText()).pathname + new URL(await link.innerText()).search);
    await expect(student.getByRole('textbox', { name: 'Class code' })).toHaveValue(code);
    await student.getByRole('textbox', { name: 'Your name' }).fill('Issa D.');
    await student.getByRole('button', { name: 'Join class' }).click();
    await expect(student).toHaveURL(/\/student$/);
  });
}

test('the copy button puts the join code on the clipboard', async ({ browser }) => {
  const { page } = await teacherWithClass(browser, { className: 'History 8' });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const code = (await page.getByTestId('join-code').innerText()).trim();
  await page.getByRole('button', { name: 'Copy code' }).click();
  await expect(page.getByText('Copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
});
