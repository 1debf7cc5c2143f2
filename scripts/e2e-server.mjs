// Server for Playwright: a fresh production build in its own folder, then scripts/server.mjs (as `npm start`).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const next = path.join('node_modules', 'next', 'dist', 'bin', 'next');
const env = { ...process.env, NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || '.next-e2e' };
// A fresh database per run (unless one is given), inside this run's own build folder, so tests never see or
// change a developer's data and nothing is left behind when Playwright kills the server.
if (!env.DATABASE_PATH && !env.DATABASE_URL) {
  const dir = path.join(env.NEXT_DIST_DIR, 'e2e-data');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  env.DATABASE_PATH = path.join(dir, 'e2e.sqlite');
}
env.BASE_URL ??= `http://localhost:${process.env.PORT || '3200'}`;
const build = spawnSync(process.execPath, [next, 'build'], { stdio: 'inherit', env });
if (build.status !== 0) process.exit(build.status ?? 1);
env.PORT ||= '3200';
const server = spawn(process.execPath, [path.join('scripts', 'server.mjs')], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
