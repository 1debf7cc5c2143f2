// The floor for an explainer's page speed (issue 15): the same page's HTML with every script removed, served as a
// static file, with its stylesheets and other assets proxied from the app. bench/run.mjs starts it as its own
// process (its Lighthouse runs block run.mjs's event loop):
//   node bench/floor-server.mjs <app-url> <port> <path> <html-file>
import fs from 'node:fs';
import http from 'node:http';
import zlib from 'node:zlib';

/** The page's HTML without scripts: no <script> element and no preload of one. */
export function withoutScripts(html) {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link\b[^>]*\bas="script"[^>]*>/g, '')
    .replace(/<link\b[^>]*\brel="modulepreload"[^>]*>/g, '');
}

/**
 * Serves `pages` (path → HTML) as static files and proxies every other request to `app`, so the copy loads the
 * same CSS and images. Resolves to the server once it listens on `port`.
 */
export function startFloorServer(app, port, pages) {
  const target = new URL(app);
  const server = http.createServer((req, res) => {
    const page = pages.get((req.url ?? '/').split('?')[0]);
    if (page !== undefined) {
      // Compressed like the app's own pages, so the two differ only in their scripts.
      const body = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) ? zlib.gzipSync(page) : Buffer.from(page);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length, ...(body.length < Buffer.byteLength(page) ? { 'content-encoding': 'gzip' } : {}) });
      res.end(body);
      return;
    }
    const upstream = http.request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: { ...req.headers, host: target.host } }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  return new Promise((resolve) => server.listen(port, () => resolve(server)));
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const [app, port, pagePath, file] = process.argv.slice(2);
  await startFloorServer(app, Number(port), new Map([[pagePath, withoutScripts(fs.readFileSync(file, 'utf8'))]]));
  console.log('listening');
}
