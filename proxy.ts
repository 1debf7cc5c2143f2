import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NextResponse, type NextRequest } from 'next/server';
import { buildCsp, createNonce, CSP_MANIFEST_FILE, cspManifestSchema, scriptHashesFor, type CspManifest } from '@/lib/security/csp';

const dev = process.env.NODE_ENV === 'development';
let manifest: CspManifest | null = null;

/** The adapter writes the manifest after the build, so it is read at run time, once. */
function loadManifest(): CspManifest {
  if (manifest) return manifest;
  const file = path.join(/*turbopackIgnore: true*/ process.cwd(), process.env.NEXT_DIST_DIR || '.next', CSP_MANIFEST_FILE);
  try {
    manifest = cspManifestSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    // Without it prerendered pages lose their inline scripts to the CSP: say so once, keep serving.
    if (!dev) console.error(`CSP: cannot read ${file}; prerendered pages' inline scripts will be blocked.`, error);
    manifest = { pages: {} };
  }
  return manifest;
}

/**
 * Sets the Content-Security-Policy of every page and route handler. The policy also goes on the request, where
 * Next reads the nonce and adds it to the scripts of pages it renders per request. The other security headers
 * are static and live in next.config.mjs.
 */
export function proxy(request: NextRequest): NextResponse {
  const nonce = createNonce();
  const csp = buildCsp({ nonce, hashes: scriptHashesFor(loadManifest(), request.nextUrl.pathname, request.nextUrl.searchParams), dev });
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', csp);
  return response;
}

export const config = {
  // Static files run no inline script; their headers come from next.config.mjs.
  matcher: ['/((?!_next/static|_next/image).*)'],
};
