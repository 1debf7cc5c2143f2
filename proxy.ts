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
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const refusal = await refuseUndecodableAction(request);
  if (refusal) return refusal;
  const nonce = createNonce();
  const csp = buildCsp({ nonce, hashes: scriptHashesFor(loadManifest(), request.nextUrl.pathname, request.nextUrl.searchParams), dev });
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', csp);
  return response;
}

/**
 * Server actions are HTTP endpoints whose arguments Next decodes before any of our code runs, and some bodies
 * make that decoder throw (a 500): text that is not JSON, JSON that is not an argument list, a reference to a
 * part the body does not have ("$Q1"). Our forms always post their actions as multipart form data, so a
 * non-multipart action post may only carry a plain JSON array with no such references; anything else is a 400
 * in the shape our actions answer with.
 */
async function refuseUndecodableAction(request: NextRequest): Promise<NextResponse | null> {
  if (request.method !== 'POST' || !request.headers.has('next-action')) return null;
  if ((request.headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/form-data')) return null;
  let args: unknown;
  try {
    args = JSON.parse(await request.clone().text());
  } catch {
    args = null;
  }
  const references = (value: unknown): boolean =>
    typeof value === 'string' ? value.startsWith('$') : Array.isArray(value) ? value.some(references) : value !== null && typeof value === 'object' ? Object.values(value).some(references) : false;
  if (Array.isArray(args) && !references(args)) return null;
  return NextResponse.json({ ok: false, status: 400, error: 'This request could not be read. Reload the page and try again.' }, { status: 400 });
}

export const config = {
  // Static files run no inline script; their headers come from next.config.mjs.
  matcher: ['/((?!_next/static|_next/image).*)'],
};
