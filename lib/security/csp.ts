import { z } from 'zod';

/**
 * What scripts/next-adapter.mjs writes after each build: for every prerendered page, the CSP hash sources
 * (`'sha256-…'`) of its inline scripts, keyed by pathname.
 */
export const cspManifestSchema = z.object({ pages: z.record(z.string(), z.array(z.string().regex(/^'sha256-[A-Za-z0-9+/=]+'$/))) });
export type CspManifest = z.infer<typeof cspManifestSchema>;

export const CSP_MANIFEST_FILE = 'csp-hashes.json';
/** Next's static 404 page: its hashes cover an unknown URL and the root layout's inline script. */
const NOT_FOUND_PAGE = '/404';

/** `/explainers/<slug>/quiz` with none of these queries is served from the prerendered `/quiz/start` (next.config.mjs). */
export const QUIZ_START_QUERY_KEYS = ['seed', 'a', 'view'] as const;
const QUIZ_PATH = /^\/explainers\/([^/]+)\/quiz$/;

/**
 * The prerendered page a request is answered with, if any: the pathname without a trailing slash, or the quiz
 * start page the bare quiz URL is rewritten to.
 */
export function prerenderedPathFor(pathname: string, query: URLSearchParams): string {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  const quiz = QUIZ_PATH.exec(path);
  if (quiz && QUIZ_START_QUERY_KEYS.every((key) => !query.has(key))) return `${path}/start`;
  return path;
}

/**
 * Hash sources a response may run: the prerendered page's own inline scripts, or for any other page (rendered
 * per request, its Next scripts carrying the nonce) the static 404 page's, which include the root layout's.
 */
export function scriptHashesFor(manifest: CspManifest, pathname: string, query: URLSearchParams): string[] {
  return manifest.pages[prerenderedPathFor(pathname, query)] ?? manifest.pages[NOT_FOUND_PAGE] ?? [];
}

export type CspOptions = { nonce: string; hashes: readonly string[]; dev?: boolean };

/**
 * The Content-Security-Policy of one response.
 *
 * Scripts: same-origin files, plus inline scripts only by hash (prerendered HTML cannot carry a per-request
 * nonce) or by this response's nonce (Next adds it to the scripts of pages rendered per request). No
 * 'unsafe-inline' for scripts. Development adds 'unsafe-eval' (React's dev build needs it) and 'unsafe-inline'
 * (no build manifest of hashes there).
 *
 * Styles: 'unsafe-inline' stays for style-src-attr only. React writes `style` attributes (the reading-progress
 * bar, the map's paint-order) and a style attribute can neither run script nor select other elements; inline
 * <style> elements and foreign stylesheets stay blocked, which is where CSS-based data theft lives.
 */
export function buildCsp({ nonce, hashes, dev = false }: CspOptions): string {
  const scripts = dev ? ["'self'", "'unsafe-inline'", "'unsafe-eval'"] : ["'self'", `'nonce-${nonce}'`, ...hashes];
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': scripts,
    'style-src': dev ? ["'self'", "'unsafe-inline'"] : ["'self'"],
    'style-src-attr': ["'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** A fresh nonce: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
