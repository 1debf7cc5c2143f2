// Next build adapter (`adapterPath` in next.config.mjs): after every `next build`, prerendered pages load
// their JavaScript after the first paint. See scripts/defer-hydration.mjs for why.
import { readFile, writeFile } from 'node:fs/promises';
import { deferHydration } from './defer-hydration.mjs';

/** @type {import('next').NextAdapter} */
const adapter = {
  name: 'cited-defer-hydration',
  async onBuildComplete({ outputs }) {
    const files = outputs.prerenders.map((p) => p.fallback?.filePath).filter((file) => file?.endsWith('.html'));
    let pages = 0;
    for (const file of files) {
      const { html, deferred } = deferHydration(await readFile(file, 'utf8'));
      if (deferred === 0) continue;
      await writeFile(file, html);
      pages++;
    }
    // Zero means Next changed how it writes script tags: fail rather than quietly lose the fast first paint.
    if (files.length > 0 && pages === 0) {
      throw new Error('defer-hydration: no prerendered page had Next chunk scripts; update scripts/defer-hydration.mjs');
    }
    console.log(`   Hydration deferred to after first paint on ${pages} of ${files.length} prerendered pages`);
  },
};

export default adapter;
