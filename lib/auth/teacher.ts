import 'server-only';
import { isIPv6 } from 'node:net';
import { headers } from 'next/headers';
import { getAuth } from './better-auth';

export type Teacher = { id: string; name: string; email: string };

/** The signed-in teacher for these request headers (better-auth session cookie), or null. */
export async function getTeacherFromHeaders(requestHeaders: Headers): Promise<Teacher | null> {
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  if (!session) return null;
  return { id: session.user.id, name: session.user.name, email: session.user.email };
}

/** The signed-in teacher of the current request (pages, actions), or null. */
export async function getCurrentTeacher(): Promise<Teacher | null> {
  return getTeacherFromHeaders(await headers());
}

/**
 * The client address for rate limiting. scripts/server.mjs (`npm start`) drops every forwarding header the
 * client sent and sets x-forwarded-for to the one address it trusts (the socket, or with TRUST_PROXY=1 the
 * entry our proxy appended); the last entry is read in case anything else appended one. An IPv6 address
 * counts as its /64, as better-auth's limiter counts it: one subscriber line holds a whole /64.
 */
export function clientIp(requestHeaders: Headers): string {
  const forwarded = requestHeaders.get('x-forwarded-for');
  const last = forwarded?.split(',').map((s) => s.trim()).filter(Boolean).at(-1);
  const address = last || requestHeaders.get('x-real-ip') || 'unknown';
  return isIPv6(address) ? ipv6Network(address) : address;
}

/** `2001:db8:1:2:aaaa::1` → `2001:db8:1:2::/64` (the first four groups, lower-case, zeros unpadded). */
function ipv6Network(address: string): string {
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
