import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { deferHydration } from '../../../scripts/defer-hydration.mjs';

// The shape of a page Next 16 prerenders: chunk scripts hoisted into <head>, the bootstrap chunk at the end of <body>.
const PAGE = [
  '<!DOCTYPE html><html lang="en"><head>',
  '<link rel="stylesheet" href="/_next/static/chunks/app.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/main.js"/>',
  '<script src="/_next/static/chunks/runtime.js" async=""></script>',
  '<script src="/_next/static/chunks/page.js" async=""></script>',
  '<title>T</title><script src="/_next/static/chunks/polyfills.js" noModule=""></script></head>',
  '<body><main>Text</main><script id="_R_">(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push({})</script>',
  '<script src="/_next/static/chunks/main.js" async=""></script>',
  '<script>self.__next_f.push([1,"x"])</script></body></html>',
].join('');

const CHUNKS = ['/_next/static/chunks/runtime.js', '/_next/static/chunks/page.js', '/_next/static/chunks/main.js'];

function loaderOf(html: string): string {
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  const loader = scripts.find((s) => s.includes('first-contentful-paint'));
  if (!loader) throw new Error('no loader in the page');
  return loader;
}

/** Runs the loader against a stub browser; returns what it appended and handles to fire its triggers. */
function runLoader(html: string, { paintTiming = true, readyState = 'interactive' } = {}) {
  const appended: string[] = [];
  const listeners: Record<string, () => void> = {};
  let observer: ((list: { getEntriesByName: (name: string) => unknown[] }) => void) | undefined;
  let timeout: (() => void) | undefined;
  class PerformanceObserver {
    static supportedEntryTypes = paintTiming ? ['paint', 'navigation'] : ['navigation'];
    constructor(callback: typeof observer) {
      observer = callback;
    }
    observe() {}
  }
  const document = {
    readyState,
    head: { appendChild: (el: { src: string; async: boolean }) => appended.push(`${el.src}${el.async ? '' : ' (sync)'}`) },
    createElement: () => ({ src: '', async: false }),
    addEventListener: (type: string, fn: () => void) => (listeners[type] = fn),
  };
  vm.runInNewContext(loaderOf(html), { document, PerformanceObserver, setTimeout: (fn: () => void) => (timeout = fn) });
  return {
    appended,
    paint: (name: string) => observer?.({ getEntriesByName: (n) => (n === name ? [{}] : []) }),
    fireTimeout: () => timeout?.(),
    fire: (type: string) => listeners[type]?.(),
  };
}

describe('deferHydration', () => {
  it('defers the popover script with the chunks, first, as the page lists it', () => {
    const page = PAGE.replace('<title>', '<script src="/cite-popovers.js?v=0123456789ab" async=""></script><title>');
    const { html, deferred } = deferHydration(page);
    expect(deferred).toBe(4);
    expect(html).not.toContain('<script src="/cite-popovers.js');
    const loader = runLoader(html);
    loader.paint('first-contentful-paint');
    expect(loader.appended).toEqual(['/_next/static/chunks/runtime.js', '/_next/static/chunks/page.js', '/cite-popovers.js?v=0123456789ab', '/_next/static/chunks/main.js']);
  });

  it('takes every chunk script and preload out of the markup and keeps everything else', () => {
    const { html, deferred } = deferHydration(PAGE);
    expect(deferred).toBe(3);
    expect(html).not.toMatch(/<script src="[^"]+" async/);
    expect(html).not.toContain('rel="preload"');
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/app.css" data-precedence="next"/>');
    expect(html).toContain('noModule=""');
    expect(html).toContain('<script id="_R_">');
    expect(html).toContain('self.__next_f.push');
    expect(html.indexOf('first-contentful-paint')).toBeLessThan(html.indexOf('</body>'));
  });

  it('leaves a page without chunk scripts alone', () => {
    const page = '<html><head></head><body><p>Hi</p></body></html>';
    expect(deferHydration(page)).toEqual({ html: page, deferred: 0 });
  });

  it('loads the same chunks, in order, once, after the first contentful paint', () => {
    const browser = runLoader(deferHydration(PAGE).html);
    expect(browser.appended).toEqual([]);
    browser.paint('first-paint');
    expect(browser.appended).toEqual([]);
    browser.paint('first-contentful-paint');
    expect(browser.appended).toEqual(CHUNKS);
    browser.paint('first-contentful-paint');
    browser.fireTimeout();
    expect(browser.appended).toEqual(CHUNKS);
  });

  it('does not wait for a paint that never comes (a tab opened in the background)', () => {
    const browser = runLoader(deferHydration(PAGE).html);
    browser.fireTimeout();
    expect(browser.appended).toEqual(CHUNKS);
  });

  it('falls back to DOMContentLoaded where the Paint Timing API is missing', () => {
    const loading = runLoader(deferHydration(PAGE).html, { paintTiming: false, readyState: 'loading' });
    expect(loading.appended).toEqual([]);
    loading.fire('DOMContentLoaded');
    expect(loading.appended).toEqual(CHUNKS);
    expect(runLoader(deferHydration(PAGE).html, { paintTiming: false }).appended).toEqual(CHUNKS);
  });

  it('cannot be broken out of by a chunk path', () => {
    const page = PAGE.replace('/_next/static/chunks/page.js', '/_next/static/chunks/a</script>b.js');
    const { html } = deferHydration(page);
    expect(html).toContain('"/_next/static/chunks/a\\u003c/script>b.js"');
    expect(html).not.toContain('a</script>b.js');
  });
});
