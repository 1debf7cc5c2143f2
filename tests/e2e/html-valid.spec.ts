import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { listPublicPaths } from './crawl';

const VNU = path.join(process.cwd(), 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

test('the W3C Nu HTML checker finds no error in any public page', async ({ page, request }) => {
  test.setTimeout(120_000);
  const paths = await listPublicPaths(page);
  expect(paths.length).toBeGreaterThanOrEqual(4);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cited-vnu-'));
  const files = new Map<string, string>();
  for (const [i, p] of paths.entries()) {
    const response = await request.get(p);
    expect(response.status(), p).toBe(200);
    const file = path.join(dir, `page-${i}.html`);
    fs.writeFileSync(file, await response.text());
    files.set(`file:${file}`, p);
  }
  // One JVM for all pages: starting Java per page costs seconds each.
  const run = spawnSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...[...files.keys()].map((f) => f.slice(5))], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  fs.rmSync(dir, { recursive: true, force: true });
  expect(run.error, 'java must be installed (apt-get install default-jre-headless)').toBeUndefined();
  const report = JSON.parse(run.stderr || '{"messages":[]}') as { messages: { type: string; url: string; message: string; extract?: string }[] };
  const errors = report.messages
    .filter((m) => m.type === 'error')
    .map((m) => `${files.get(m.url) ?? m.url}: ${m.message} «${m.extract ?? ''}»`);
  expect(errors).toEqual([]);
});
