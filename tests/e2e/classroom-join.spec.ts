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
}
