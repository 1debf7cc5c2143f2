// Server for Playwright: a fresh production build in its own folder, then `next start`.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const next = path.join('node_modules', 'next', 'dist', 'bin', 'next');
const env = { ...process.env, NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || '.next-e2e' };
// A fresh database per run (unless one is given), so tests never see or change a developer's data.
if (!env.DATABASE_PATH && !env.DATABASE_URL) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cited-e2e-'));
  env.DATABASE_PATH = path.join(dir, 'e2e.sqlite');
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
}
env.BASE_URL ??= `http://localhost:${process.env.PORT || '3200'}`;
const build = spawnSync(process.execPath, [next, 'build'], { stdio: 'inherit', env });
if (build.status !== 0) process.exit(build.status ?? 1);
const server = spawn(process.execPath, [next, 'start', '-p', process.env.PORT || '3200'], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
