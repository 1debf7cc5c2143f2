// Lighthouse figures for a running server, as JSON on stdout.
// Plain JavaScript on purpose: Lighthouse serialises functions into the page, and a TypeScript
// loader (tsx adds `__name` helpers) breaks them.
// Usage: node bench/lighthouse.mjs http://localhost:3300 / /explainers/minusma …
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

/**
 * Default Lighthouse mode: mobile emulation, simulated Slow 4G and 4x CPU throttling.
 * Each page runs RUNS times; the median run by performance score is kept.
 */
async function measurePages(baseUrl, paths) {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
  try {
    const out = [];
    for (const path of paths) {
      const samples = [];
      for (let i = 0; i < RUNS; i++) {
        const result = await lighthouse(`${baseUrl}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
        const audits = result.lhr.audits;
        const items = audits['resource-summary']?.details?.items ?? [];
        // Main-thread tasks of 50 ms and more (simulated with the CPU slowdown); on an explainer the longest is hydration.
        const tasks = audits['long-tasks']?.details?.items ?? [];
        samples.push({
          path,
          performance: Math.round((result.lhr.categories.performance?.score ?? 0) * 100),
          lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN),
          tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? NaN),
          cls: Number((audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
          transferredBytes: items.find((x) => x.resourceType === 'total')?.transferSize ?? null,
          scriptBytes: items.find((x) => x.resourceType === 'script')?.transferSize ?? null,
          htmlBytes: items.find((x) => x.resourceType === 'document')?.transferSize ?? null,
          longestTaskMs: Math.round(Math.max(0, ...tasks.map((t) => t.duration ?? 0))),
          longTasks: tasks.length,
        });
      }
      samples.sort((a, b) => a.performance - b.performance);
      out.push(samples[Math.floor(samples.length / 2)]);
    }
    return out;
  } finally {
    await chrome.kill();
  }
}

const [baseUrl, ...paths] = process.argv.slice(2);
if (!baseUrl || paths.length === 0) {
  console.error('usage: node bench/lighthouse.mjs <base-url> <path>…');
  process.exit(2);
}
console.log(JSON.stringify(await measurePages(baseUrl, paths)));
