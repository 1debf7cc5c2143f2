// Hydration after first paint, for the pages Next prerenders at build time.
//
// Next puts every client chunk of a page in <head> as <script async>. On a slow phone link those ~140 KiB
// (gzip) compete with the HTML and CSS for bandwidth, so the text reaches the screen later. Our prerendered
// pages (home, explainers, sources, timeline, glossary) are complete without JavaScript: citations, source
// links and the quiz forms are plain HTML. So the chunks can wait until the first contentful paint.
// `npm run bench` measured the MINUSMA explainer's Lighthouse LCP at 1.9–2.6 s before and ~1.1 s after.

/**
 * A client chunk as Next 16 writes it into prerendered HTML, or our popover script (app/cite-popovers.js): it too
 * waits for the first paint, so nothing but the HTML and CSS comes before it (citations and glossary terms show
 * their popovers by CSS alone until it runs; it only adds Escape, touch and the marked words).
 */
const CHUNK_SCRIPT = /<script src="(\/_next\/static\/chunks\/[^"]+\.js|\/cite-popovers\.js\?v=[0-9a-f]+)" async=""><\/script>/g;
/** The low-priority preload Next adds for the page's bootstrap chunk. */
const CHUNK_PRELOAD = /<link rel="preload" as="script" fetchPriority="low" href="\/_next\/static\/chunks\/[^"]+\.js"\/>/g;

/**
 * Runs in the browser: appends the chunks once the first contentful paint has happened. Where the Paint
 * Timing API is missing it loads them at DOMContentLoaded; a tab opened in the background (which does not
 * paint until shown) gets them after a few seconds anyway.
 * @param {string[]} sources
 */
function loadAfterFirstPaint(sources) {
  var started = false;
  function load() {
    if (started) return;
    started = true;
    for (var i = 0; i < sources.length; i++) {
      var script = document.createElement('script');
      script.src = sources[i];
      script.async = true;
      document.head.appendChild(script);
    }
  }
  try {
    if (PerformanceObserver.supportedEntryTypes.indexOf('paint') >= 0) {
      new PerformanceObserver(function (list) {
        if (list.getEntriesByName('first-contentful-paint').length) load();
      }).observe({ type: 'paint', buffered: true });
      setTimeout(load, 3000);
      return;
    }
  } catch (error) {}
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', load);
  else load();
}

/**
 * Rewrites one prerendered page: removes Next's chunk scripts and preloads and appends an inline loader that
 * adds the same chunks, in the same order, after the first contentful paint. Returns the HTML unchanged
 * (and `deferred: 0`) when it has no chunk scripts.
 * @param {string} html
 * @returns {{ html: string, deferred: number }}
 */
export function deferHydration(html) {
  const sources = [...html.matchAll(CHUNK_SCRIPT)].map((match) => match[1]);
  if (sources.length === 0 || !html.includes('</body>')) return { html, deferred: 0 };
  // `<` is escaped so that no chunk path can close the inline script.
  const loader = `<script>(${loadAfterFirstPaint.toString()})(${JSON.stringify(sources).replace(/</g, '\\u003c')})</script>`;
  const stripped = html.replace(CHUNK_SCRIPT, '').replace(CHUNK_PRELOAD, '');
  const end = stripped.lastIndexOf('</body>');
  return { html: stripped.slice(0, end) + loader + stripped.slice(end), deferred: sources.length };
}
