import { getPracticeQuiz } from '@/lib/quiz/bank';
import { waitForPopovers } from './next-runtime';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { teacherWithClass } from './classroom-helpers';

test('a due date picked in New York shows as picked to the teacher and in local time to a student in Paris', async ({ browser }) => {
  const { page: teacher, code } = await teacherWithClass(browser, { timezoneId: 'America/New_York' });
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

for (const javaScriptEnabled of [true, false]) {
  test(`an ordering that gives one position to two events is refused with a reason (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, async ({ browser }) => {
    const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
    // A practice set with an ordering question, found from the real bank; the answers before it ("x", graded
    // wrong) travel in ?a= as the quiz itself carries them.
    const hint = page.getByText('Give each event a position: 1 is the earliest.');
    const answered = (n: number) => Buffer.from(JSON.stringify(Array(n).fill('x'))).toString('base64url');
    const found = ['minusma', 'coups-2020-2021', 'alliance-of-sahel-states']
      .flatMap((slug) => Array.from({ length: 200 }, (_, n) => ({ slug, seed: `ord${n}` })))
      .map(({ slug, seed }) => ({ slug, seed, at: (getPracticeQuiz(slug, seed) ?? []).findIndex((q) => q.type === 'ordering') }))
      .find((x) => x.at >= 0);
    expect(found, 'no practice set asks an ordering question').toBeDefined();
    const { slug, seed, at } = found!;
    await page.goto(`/explainers/${slug}/quiz?seed=${seed}${at ? `&a=${answered(at)}&view=next` : ''}`);
    await expect(hint).toBeVisible();
    const position = at + 1;
    expect(position, 'no practice set asked an ordering question').toBeGreaterThan(0);
    const selects = page.getByRole('combobox');
    const count = await selects.count();
    for (let i = 0; i < count; i++) await selects.nth(i).selectOption('1');
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(page.getByRole('alert').filter({ hasText: /position can be used once/ })).toBeVisible();
    // Nothing was saved: the same question is still asked, and no feedback is shown.
    await expect(page.getByText(new RegExp(`^Question ${position} of \\d+$`)).first()).toBeVisible();
    await expect(hint).toBeVisible();
    await expect(page.getByRole('link', { name: 'Next question' })).toHaveCount(0);
    // axe runs inside the page, so only where scripts run.
    if (javaScriptEnabled) await expectNoAxeViolations(page);
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the header is one row, and "Next module" opens the next page at its top at once', async ({ page }) => {
    await page.goto('/explainers/minusma');
    const header = page.getByRole('banner');
    expect((await header.boundingBox())!.height).toBeLessThan(56);
    // Every link is in view: nothing clipped or scrolled out of the row.
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.evaluate((n) => n.scrollWidth <= n.clientWidth)).toBe(true);
    // A signed-in student's "Assignments" takes the place of "Teachers": still one row, nothing scrolled away.
    await page.context().addCookies([{ name: 'cited_role', value: 'student', url: page.url() }]);
    await page.reload();
    await expect(nav.getByRole('link', { name: 'Assignments', exact: true })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Teachers' })).toBeHidden();
    expect((await header.boundingBox())!.height).toBeLessThan(56);
    expect(await nav.evaluate((n) => n.scrollWidth <= n.clientWidth)).toBe(true);
    await page.getByRole('link', { name: /Next module/ }).scrollIntoViewIfNeeded();
    await page.getByRole('link', { name: /Next module/ }).click();
    await page.waitForURL(/\/explainers\/(?!minusma)/);
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toBeVisible();
    // Within a moment of arriving, not after a long glide: at the top, the h1 below the sticky header.
    await page.waitForTimeout(250);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const headerBottom = (await header.boundingBox())!.y + (await header.boundingBox())!.height;
    expect((await h1.boundingBox())!.y).toBeGreaterThanOrEqual(headerBottom);
  });
});

test.describe('citation markers at phone width', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const slug of ['minusma', 'coups-2020-2021', 'wagner-and-russia', 'alliance-of-sahel-states', 'reading-the-news']) {
    test(`never start a line alone and leave no space before punctuation (${slug})`, async ({ page }) => {
      await page.goto(`/explainers/${slug}`);
      const problems = await page.evaluate(() => {
        const found: string[] = [];
        const inCite = (node: Node) => !!node.parentElement?.closest('.cite');
        for (const marker of document.querySelectorAll<HTMLAnchorElement>('article a[id^="cite-"]')) {
          const wrapper = marker.closest('.cite')!;
          const label = (marker.querySelector('[aria-hidden]')?.textContent ?? '').trim();
          const box = marker.getBoundingClientRect();
          // What the marker follows on the line: the previous marker, or the last character of the text before it.
          let previous: DOMRect | null = null;
          const prior = wrapper.previousElementSibling;
          if (prior?.classList.contains('cite') && wrapper.previousSibling === prior) {
            previous = prior.querySelector('a')!.getBoundingClientRect();
          } else {
            const walker = document.createTreeWalker(wrapper.parentElement!, NodeFilter.SHOW_TEXT);
            let before: Text | null = null;
            while (walker.nextNode()) {
              const node = walker.currentNode as Text;
              if (wrapper.contains(node) || !(wrapper.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING)) break;
              if (!inCite(node) && node.textContent!.trim()) before = node;
            }
            if (before) {
              const text = before.textContent!;
              const end = text.trimEnd().length;
              if (end < text.length && wrapper.previousSibling === before) found.push(`${label} has a space before it`);
              const range = document.createRange();
              range.setStart(before, end - 1);
              range.setEnd(before, end);
              previous = range.getBoundingClientRect();
            }
          }
          if (previous && box.top > previous.bottom - 2) found.push(`${label} starts a line`);
          const after = wrapper.nextSibling?.textContent ?? '';
          if (/^\s+[.,;:]/.test(after)) found.push(`${label} has a space before "${after.trim()[0]}"`);
        }
        return found;
      });
      expect(problems).toEqual([]);
    });
  }
});

test('popovers near the right edge stay inside the window at 1280 px', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/explainers/minusma');
  // The markers and terms furthest to the right, where a popover is most likely to run off.
  const handles = await page.locator('article .cite > a').evaluateAll((links) =>
    links
      .map((a, i) => ({ i, right: a.getBoundingClientRect().right }))
      .sort((x, y) => y.right - x.right)
      .slice(0, 6)
      .map((x) => x.i),
  );
  expect(handles.length).toBeGreaterThan(0);
  for (const i of handles) {
    const link = page.locator('article .cite > a').nth(i);
    await link.scrollIntoViewIfNeeded();
    await link.hover();
    // A marker's passage preview is the element its link describes itself by (one per passage, after the article).
    const popover = page.locator(`#${await link.getAttribute('aria-describedby')}`);
    await expect(popover).toBeVisible();
    const box = (await popover.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
  }
});

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the first tap on a citation opens its preview, the second opens the source', async ({ page }) => {
    await page.goto('/explainers/minusma');
    await waitForPopovers(page);
    await expect(page.getByText('tap once to read the passage')).toBeVisible();
    const marker = page.locator('article .cite > a[id^="cite-"]').first();
    await marker.scrollIntoViewIfNeeded();
    await marker.tap();
    await expect(page.locator(`#${await marker.getAttribute('aria-describedby')}`)).toBeVisible();
    expect(new URL(page.url()).pathname).toBe('/explainers/minusma');
    await marker.tap();
    await page.waitForURL(/\/sources\//);
  });

  test('the first tap on a glossary term opens its definition', async ({ page }) => {
    await page.goto('/explainers/minusma');
    await waitForPopovers(page);
    const term = page.locator('article .term > a').first();
    await term.scrollIntoViewIfNeeded();
    await term.tap();
    await expect(term.locator('xpath=..').locator('.cite-popover')).toBeVisible();
    expect(new URL(page.url()).pathname).toBe('/explainers/minusma');
  });
});

test('a module opened from an assignment links back to it; opened otherwise, it does not', async ({ page }) => {
  await page.goto('/explainers/minusma?assignment=abc123');
  await expect(page.getByRole('link', { name: /Back to your assignment/ })).toHaveAttribute('href', '/student/assignments/abc123');
  await page.goto('/explainers/minusma');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: /Back to your assignment/ })).toHaveCount(0);
  await page.goto('/explainers/minusma?assignment=../../teacher');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: /Back to your assignment/ })).toHaveCount(0);
});
