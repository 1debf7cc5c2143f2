// The client address the app may trust, set by scripts/server.mjs before Next sees a request.
import { isIP } from 'node:net';
import { z } from 'zod';

/** Headers a client could send to pose as another address; the server drops every copy. */
export const FORWARDING_HEADERS = ['x-forwarded-for', 'x-real-ip', 'forwarded'];

/** `::ffff:203.0.113.7` (an IPv4 client on a dual-stack socket) → `203.0.113.7`. */
function plainAddress(address) {
  const trimmed = address.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped ? mapped[1] : trimmed;
}

/**
 * Without a proxy the socket's peer is the client. With `trustProxy` (TRUST_PROXY=1: exactly one reverse
 * proxy in front, which appends the address it saw), the last x-forwarded-for entry is the client: every
 * earlier entry came from the client itself. Falls back to the socket when that entry is missing or not an IP.
 * @param {{ remoteAddress: string | undefined, forwardedFor: string | string[] | undefined, trustProxy: boolean }} input
 * @returns {string}
 */
export function clientAddress({ remoteAddress, forwardedFor, trustProxy }) {
  const socket = remoteAddress ? plainAddress(remoteAddress) : 'unknown';
  if (!trustProxy || forwardedFor === undefined) return socket;
  const joined = Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor;
  const last = plainAddress(joined.split(',').at(-1) ?? '');
  return isIP(last) ? last : socket;
}

/**
 * Replaces whatever forwarding headers the request carried with one x-forwarded-for holding the client
 * address, so Next (which only fills x-forwarded-for when absent) and the app's limits see that one value.
 * @param {import('node:http').IncomingMessage} req
 * @param {boolean} trustProxy
 */
export function setClientAddress(req, trustProxy) {
  const address = clientAddress({ remoteAddress: req.socket.remoteAddress, forwardedFor: req.headers['x-forwarded-for'], trustProxy });
  for (const name of FORWARDING_HEADERS) delete req.headers[name];
  req.headers['x-forwarded-for'] = address;
  // rawHeaders is what some readers (and Next's own request copies) look at: keep it in step.
  const raw = [];
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    if (!FORWARDING_HEADERS.includes(req.rawHeaders[i].toLowerCase())) raw.push(req.rawHeaders[i], req.rawHeaders[i + 1]);
  }
  req.rawHeaders.length = 0;
  req.rawHeaders.push(...raw, 'x-forwarded-for', address);
  return address;
}

/**
 * TRUST_PROXY: unset or "0" (the default: no proxy, trust only the socket) or "1" (one proxy hop).
 * Anything else is refused, so a typo never silently trusts forged headers.
 * @param {string | undefined} value
 * @returns {boolean}
 */
export function parseTrustProxy(value) {
  const parsed = trustProxySchema.safeParse(value);
  if (!parsed.success) throw new Error(`TRUST_PROXY must be 0 or 1 (one reverse proxy in front), not ${JSON.stringify(value)}`);
  return parsed.data;
}

const trustProxySchema = z
  .enum(['', '0', '1'])
  .optional()
  .transform((v) => v === '1');
