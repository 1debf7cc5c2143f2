// CSP hashes of a page's inline scripts, for the prerendered pages whose HTML is fixed at build time.
import { createHash } from 'node:crypto';

/** An inline script: a <script> element without `src`. Its text is hashed as written: inside <script> nothing is decoded. */
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/**
 * The `'sha256-…'` source of every distinct inline script of one HTML page, in order of first appearance.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const text = match[1] ?? '';
    if (text.length === 0) continue;
    hashes.add(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}
