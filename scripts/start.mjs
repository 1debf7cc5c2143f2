// `npm start`: builds the app when there is no build yet (or BUILD=1), then serves it through scripts/server.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const distDir = process.env.NEXT_DIST_DIR || '.next';
const next = path.join('node_modules', 'next', 'dist', 'bin', 'next');

if (process.env.BUILD === '1' || !existsSync(path.join(distDir, 'BUILD_ID'))) {
  console.log(`No build in ${distDir} yet: building (about a minute)…`);
  const build = spawnSync(process.execPath, [next, 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

process.env.PORT ||= '3000';
// Sign-in checks the request's origin against BASE_URL, so a non-default port needs a matching one.
process.env.BASE_URL ||= `http://localhost:${process.env.PORT}`;
await import('./server.mjs');
