import 'server-only';
import { z } from 'zod';

/** What better-auth's APIError carries (better-call's class: HTTP status code and a `{ code, message }` body). */
const authFailureSchema = z.object({
  statusCode: z.number().int().min(400).max(599),
  body: z.object({ code: z.string().optional(), message: z.string().optional() }).partial().optional(),
  message: z.string().optional(),
});

export type AuthFailure = { statusCode: number; code: string | null; message: string };

/**
 * The failure a better-auth endpoint threw, or null for any other error. Recognised by shape: a production
 * build bundles better-auth's APIError class separately from the copy `better-auth/api` gives the app, so
 * `instanceof APIError` never matches there.
 */
export function getAuthFailure(error: unknown): AuthFailure | null {
  const parsed = authFailureSchema.safeParse(error);
  if (!parsed.success) return null;
  const { statusCode, body, message } = parsed.data;
  return { statusCode, code: body?.code ?? null, message: body?.message ?? message ?? '' };
}
