import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { answerNext, joinWithCode, teacherWithClass } from './classroom-helpers';

/**
 * A class of 30 through a first lesson (issue 13): join from the link, one student rejoining on a second device
 * with the teacher's rejoin code, an assignment, answers, results and the CSV. Students use real pages, six at a
 * time, each in a context of its own that is closed once they turned in; screenshots go to test-results/walk/.
 */
const NAMES = [
  'Awa K.', 'Boubacar D.', 'Coumba S.', 'Djeneba T.', 'Fatoumata C.', 'Hawa M.', 'Ibrahim S.', 'Kadiatou B.', 'Lassana K.', 'Mariam D.',
  'Moussa T.', 'Nana K.', 'Oumar B.', 'Rokia S.', 'Seydou K.', 'Sira D.', 'Tiémoko C.', 'Youssouf M.', 'Aminata T.', 'Bakary S.',
  'Cheick O.', 'Dramane K.', 'Fanta D.', 'Issa B.', 'Kadidia T.', 'Mamadou S.', 'Ousmane D.', 'Salif K.', 'Safiatou M.', 'Adama C.',
];
const QUESTIONS = 2;
const BATCH = 6;
const shots = path.join('test-results', 'walk');

const sizes = { phone: { width: 390, height: 844 }, laptop: { width: 1280, height: 800 } } as const;

/** The page at `url` at phone and laptop size, light and dark, saved as <name>-<size>-<scheme>.png. */
async function screenshots(browser: Browser, name: string, url: string, storageState?: BrowserContextOptions['storageState']) {
  for (const [size, viewport] of Object.entries(sizes)) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport, colorScheme, storageState });
      const page = await context.newPage();
      await page.goto(url);
      await page.screenshot({ path: path.join(shots, `${name}-${size}-${colorScheme}.png`), fullPage: true });
      if (size === 'phone') {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${name} scrolls sideways on a phone`).toBeLessThanOrEqual(0);
      }
      await context.close();
    }
  }
}

async function startAndAnswer(page: Page, assignment: string, answers: number) {
  await page.getByRole('link', { name: assignment }).click();
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(page.getByRole('button', { name: 'Save answer' })).toHaveCount(QUESTIONS);
  for (let i = 0; i < answers; i++) await answerNext(page);
}

test('a teacher and a class of 30: join, rejoin on another device, assignment, answers, results, CSV', async ({ browser }) => {
  test.setTimeout(480_000);
  const { page: teacher, code } = await teacherWithClass(browser, { className: 'Year 9 Walk' });
  const classUrl = teacher.url();
  const joinLink = new URL(await teacher.getByTestId('join-link').innerText());
  expect(joinLink.searchParams.get('code')).toBe(code);

  await teacher.getByRole('link', { name: 'New assignment' }).click();
  await teacher.getByLabel('Title').fill('Walk check');
  await teacher.getByLabel('Number of questions').fill(String(QUESTIONS));
  for (const type of ['Select all that apply', 'Fill in the blank', 'Matching', 'Timeline ordering']) {
    await teacher.getByRole('checkbox', { name: type }).uncheck();
  }
  await teacher.getByRole('radio', { name: /After submitting/ }).check();
  await teacher.getByRole('button', { name: 'Create assignment' }).click();
  await expect(teacher.getByRole('heading', { name: 'Walk check', level: 1 })).toBeVisible();
  const resultsUrl = teacher.url();

  // Awa starts on the classroom tablet and answers one question before the bell.
  const tablet = await (await browser.newContext()).newPage();
  await tablet.goto(joinLink.pathname + joinLink.search);
  await expect(tablet.getByRole('textbox', { name: 'Class code' })).toHaveValue(code);
  await tablet.getByRole('textbox', { name: 'Your name' }).fill(NAMES[0]!);
  await tablet.getByRole('button', { name: 'Join class' }).click();
  await expect(tablet.getByRole('heading', { name: 'Your assignments' })).toBeVisible();
  await startAndAnswer(tablet, 'Walk check', 1);
  await tablet.context().close();

  // Everyone else joins from the link and turns in, six at a time.
  for (let from = 1; from < NAMES.length; from += BATCH) {
    await Promise.all(
      NAMES.slice(from, from + BATCH).map(async (name) => {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(joinLink.pathname + joinLink.search);
        await page.getByRole('textbox', { name: 'Your name' }).fill(name);
        await page.getByRole('button', { name: 'Join class' }).click();
        // Six joins at once on a busy two-core machine can take longer than the default five seconds.
        await expect(page.getByRole('heading', { name: 'Your assignments' })).toBeVisible({ timeout: 30_000 });
        await startAndAnswer(page, 'Walk check', QUESTIONS);
        await expect(page.getByRole('heading', { name: 'Attempt 1 (submitted)' })).toBeVisible({ timeout: 30_000 });
        await context.close();
      }),
    );
  }

  // At home, Awa tries to join again by name: "is this you?", then the teacher's rejoin code.
  const home = await (await browser.newContext()).newPage();
  await joinWithCode(home, code, 'awa k');
  await expect(home.getByRole('alert').filter({ hasText: 'Is this you?' })).toBeVisible();
  fs.mkdirSync(shots, { recursive: true });
  await home.screenshot({ path: path.join(shots, 'join-name-taken-laptop-light.png'), fullPage: true });
  await teacher.goto(classUrl);
  await expect(teacher.getByRole('heading', { name: `Students (${NAMES.length})` })).toBeVisible();
  const rejoinForm = teacher.getByRole('form', { name: `Rejoin code for ${NAMES[0]}` });
  await rejoinForm.getByRole('button', { name: 'Give a rejoin code' }).click();
  const rejoinCode = (await rejoinForm.getByLabel(/^Code /).innerText()).trim();
  await home.getByRole('textbox', { name: 'Rejoin code' }).fill(rejoinCode);
  await home.getByRole('button', { name: 'Rejoin' }).click();
  await home.getByRole('link', { name: 'Walk check' }).click();
  // /student says "1 of 2 answered" too: wait for the assignment page itself before answering on it.
  await home.waitForURL(/\/student\/assignments\//);
  await expect(home.getByRole('heading', { name: 'Walk check', level: 1 })).toBeVisible();
  await expect(home.getByRole('button', { name: 'Save answer' })).toHaveCount(1);
  // Her first answer is still there; she finishes.
  await expect(home.getByText('1 of 2 answered')).toBeVisible();
  await answerNext(home);
  await expect(home.getByRole('heading', { name: 'Attempt 1 (submitted)' })).toBeVisible();

  // The roster: 30 distinct students, none twice.
  await teacher.goto(classUrl);
  const roster = await teacher.getByRole('region', { name: /^Students/ }).getByRole('heading', { level: 3 }).allInnerTexts();
  expect(roster).toHaveLength(NAMES.length);
  expect(new Set(roster.map((n) => n.trim())).size).toBe(NAMES.length);
  await expectNoAxeViolations(teacher);

  // Results: all 30 turned in, one row each; the CSV has a header and 30 rows.
  await teacher.goto(resultsUrl);
  await expect(teacher.getByText(`${NAMES.length} of ${NAMES.length} turned in`)).toBeVisible();
  const rows = teacher.getByRole('table', { name: 'Score and completion for each student' }).getByRole('row');
  await expect(rows).toHaveCount(NAMES.length + 1);
  await expect(rows.filter({ hasText: 'Turned in' })).toHaveCount(NAMES.length);
  await expectNoAxeViolations(teacher);
  const download = teacher.waitForEvent('download');
  await teacher.getByRole('link', { name: 'Download results (CSV)' }).click();
  const csv = fs.readFileSync((await (await download).path())!, 'utf8');
  const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines).toHaveLength(NAMES.length + 1);
  expect(lines.filter((l) => l.includes('"Turned in"'))).toHaveLength(NAMES.length);

  const teacherState = await teacher.context().storageState();
  await screenshots(browser, 'class', classUrl, teacherState);
  await screenshots(browser, 'results', resultsUrl, teacherState);
  await screenshots(browser, 'join', joinLink.pathname + joinLink.search);
});
