import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const DEMO = { email: 'teacher@example.com', password: 'cited-demo-teacher' };

/** The form's own alert: scoped to main, since Next's route announcer is an empty role=alert too. */
const formAlert = (page: Page) => page.getByRole('main').getByRole('alert');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/**
 * A second server on the same build (scripts/server.mjs, as `npm start` runs it) with its own fresh database,
 * so the failures and floods from 127.0.0.1 here never spend the limits the other specs' server counts, and a
 * rerun starts from zero.
 */
async function startOwnServer(): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cited-limits-'));
  const url = `http://localhost:${port}`;
  const child: ChildProcess = spawn(process.execPath, ['scripts/server.mjs'], {
    // The build Playwright's web server made (same default folder as playwright.config.ts).
    env: { ...process.env, NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? '.next-e2e', PORT: String(port), BASE_URL: url, DATABASE_PATH: path.join(dir, 'db.sqlite'), DATABASE_URL: '', SEED_DEMO: '1' },
    stdio: 'ignore',
  });
  for (let i = 0; i < 120; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const up = await fetch(`${url}/join`).then((r) => r.ok, () => false);
    if (up) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A new, made-up address for every request, as an attacker would send. */
const forged = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;

async function statusCounts(requests: Array<() => Promise<Response>>): Promise<Record<number, number>> {
  const counts: Record<number, number> = {};
  for (const send of requests) {
    const res = await send();
    await res.arrayBuffer();
    counts[res.status] = (counts[res.status] ?? 0) + 1;
  }
  return counts;
}

test.describe('sign-in, sign-up and join on a server of its own', () => {
  test.describe.configure({ mode: 'serial' });
  let server: Awaited<ReturnType<typeof startOwnServer>>;
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    server = await startOwnServer();
  });
  test.afterAll(async () => server?.stop());

  test('a wrong password, an unknown email and a taken email get plain messages, and the right password still works', async ({ page }) => {
    await page.goto(`${server.url}/teacher/sign-in`);
    await page.getByLabel('Email').fill(DEMO.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(formAlert(page)).toHaveText('That email and password do not match an account.');

    await page.getByLabel('Email').fill('nobody-here@example.com');
    await page.getByLabel('Password').fill('whatever it is');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(formAlert(page)).toHaveText('That email and password do not match an account.');

    await page.goto(`${server.url}/teacher/sign-up`);
    await page.getByLabel('Your name').fill('Someone Else');
    await page.getByLabel('Email').fill(DEMO.email);
    await page.getByLabel('Password').fill('a long enough password');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(formAlert(page)).toContainText('An account with that email already exists.');

    await page.goto(`${server.url}/teacher/sign-in`);
    await page.getByLabel('Email').fill(DEMO.email);
    await page.getByLabel('Password').fill(DEMO.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { name: 'Your classes', level: 1 })).toBeVisible();
  });

  const postJson = (pathname: string, body: unknown, i: number) => () =>
    fetch(`${server.url}${pathname}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url, 'x-forwarded-for': forged(i), 'x-real-ip': forged(i) },
      body: JSON.stringify(body),
    });

  // The form test above spent 2 of this address's 5 failures for the demo teacher.
  test('300 password guesses on better-auth’s endpoint, each from a "new" address', async () => {
    test.setTimeout(120_000);
    const counts = await statusCounts(Array.from({ length: 300 }, (_, i) => postJson('/api/auth/sign-in/email', { email: DEMO.email, password: `guess-${i}` }, i)));
    expect(counts[500] ?? 0).toBe(0);
    expect(counts[200] ?? 0).toBe(0);
    // 5 wrong passwords for this email from this address, then only 429s.
    expect(counts[401]).toBeLessThanOrEqual(5);
    expect(counts[429]).toBeGreaterThanOrEqual(295);
  });

  test('15 sign-ups, each from a "new" address: 10 are allowed', async () => {
    const counts = await statusCounts(Array.from({ length: 15 }, (_, i) => postJson('/api/auth/sign-up/email', { name: 'T', email: `flood-${i}@example.com`, password: 'long enough pw' }, i)));
    expect(counts).toEqual({ 200: 10, 429: 5 });
  });

  test('300 join-code guesses through the join form, each from a "new" address', async ({ page }) => {
    test.setTimeout(120_000);
    // Submit the real form once, to learn the server action's id and body, then replay it with new codes.
    await page.goto(`${server.url}/join`);
    const posted = page.waitForRequest((r) => r.method() === 'POST' && Boolean(r.headers()['next-action']));
    const joinForm = page.getByRole('form', { name: 'Join a class' });
    await joinForm.getByLabel('Class code').fill('AAAAAA');
    await joinForm.getByLabel('Your name').fill('Guess');
    await joinForm.getByRole('button', { name: 'Join class' }).click();
    const request = await posted;
    const headers = await request.allHeaders();
    const body = request.postData() ?? '';
    expect(body).toContain('AAAAAA');
    const guesses = Array.from({ length: 300 }, (_, i) => () => {
      const code = `Z${String(i).padStart(5, '2').replace(/[01]/g, '9')}`;
      return fetch(`${server.url}/join`, {
        method: 'POST',
        headers: { 'content-type': headers['content-type']!, 'next-action': headers['next-action']!, accept: 'text/x-component', origin: server.url, 'x-forwarded-for': forged(i) },
        body: body.replace('AAAAAA', code),
      });
    });
    let refused = 0;
    let errors = 0;
    for (const send of guesses) {
      const res = await send();
      const text = await res.text();
      if (res.status >= 500) errors++;
      if (text.includes('Too many')) refused++;
    }
    expect(errors).toBe(0);
    // 1 wrong code from the browser above, then 29 more 404s; every later guess is refused.
    expect(refused).toBeGreaterThanOrEqual(300 - 30);
  });
});
