import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { getPracticeQuiz } from '@/lib/quiz/bank';
import { listPublicPaths } from './crawl';
import { waitForNext, waitForPopovers } from './next-runtime';

const MODULE = 'minusma';
const RADIO_TYPES = new Set(['single-choice', 'true-false', 'who-said']);

function parseCsp(value: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of value.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The headers every response carries, and for pages and route handlers a CSP strict about scripts. */
function expectSecurityHeaders(headers: Record<string, string>, where: string, { csp }: { csp: boolean }): void {
  expect(headers['x-content-type-options'], where).toBe('nosniff');
  expect(['strict-origin-when-cross-origin', 'no-referrer'], where).toContain(headers['referrer-policy']);
  for (const feature of ['camera=()', 'microphone=()', 'geolocation=()']) expect(headers['permissions-policy'], where).toContain(feature);
  if (!csp) return;
  const policy = headers['content-security-policy'];
  expect(policy, `${where}: Content-Security-Policy`).toBeTruthy();
  const directives = parseCsp(policy!);
  expect(directives.get('frame-ancestors'), where).toEqual(["'none'"]);
  expect(directives.get('object-src'), where).toEqual(["'none'"]);
  expect(directives.get('base-uri'), where).toEqual(["'self'"]);
  expect(directives.get('form-action'), where).toEqual(["'self'"]);
  expect(directives.get('default-src'), where).toEqual(["'self'"]);
  const scripts = directives.get('script-src') ?? [];
  expect(scripts, where).not.toContain("'unsafe-inline'");
  expect(scripts, where).not.toContain("'unsafe-eval'");
  expect(scripts.filter((s) => /^(\*|https?:|data:|blob:)/.test(s)), where).toEqual([]);
  expect(scripts.some((s) => s.startsWith("'nonce-")), where).toBe(true);
  expect(directives.get('style-src'), where).toEqual(["'self'"]);
}

/**
 * Collects every CSP violation in pages of this context: the `securitypolicyviolation` event, reported from an
 * init script (so it listens before any of the page's own scripts run), and Chromium's console message.
 */
async function watchCsp(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.exposeBinding('__reportCspViolation', ({ page }, text: string) => {
    violations.push(`${new URL(page.url()).pathname}: ${text}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`);
    });
  });
  context.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(`${message.page()?.url()}: ${message.text()}`);
  });
  return violations;
}

/**
 * Opens a page, checks its headers, and waits until Next's runtime has started on it (its scripts were allowed).
 * `violations` is what watchCsp collects, shown when the page does not hydrate.
 */
async function visit(page: Page, violations: string[], path: string, status = 200): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(status);
  expectSecurityHeaders(response!.headers(), path, { csp: true });
  const hydrated = await Promise.race([waitForNext(page).then(() => true), page.waitForTimeout(20_000).then(() => false)]);
  expect(hydrated, `${path} hydrates; CSP violations so far:\n${violations.join('\n')}`).toBe(true);
}

test('every public page, the quiz and the 404s send the security headers, hydrate, and break no CSP rule', async ({ browser }) => {
  test.setTimeout(240_000);
  const context = await browser.newContext();
  const violations = await watchCsp(context);
  const page = await context.newPage();
  const paths = [...(await listPublicPaths(page)), `/explainers/${MODULE}/quiz`, `/explainers/${MODULE}/quiz?seed=3`, '/join', '/teacher/sign-in', '/teacher/sign-up'];
  expect(paths.length).toBeGreaterThan(30);
  for (const path of paths) await visit(page, violations, path);
  for (const path of ['/no-such-page', `/explainers/no-such-module`, '/sources/no-such-source']) await visit(page, violations, path, 404);

  // Prerendered pages stay prerendered (the proxy does not make them dynamic) and allow their scripts by hash.
  for (const path of ['/', `/explainers/${MODULE}`, `/explainers/${MODULE}/quiz`]) {
    const response = await page.request.get(path);
    expect(response.headers()['x-nextjs-prerender'], path).toMatch(/^1\b/);
    expect(response.headers()['content-security-policy'], path).toMatch(/'sha256-[A-Za-z0-9+/=]+'/);
  }
  expect(violations).toEqual([]);
  await context.close();
});

test('with the CSP on: the citation popover opens and Escape hides it; the quiz grades an answer', async ({ browser }) => {
  const context = await browser.newContext();
  const violations = await watchCsp(context);
  const page = await context.newPage();

  await visit(page, violations, `/explainers/${MODULE}`);
  await waitForPopovers(page);
  const marker = page.locator('a[id^="cite-"]').first();
  await marker.focus();
  const tooltip = page.locator(`#${await marker.getAttribute('aria-describedby')}`);
  await expect(tooltip).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('explainer-popover.png') });
  // Escape is handled by the popover script, a same-origin file the CSP lets run.
  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();

  const seed = Array.from({ length: 200 }, (_, i) => `csp${i}`).find((s) => RADIO_TYPES.has(getPracticeQuiz(MODULE, s)?.[0]?.type ?? '') && !getPracticeQuiz(MODULE, s)?.[0]?.parts);
  expect(seed).toBeDefined();
  await visit(page, violations, `/explainers/${MODULE}/quiz?seed=${seed}`);
  const form = page.locator('#question form');
  await form.getByRole('radio').first().check();
  await form.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.locator('#feedback').getByRole('heading', { level: 2 })).toContainText('Question 1:');
  await waitForNext(page);
  await page.screenshot({ path: test.info().outputPath('quiz-feedback.png') });
  expect(violations).toEqual([]);
  await context.close();
});

test('teacher and student pages, the CSV and the answers API send the headers and break no CSP rule', async ({ browser }) => {
  test.setTimeout(120_000);
  const teacherContext = await browser.newContext();
  const studentContext = await browser.newContext();
  const teacherViolations = await watchCsp(teacherContext);
  const studentViolations = await watchCsp(studentContext);
  const teacher = await teacherContext.newPage();
  const student = await studentContext.newPage();

  await visit(teacher, teacherViolations, '/teacher/sign-up');
  await teacher.getByLabel('Your name').fill('Ms Keita');
  await teacher.getByLabel('Email').fill(`csp-${Date.now()}@example.com`);
  await teacher.getByLabel('Password').fill('a long enough password');
  await teacher.getByRole('button', { name: 'Create account' }).click();
  await expect(teacher.getByRole('heading', { name: 'Your classes', level: 1 })).toBeVisible();
  await visit(teacher, teacherViolations, '/teacher');
  await teacher.getByLabel('Class name').fill('Headers class');
  await teacher.getByRole('button', { name: 'Create class' }).click();
  await expect(teacher.getByRole('heading', { name: 'Headers class', level: 1 })).toBeVisible();
  const classPath = new URL(teacher.url()).pathname;
  await visit(teacher, teacherViolations, classPath);
  const code = (await teacher.getByTestId('join-code').innerText()).trim();
  await teacher.getByRole('link', { name: 'New assignment' }).click();
  await expect(teacher.getByRole('heading', { name: 'New assignment', level: 1 })).toBeVisible();
  await visit(teacher, teacherViolations, new URL(teacher.url()).pathname);
  await teacher.getByLabel('Title').fill('Headers check');
  await teacher.getByLabel('Number of questions').fill('2');
  await teacher.getByRole('button', { name: 'Create assignment' }).click();
  await expect(teacher.getByRole('heading', { name: 'Headers check', level: 1 })).toBeVisible();
  const resultsPath = new URL(teacher.url()).pathname;
  await visit(teacher, teacherViolations, resultsPath);
  const csv = await teacher.request.get(`${resultsPath}/results.csv`);
  expect(csv.status()).toBe(200);
  expectSecurityHeaders(csv.headers(), 'results.csv', { csp: true });

  await visit(student, studentViolations, '/join');
  await student.getByRole('textbox', { name: 'Class code' }).fill(code);
  await student.getByRole('textbox', { name: 'Your name' }).fill('Awa');
  await student.getByRole('button', { name: 'Join class' }).click();
  await expect(student.getByRole('heading', { name: 'Your assignments' })).toBeVisible();
  await visit(student, studentViolations, '/student');
  await student.getByRole('link', { name: 'Headers check' }).click();
  await student.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(student.getByRole('button', { name: 'Save answer' })).toHaveCount(2);
  await visit(student, studentViolations, new URL(student.url()).pathname);

  // Route handlers answer with the headers whatever the outcome.
  const answer = await student.request.post('/api/attempts/no-such-attempt/answers', {
    headers: { 'content-type': 'application/json', origin: new URL(student.url()).origin },
    data: { questionId: 'x', response: 'y' },
  });
  expect(answer.status()).toBe(404);
  expectSecurityHeaders(answer.headers(), 'answers API', { csp: true });
  expect(teacherViolations.concat(studentViolations)).toEqual([]);
  await teacherContext.close();
  await studentContext.close();
});

test('route handlers, files and unknown URLs send the headers', async ({ request }) => {
  for (const [path, status] of [
    ['/api/auth/get-session', 200],
    ['/api/attempts/x/answers', 405],
    ['/teacher/assignments/x/results.csv', 404],
    ['/icon.svg', 200],
    ['/no-such-file.js', 404],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(status);
    expectSecurityHeaders(response.headers(), path, { csp: true });
  }
  // Scripts and stylesheets: no inline code to police, but nosniff and the rest apply.
  const html = await (await request.get('/')).text();
  const assets = [...html.matchAll(/(?:href|src)="(\/_next\/static\/[^"]+\.(?:css|js))"/g)].map((m) => m[1]!);
  expect(assets.length).toBeGreaterThan(0);
  for (const asset of assets.slice(0, 3)) {
    const response = await request.get(asset);
    expect(response.status(), asset).toBe(200);
    expectSecurityHeaders(response.headers(), asset, { csp: false });
  }
});
