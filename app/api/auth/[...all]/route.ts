import { toNextJsHandler } from 'better-auth/next-js';
import { getAuth } from '@/lib/auth/better-auth';

// better-auth's own endpoints (sign-in, sign-up, sign-out, get-session), rate-limited in the database.
export async function GET(request: Request) {
  return toNextJsHandler(getAuth()).GET(request);
}
export async function POST(request: Request) {
  return toNextJsHandler(getAuth()).POST(request);
}
