import 'server-only';
import { getEnv } from '@/lib/env';

/**
 * True when the body's media type is exactly `application/json`; parameters after `;` (charset) are allowed.
 * A substring match would let `text/plain; application/json` through, which a browser sends cross-site without
 * a CORS preflight.
 */
export function isJsonContentType(header: string | null): boolean {
  if (!header) return false;
  const [type = '', ...params] = header.split(';');
  if (type.trim().toLowerCase() !== 'application/json') return false;
  // Parameters must look like `name=value`; anything else (a second media type) is refused.
  return params.every((p) => /^\s*[!#$%&'*+.^_`|~0-9A-Za-z-]+=("[^"]*"|[!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*$/.test(p));
}

function originOf(url: string): string | null {
  try {
    const { origin } = new URL(url);
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/**
 * Whether a state-changing request comes from our own pages, as Next.js checks server actions: the `Origin`
 * header must equal the public address (BASE_URL) or the address the request was made to. Browsers send
 * `Origin` on every POST; a request without it is accepted only when `Sec-Fetch-Site` does not say it
 * came from another site, so non-browser clients (scripts, tests) keep working while a cross-site page cannot.
 */
export function isSameOrigin(request: Request): boolean {
  const allowed = new Set([originOf(getEnv().BASE_URL), originOf(request.url)].filter((o): o is string => o !== null));
  const origin = request.headers.get('origin');
  if (origin === null) {
    const site = request.headers.get('sec-fetch-site');
    return site === null || site === 'same-origin' || site === 'none';
  }
  const given = originOf(origin);
  return given !== null && given === origin.trim().replace(/\/$/, '') && allowed.has(given);
}
