// Next build adapter (`adapterPath` in next.config.mjs): after every `next build`, prerendered pages load
// their JavaScript after the first paint (see scripts/defer-hydration.mjs for why), and the CSP hashes of each
// prerendered page's inline scripts are written for proxy.ts (see lib/security/csp.ts).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { inlineScriptHashes } from './csp-hashes.mjs';
import { deferHydration } from './defer-hydration.mjs';

/** Keep in step with CSP_MANIFEST_FILE in lib/security/csp.ts. */
const CSP_MANIFEST_FILE = 'csp-hashes.json';

/** @type {import('next').NextAdapter} */
const adapter = {
  name: 'cited-defer-hydration',
  async onBuildComplete({ outputs, distDir }) {
    const prerenders = outputs.prerenders.filter((p) => p.fallback?.filePath?.endsWith('.html'));
    /** @type {Record<string, string[]>} */
    const pages = {};
    let deferredPages = 0;
    for (const prerender of prerenders) {
      const file = /** @type {string} */ (prerender.fallback?.filePath);
      const { html, deferred } = deferHydration(await readFile(file, 'utf8'));
      if (deferred > 0) {
        await writeFile(file, html);
        deferredPages++;
      }
      // Hashed after the rewrite: the page as served, loader included.
      pages[prerender.pathname] = inlineScriptHashes(html);
    }
    // Zero means Next changed how it writes script tags: fail rather than quietly lose the fast first paint.
    if (prerenders.length > 0 && deferredPages === 0) {
      throw new Error('defer-hydration: no prerendered page had Next chunk scripts; update scripts/defer-hydration.mjs');
    }
    // Static error pages (404.html: every unknown URL) are served as written, so they need hashes too.
    for (const file of outputs.staticFiles.filter((f) => f.filePath?.endsWith('.html'))) {
      pages[file.pathname] = inlineScriptHashes(await readFile(file.filePath, 'utf8'));
    }
    await writeFile(path.join(distDir, CSP_MANIFEST_FILE), JSON.stringify({ pages }, null, 1));
    console.log(`   Hydration deferred to after first paint on ${deferredPages} of ${prerenders.length} prerendered pages; CSP hashes in ${CSP_MANIFEST_FILE}`);
  },
};

export default adapter;
