import 'server-only';
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
 * entry our proxy appended); the last entry is read in case anything else appended one.
 */
export function clientIp(requestHeaders: Headers): string {
  const forwarded = requestHeaders.get('x-forwarded-for');
  const last = forwarded?.split(',').map((s) => s.trim()).filter(Boolean).at(-1);
  return last || requestHeaders.get('x-real-ip') || 'unknown';
}
