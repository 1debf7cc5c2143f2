// Server for Playwright: a fresh production build in its own folder, then `next start`.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

const next = path.join('node_modules', 'next', 'dist', 'bin', 'next');
const env = { ...process.env, NEXT_DIST_DIR: process.env.NEXT_DIST_DIR || '.next-e2e' };
const build = spawnSync(process.execPath, [next, 'build'], { stdio: 'inherit', env });
if (build.status !== 0) process.exit(build.status ?? 1);
const server = spawn(process.execPath, [next, 'start', '-p', process.env.PORT || '3200'], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
