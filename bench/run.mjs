// `npm run bench`: builds and starts the production app, then measures page weight and speed
// (Lighthouse), question generation, answer saving under load and teacher results.
// Writes bench/results.json and prints a summary. Not part of `npm test`.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import zlib from 'node:zlib';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const port = Number(process.env.BENCH_PORT ?? 3300);
const base = `http://localhost:${port}`;
const distDir = process.env.NEXT_DIST_DIR ?? '.next-bench';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cited-bench-'));
const env = {
  ...process.env,
  NODE_ENV: 'production',
  NEXT_DIST_DIR: distDir,
  DATABASE_PATH: process.env.DATABASE_URL ? undefined : path.join(tmp, 'bench.sqlite'),
  AUTH_SECRET: process.env.AUTH_SECRET ?? 'bench-secret-0123456789abcdef0123456789abcdef',
  BASE_URL: base,
  SEED_DEMO: '1',
  NEXT_TELEMETRY_DISABLED: '1',
};
const next = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const pgPort = Number(process.env.BENCH_PG_PORT ?? 55439);
// lib/db and lib/auth import 'server-only', which only loads under the react-server condition.
const tsx = ['--conditions=react-server', '--import', 'tsx'];
const started = Date.now();
const log = (message) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${message}`);

function runJson(args, extraEnv = {}) {
  const run = spawnSync(process.execPath, args, { cwd: root, env: { ...env, ...extraEnv }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed:\n${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop());
}

async function waitFor(url, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not answer at ${url}`);
}

/** `npm start` on the existing build (BENCH_FLOOR=1 adds the floor route); start-up timed to the first answered request. */
async function startServer(p, extraEnv = {}) {
  const t0 = Date.now();
  const url = `http://localhost:${p}`;
  const child = spawn(process.execPath, [path.join('scripts', 'start.mjs')], { cwd: root, env: { ...env, BENCH_FLOOR: '1', PORT: String(p), BASE_URL: url, ...extraEnv }, stdio: ['ignore', 'ignore', 'inherit'] });
  await waitFor(`${url}/api/health`);
  return { child, url, startupMs: Date.now() - t0 };
}

function rssMiB(pid) {
  const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return line ? Math.round(Number(line.split(/\s+/)[1]) / 1024) : null;
}

/** A throwaway PostgreSQL cluster (scripts/pg-test-cluster.sh), or null when PostgreSQL is not installed. */
function startPostgres() {
  if (process.env.BENCH_PG_URL) return { url: process.env.BENCH_PG_URL, dir: null };
  const run = spawnSync('bash', [path.join('scripts', 'pg-test-cluster.sh'), 'start', String(pgPort)], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) return null;
  const value = (name) => run.stdout.match(new RegExp(`${name}=(\\S+)`))?.[1];
  return { url: value('TEST_DATABASE_URL'), dir: value('PG_TEST_DIR') };
}

const loadAverage = () => os.loadavg().map((l) => Math.round(l * 100) / 100);
const results = { machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version, memGiB: Math.round(os.totalmem() / 2 ** 30) }, startedAt: new Date().toISOString() };
let server;
let postgres = null;
const pgServers = [];
try {
  // First, on a quiet machine: a CPU-bound figure measured right after Lighthouse's Chromium runs reads 20-25 %
  // higher (load average about 4 on 2 cores) than the same code alone.
  log('generation');
  results.generation = runJson(['--expose-gc', ...tsx, path.join('bench', 'generation.ts')]);
  if (!process.env.BENCH_SKIP_BUILD) {
    log(`building into ${distDir}`);
    const build = spawnSync(process.execPath, [next, 'build'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
    if (build.status !== 0) throw new Error('next build failed');
  }
  server = await startServer(port);
  results.startup = { msToFirstAnsweredRequest: server.startupMs };
  log(`server up in ${server.startupMs} ms`);

  // Page weight and speed. The quiz page is module 1's practice quiz as a student opens it from the explainer
  // (prerendered). A new set of questions (`?seed=`) is rendered per request; it is measured too, but outside
  // the budget: see the closing note of issue 6.
  const pages = ['/', '/explainers/minusma', '/explainers/minusma/quiz', '/sources/mali-asks-un-to-withdraw-peacekeepers'];
  const pagesOutsideBudget = ['/explainers/minusma/quiz?seed=bench'];
  log('lighthouse (mobile, default throttling, median of 3 runs per page)');
  const measured = runJson([path.join('bench', 'lighthouse.mjs'), base, ...pages, ...pagesOutsideBudget]);
  results.pages = measured.slice(0, pages.length);
  results.pagesOutsideBudget = measured.slice(pages.length);

  // The floor for the explainer (issue 15): its own HTML with every script removed, served as a static file.
  const explainerPath = '/explainers/minusma';
  log('lighthouse on the explainer without scripts (the floor)');
  const explainerHtml = await (await fetch(`${base}${explainerPath}`)).text();
  const floorPort = port + 10;
  const htmlFile = path.join(tmp, 'explainer.html');
  fs.writeFileSync(htmlFile, explainerHtml);
  // Its own process: runJson blocks this one while Lighthouse loads the page.
  const floorServer = spawn(process.execPath, [path.join('bench', 'floor-server.mjs'), base, String(floorPort), explainerPath, htmlFile], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    await waitFor(`http://localhost:${floorPort}${explainerPath}`);
    const [floor] = runJson([path.join('bench', 'lighthouse.mjs'), `http://localhost:${floorPort}`, explainerPath]);
    const page = results.pages.find((p) => p.path === explainerPath);
    const gzip = (text) => zlib.gzipSync(Buffer.from(text)).length;
    const payload = [...explainerHtml.matchAll(/<script>self\.__next_f\.push\(([\s\S]*?)\)<\/script>/g)].map((m) => m[1]).join('');
    results.explainer = {
      path: explainerPath,
      htmlRawBytes: Buffer.byteLength(explainerHtml),
      htmlGzipBytes: gzip(explainerHtml),
      rscPayloadBytes: Buffer.byteLength(payload),
      floor,
      lcpOfFloor: page && floor?.lcpMs ? Number((page.lcpMs / floor.lcpMs).toFixed(2)) : null,
    };
    // A source page: its paragraphs are sent once too (issue 15).
    const sourcePath = '/sources/mali-asks-un-to-withdraw-peacekeepers';
    const sourceHtml = await (await fetch(`${base}${sourcePath}`)).text();
    const sourcePayload = [...sourceHtml.matchAll(/<script>self\.__next_f\.push\(([\s\S]*?)\)<\/script>/g)].map((m) => m[1]).join('');
    results.sourcePage = { path: sourcePath, htmlRawBytes: Buffer.byteLength(sourceHtml), htmlGzipBytes: gzip(sourceHtml), rscPayloadBytes: Buffer.byteLength(sourcePayload) };
  } finally {
    floorServer.kill('SIGTERM');
  }
  log('readable without JavaScript');
  results.noJavaScript = runJson([...tsx, path.join('bench', 'no-js.ts'), base]);


  log('answers under load (SQLite)');
  results.loadAverageBefore = loadAverage();
  results.load = runJson([...tsx, path.join('bench', 'load.ts'), base]);
  results.startup.rssMiBAfterLoad = rssMiB(server.child.pid);

  log('teacher results');
  results.teacherResults = runJson([...tsx, path.join('bench', 'teacher-results.ts'), base]);
  server.child.kill('SIGTERM');

  postgres = startPostgres();
  if (postgres) {
    const pgEnv = { DATABASE_URL: postgres.url, DATABASE_PATH: undefined };
    for (let i = 1; i <= 3; i++) pgServers.push(await startServer(port + i, pgEnv));
    log('answers under load (PostgreSQL)');
    results.loadPostgres = runJson([...tsx, path.join('bench', 'load.ts'), pgServers[0].url], { ...pgEnv, BENCH_SKIP_BARE: '1' });
    log('1, 2, 3 servers on one PostgreSQL, then kill -9 one');
    results.multiServer = runJson([...tsx, path.join('bench', 'multi-server.ts'), String(pgServers[2].child.pid), ...pgServers.map((s) => s.url)], pgEnv);
  } else {
    log('PostgreSQL not installed: skipping the PostgreSQL and multi-server runs');
  }
  results.loadAverageAfter = loadAverage();
} finally {
  server?.child.kill('SIGTERM');
  for (const s of pgServers) s.child.kill('SIGTERM');
  if (postgres?.dir) spawnSync('bash', [path.join('scripts', 'pg-test-cluster.sh'), 'stop', postgres.dir], { cwd: root });
  fs.rmSync(tmp, { recursive: true, force: true });
}

results.finishedAt = new Date().toISOString();
results.seconds = Math.round((Date.now() - started) / 1000);
fs.writeFileSync(path.join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

const pageLine = (p) =>
  `  ${p.path.padEnd(48)} perf ${String(p.performance).padStart(3)}  LCP ${String(p.lcpMs).padStart(5)} ms  TBT ${String(p.tbtMs).padStart(4)} ms  CLS ${p.cls}  transfer ${(p.transferredBytes / 1024).toFixed(0)} KiB  JS ${(p.scriptBytes / 1024).toFixed(0)} KiB gzip  longest task ${p.longestTaskMs} ms`;
const budgetOk = results.pages.every((p) => p.performance >= 95 && p.lcpMs <= 1500);
const lines = [
  `Cited benchmarks (${results.machine.cpus} cores, ${results.machine.node}), ${results.seconds}s`,
  '',
  'Pages (Lighthouse mobile, Slow 4G + 4x CPU, median of 3):',
  ...results.pages.map(pageLine),
  `  budget (perf >= 95, LCP <= 1.5 s on every page above): ${budgetOk ? 'met' : 'NOT MET'}`,
  '  rendered per request, outside the budget:',
  ...results.pagesOutsideBudget.map(pageLine),
  `  readable with JavaScript off: ${results.noJavaScript.map((r) => `${r.path} ${r.readable ? 'yes' : 'NO'}`).join(', ')}`,
  `Explainer ${results.explainer.path}: HTML ${(results.explainer.htmlRawBytes / 1024).toFixed(0)} KiB raw, ${(results.explainer.htmlGzipBytes / 1024).toFixed(1)} KiB gzip (target 25), RSC payload ${(results.explainer.rscPayloadBytes / 1024).toFixed(0)} KiB raw`,
  `  total transfer ${((results.pages.find((p) => p.path === results.explainer.path)?.transferredBytes ?? 0) / 1024).toFixed(0)} KiB (target 180 KB); RSC payload before issue 15's work: 214 KiB (target: at most half)`,
  `Source page ${results.sourcePage?.path}: HTML ${((results.sourcePage?.htmlRawBytes ?? 0) / 1024).toFixed(0)} KiB raw, ${((results.sourcePage?.htmlGzipBytes ?? 0) / 1024).toFixed(1)} KiB gzip, RSC payload ${((results.sourcePage?.rscPayloadBytes ?? 0) / 1024).toFixed(0)} KiB raw`,
  `  longest main-thread task (hydration), 4x CPU: ${results.pages.find((p) => p.path === results.explainer.path)?.longestTaskMs} ms (target < 50); TBT ${results.pages.find((p) => p.path === results.explainer.path)?.tbtMs} ms (target <= 50)`,
  `  floor (the same HTML, scripts removed, static): LCP ${results.explainer.floor?.lcpMs} ms, TBT ${results.explainer.floor?.tbtMs} ms, transfer ${((results.explainer.floor?.transferredBytes ?? 0) / 1024).toFixed(0)} KiB; explainer LCP = ${results.explainer.lcpOfFloor}x the floor (target <= 1.05)`,
  '',
  `Generation: real bank ${results.generation.realBank.questions} questions from ${results.generation.realBank.passages} passages in ${results.generation.realBank.medianMs} ms (median)`,
  ...results.generation.scaling.map((s) => `  ${String(s.sources).padStart(5)} synthetic sources: ${s.medianMs} ms, ${s.msPerSource} ms/source, ${s.heapKiBPerSource ?? '?'} KiB heap/source, ${s.questions} questions`),
  '',
  `Load average: ${results.loadAverageBefore.join(' ')} before the load runs, ${results.loadAverageAfter.join(' ')} after (${results.machine.cpus} cores; shared machine figures are noisy, ratios less so)`,
  `Start-up (npm start on an existing build to the first answered request): ${results.startup.msToFirstAnsweredRequest} ms; RSS of the server after the load (bank built): ${results.startup.rssMiBAfterLoad} MiB`,
  '',
  'Answers under load (autocannon, POST /api/attempts/:id/answers, vs the floor POST /api/bench-floor on the same server):',
  `  bare Node http server: ${results.load.bareNode?.requestsPerSecond} req/s`,
  ...[...results.load.runs, ...(results.loadPostgres?.runs ?? [])].map((r) => `  ${r.engine.padEnd(8)} ${String(r.students).padStart(5)} students: ${r.requestsPerSecond} req/s = ${Math.round(r.ofFloor * 100)}% of the floor (${r.floor.requestsPerSecond} req/s, p99 ${r.floor.p99Ms} ms), p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms, errors ${r.errors}, non-2xx ${r.non2xx}, stored exactly once: ${r.storedExactlyOnce ? 'yes' : 'NO'} (${r.acknowledged} acknowledged, ${r.stored} stored)${r.listenOverflows ? `; ${r.listenOverflows} connections waited on a full listen backlog` : ''}`),
  '  targets: >= 70% of the floor on SQLite, >= 50% on PostgreSQL; p99 < 1 s and 0 errors at 1,000',
  'Class day (open loop, Poisson arrivals, 1,000 students):',
  ...[results.load.classDay, results.loadPostgres?.classDay].filter(Boolean).map((d) => `  ${d.engine.padEnd(8)} ${d.rate}/s for ${d.seconds} s (${d.sent} sent): p50 ${d.p50Ms} ms, p99 ${d.p99Ms} ms, errors ${d.errors} (target p99 < 150 ms)`),
  ...(results.multiServer
    ? [
        'Several servers on one PostgreSQL (1,000 students spread round-robin):',
        ...results.multiServer.counts.map((c) => `  ${c.servers} server${c.servers > 1 ? 's' : ''}: ${c.requestsPerSecond} req/s, stored exactly once: ${c.exactlyOnce ? 'yes' : 'NO'}`),
        `  kill -9 of one of ${results.multiServer.kill.servers} mid-load: the others kept serving: ${results.multiServer.kill.survivorsKeptServing ? 'yes' : 'NO'}; ${results.multiServer.kill.acknowledged} acknowledged, ${results.multiServer.kill.lost} lost, exactly once: ${results.multiServer.kill.exactlyOnce ? 'yes' : 'NO'}`,
      ]
    : ['Several servers: skipped (no PostgreSQL)']),
  '',
  `Teacher results, ${results.teacherResults.students} students x ${results.teacherResults.questions} questions:`,
  `  summary + CSV in lib: ${results.teacherResults.libMedianMs} ms (median)`,
  ...(results.teacherResults.http ?? []).map((h) => `  GET ${h.path}: ${h.medianMs} ms (median of ${h.runs})`),
  '',
  'Written to bench/results.json',
];
console.log(lines.join('\n'));
