import 'server-only';
import { cookies } from 'next/headers';
import { getEnv } from '@/lib/env';
import { ROLE_HINT_COOKIE, type RoleHint } from '@/lib/role-hint';

/** Lasts as long as the longest session it hints at (the student cookie's 180 days). */
const MAX_AGE_SECONDS = 60 * 60 * 24 * 180;

export async function setRoleHint(role: RoleHint): Promise<void> {
  (await cookies()).set(ROLE_HINT_COOKIE, role, {
    // Readable by the page's own script on purpose: see lib/role-hint.ts. It carries no secret.
    httpOnly: false,
    sameSite: 'lax',
    secure: getEnv().BASE_URL.startsWith('https://'),
    path: '/',
    maxAge: MAX_AGE_SECONDS,
  });
}

export async function clearRoleHint(): Promise<void> {
  (await cookies()).delete(ROLE_HINT_COOKIE);
}
