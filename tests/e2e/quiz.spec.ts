import { expect, test, type Locator, type Page } from '@playwright/test';
import { getPracticeQuiz } from '@/lib/quiz/bank';
import type { Question } from '@/lib/quiz/types';
import { expectNoAxeViolations } from './axe';
import { answerPracticeForm } from './teacher-flow';
import { tabTo } from './keyboard';

const MODULE = 'minusma';
const RADIO_TYPES = new Set(['single-choice', 'true-false', 'who-said']);

/** A seed whose first two questions are answered with radio buttons, found from the real bank. */
function radioSeed(): { seed: string; quiz: Question[] } {
  for (let i = 0; i < 500; i++) {
    const seed = `e2e${i}`;
    const quiz = getPracticeQuiz(MODULE, seed) ?? [];
    if (quiz.length >= 2 && quiz.slice(0, 2).every((q) => RADIO_TYPES.has(q.type) && !q.parts)) return { seed, quiz };
  }
  throw new Error('no seed starts with two radio questions');
}

/** Chooses the option with `label` in the question's radio group using Tab and arrow keys, then submits with Enter. */
async function answerRadioByKeyboard(page: Page, options: string[], label: string): Promise<void> {
  const form = page.locator('#question form');
  await tabTo(page, form.getByRole('radio').first());
  const index = options.indexOf(label);
  if (index === 0) await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await expect(form.getByRole('radio', { name: label, exact: true })).toBeChecked();
  await tabTo(page, form.getByRole('button', { name: 'Check answer' }));
  await page.keyboard.press('Enter');
}

/** Page text as the server sent it: HTML entities and the JSON escapes of the inline RSC payload undone. */
const decoded = (html: string) =>
  html.replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/\\+"/g, '"');

test('the quiz page holds no answer key before the student answers', async ({ request }) => {
  const { seed, quiz } = radioSeed();
  const html = decoded(await (await request.get(`/explainers/${MODULE}/quiz?seed=${seed}`)).text());
  expect(html).toContain(quiz[0]?.stem ?? 'missing');
  // No serialised key fields at all, in the markup or in the props sent to client components.
  for (const field of ['"answer"', '"explanation"', '"citations"', '"accepted"', '"factKey"', '"evidence"']) expect(html).not.toContain(field);
  for (const [i, q] of quiz.entries()) {
    expect(html, `explanation of question ${i + 1}`).not.toContain(q.explanation);
    for (const c of q.citations) expect(html, `citation of question ${i + 1}`).not.toContain(c.quote);
    if (i > 0) expect(html, `unanswered question ${i + 1} is not sent`).not.toContain(q.stem);
    if (q.type === 'fill-in') {
      const visible = html.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ');
      const answer = String(q.answer).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      expect(visible, `typed answer of question ${i + 1}`).not.toMatch(new RegExp(`(?<![\\w,])${answer}(?![\\w,])`));
    }
  }
  // The explainer page's embedded first question is the same: options, never the key.
  const explainer = decoded(await (await request.get(`/explainers/${MODULE}`)).text());
  const first = getPracticeQuiz(MODULE, 'start')?.[0];
  expect(first && explainer.includes(first.stem)).toBe(true);
  expect(explainer).not.toContain(first?.explanation ?? 'missing');
  for (const field of ['"explanation"', '"citations"', '"factKey"']) expect(explainer).not.toContain(field);
});

test('keyboard only: one right, one wrong, feedback with the passage, the link lands on the highlighted passage', async ({ page }) => {
  const { seed, quiz } = radioSeed();
  const [q1, q2] = quiz as [Question, Question];
  await page.goto(`/explainers/${MODULE}/quiz?seed=${seed}`);
  await expectNoAxeViolations(page);

  await answerRadioByKeyboard(page, q1.options ?? [], q1.answer as string);
  const feedback = page.locator('#feedback');
  await expect(feedback.getByRole('heading', { level: 2 })).toContainText('Question 1: correct');
  await expect(page.getByRole('status')).toContainText('Question 1: correct');
  await expect(feedback.locator('blockquote mark').first()).toBeVisible();
  await expect(feedback.locator('blockquote mark').first()).toContainText(q1.citations[0]?.quote.slice(0, 12) ?? '');
  await expect(feedback).toBeFocused();
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'light' });

  await tabTo(page, page.getByRole('link', { name: 'Next question' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('#question legend')).toContainText('Question 2 of');

  const wrong = (q2.options ?? []).find((o) => o !== q2.answer) as string;
  await answerRadioByKeyboard(page, q2.options ?? [], wrong);
  await expect(feedback.getByRole('heading', { level: 2 })).toContainText('Question 2: not quite');
  await expect(page.getByRole('status')).toContainText(`The right answer is ${q2.answer}`);
  await expect(feedback.getByText('Right answer')).toBeVisible();
  await expect(feedback).toContainText(q2.explanation.slice(0, 30));
  const passage = feedback.locator('figure').first();
  // A quote holding a word the source printed wrongly is marked in two parts, with "[sic]" between them.
  await expect(passage.locator('mark').first()).toBeVisible();
  await expectNoAxeViolations(page);

  const sourceLink = passage.getByRole('link', { name: /Read it in the source/ });
  await tabTo(page, sourceLink);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/sources\/[a-z0-9-]+\?mark=[^#]+#p\d+$/);
  const anchor = new URL(page.url()).hash.slice(1);
  const target = page.locator(`[id="${anchor}"]`);
  await expect(target).toBeInViewport();
  expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
  await expect.poll(() => page.evaluate(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('cited-words'))).toBe(true);
  await expect(target.locator('[data-passage-text]')).toContainText(q2.citations[0]?.quote.slice(0, 20) ?? '');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the whole quiz works as plain form posts, from the explainer to the score', async ({ page }) => {
    await page.goto(`/explainers/${MODULE}`);
    const section = page.getByRole('region', { name: 'Check your understanding' });
    await expect(section).toBeVisible();
    let answered = 0;
    const answerCurrent = async (form: Locator) => {
      await answerPracticeForm(form);
      answered++;
    };
    await answerCurrent(section.locator('form'));
    await expect(page).toHaveURL(/\/quiz\?seed=start&a=/);
    for (let i = 0; i < 20; i++) {
      await expect(page.locator('#feedback').getByRole('heading', { level: 2 })).toContainText(`Question ${answered}:`);
      await expect(page.locator('#feedback blockquote').first()).toBeVisible();
      const next = page.getByRole('link', { name: 'Next question' });
      if (!(await next.count())) break;
      await next.click();
      await expect(page.locator('#question legend')).toContainText(`Question ${answered + 1} of`);
      await answerCurrent(page.locator('#question form'));
    }
    await page.getByRole('link', { name: 'See your score' }).click();
    const summary = page.locator('#summary');
    await expect(summary.getByRole('heading', { level: 2 })).toContainText(`out of ${answered}`);
    const newSet = summary.getByRole('link', { name: 'Try a new set' });
    await expect(newSet).toHaveAttribute('href', /\/quiz\?seed=(?!start)[A-Za-z0-9_-]+$/);
    await newSet.click();
    await expect(page.locator('#question legend')).toContainText('Question 1 of');
  });
});

/** A seed whose first question is a two-part item ("… Which sentence from the source proves it?"). */
function twoPartSeed(): { seed: string; item: Question } {
  for (let i = 0; i < 500; i++) {
    const seed = `tp${i}`;
    const item = getPracticeQuiz(MODULE, seed)?.[0];
    if (item?.parts) return { seed, item };
  }
  throw new Error('no seed starts with a two-part item');
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'a two-part item' : 'a two-part item without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('is asked in two steps, the proof options only after the answer, both parts marked and the passage shown after both', async ({ page, request }) => {
      const { seed, item } = twoPartSeed();
      const parts = item.parts!;
      // The first step's page holds none of the proof sentences.
      const before = decoded(await (await request.get(`/explainers/${MODULE}/quiz?seed=${seed}`)).text());
      for (const option of parts.options) expect(before).not.toContain(option.slice(0, 60));

      await page.goto(`/explainers/${MODULE}/quiz?seed=${seed}`);
      const form = page.locator('#question form');
      await expect(form.getByText('Step 1 of 2')).toBeVisible();
      const wrong = (item.options ?? []).find((o) => o !== item.answer)!;
      if (javaScriptEnabled) {
        await tabTo(page, form.getByRole('radio').first());
        const index = (item.options ?? []).indexOf(wrong);
        if (index === 0) await page.keyboard.press('Space');
        for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
        await expect(form.getByRole('radio', { name: wrong, exact: true })).toBeChecked();
        await tabTo(page, form.getByRole('button', { name: 'Next: find the proof' }));
        await page.keyboard.press('Enter');
      } else {
        await form.getByRole('radio', { name: wrong, exact: true }).check();
        await form.getByRole('button', { name: 'Next: find the proof' }).click();
      }
      await expect(form.getByText('Step 2 of 2')).toBeVisible();
      await expect(page.locator('#question')).toContainText(`Your answer: ${wrong}`);
      // No feedback and no key between the steps.
      await expect(page.locator('#feedback')).toHaveCount(0);
      await expect(page.getByRole('status')).toHaveText('');
      // axe runs in the page, so only where scripts do.
      if (javaScriptEnabled) await expect(page.locator('#question')).toBeFocused();
      if (javaScriptEnabled) await expectNoAxeViolations(page);

      await form.getByRole('radio', { name: parts.answer, exact: true }).check();
      await form.getByRole('button', { name: 'Check answer' }).click();
      const feedback = page.locator('#feedback');
      await expect(feedback.getByRole('heading', { level: 2 })).toContainText('Question 1: right proof, not the answer');
      await expect(feedback).toContainText(parts.stem);
      await expect(feedback.locator('blockquote').first()).toBeVisible();
      await expect(page.getByRole('status')).toContainText('not the right answer');
      if (javaScriptEnabled) await expectNoAxeViolations(page);
    });
  });
}
