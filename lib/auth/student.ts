import 'server-only';
import crypto from 'node:crypto';
import { cookies } from 'next/headers';
import { sha256 } from '@/lib/classroom/codes';
import { getDb, type Db } from '@/lib/db/client';
import { getStudentCredentials, type Student } from '@/lib/db/queries/students';
import { getEnv } from '@/lib/env';
import { clearRoleHint, setRoleHint } from './role-hint';
import { getAuthSecret } from './secret';

export const STUDENT_COOKIE = 'cited_student';
const MAX_AGE_SECONDS = 60 * 60 * 24 * 180;

function mac(payload: string, secret: string): string {
  return crypto.createHmac('sha256', secret).update(`student:${payload}`).digest('base64url');
}

/** `<studentId>.<token>.<HMAC-SHA256(secret, studentId.token)>` */
export function signStudentCookie(studentId: string, token: string, secret: string = getAuthSecret()): string {
  const payload = `${studentId}.${token}`;
  return `${payload}.${mac(payload, secret)}`;
}

/** The cookie's student id and token when its signature is valid; null for anything else. */
export function parseStudentCookie(value: string | undefined | null, secret: string = getAuthSecret()): { studentId: string; token: string } | null {
  if (!value || value.length > 300) return null;
  const parts = value.split('.');
  if (parts.length !== 3) return null;
  const [studentId, token, signature] = parts as [string, string, string];
  const expected = Buffer.from(mac(`${studentId}.${token}`, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return null;
  return { studentId, token };
}

/**
 * The student a cookie value stands for: valid signature, the student still exists, and the token is the
 * current one (a rejoin or removal invalidates older cookies).
 */
export async function getStudentFromCookie(value: string | undefined | null, db: Db = getDb()): Promise<Student | null> {
  const parsed = parseStudentCookie(value);
  if (!parsed) return null;
  const found = await getStudentCredentials(db, parsed.studentId);
  if (!found) return null;
  const a = Buffer.from(found.tokenHash);
  const b = Buffer.from(sha256(parsed.token));
  return a.length === b.length && crypto.timingSafeEqual(a, b) ? found.student : null;
}

/** Reads the cookie from a raw Request (route handlers). */
export function studentCookieFromRequest(request: Request): string | null {
  const header = request.headers.get('cookie');
  if (!header) return null;
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === STUDENT_COOKIE) return decodeURIComponent(rest.join('='));
  }
  return null;
}

export async function getStudentFromRequest(request: Request): Promise<Student | null> {
  return getStudentFromCookie(studentCookieFromRequest(request));
}

/** The student of the current request (pages, actions), or null. */
export async function getCurrentStudent(): Promise<Student | null> {
  return getStudentFromCookie((await cookies()).get(STUDENT_COOKIE)?.value);
}

export async function setStudentCookie(studentId: string, token: string): Promise<void> {
  (await cookies()).set(STUDENT_COOKIE, signStudentCookie(studentId, token), {
    httpOnly: true,
    sameSite: 'lax',
    secure: getEnv().BASE_URL.startsWith('https://'),
    path: '/',
    maxAge: MAX_AGE_SECONDS,
  });
  await setRoleHint('student');
}

export async function clearStudentCookie(): Promise<void> {
  (await cookies()).delete(STUDENT_COOKIE);
  await clearRoleHint();
}
