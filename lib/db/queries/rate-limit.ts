import 'server-only';
import { sql } from 'kysely';
import type { Db } from '../client';

export type RateLimitRule = { windowMs: number; max: number };
export type RateLimitResult = { allowed: boolean; count: number; retryAfterSeconds: number };

/**
 * Counts one hit in a fixed window and says whether it is within the limit. Counters live in the database
 * (`rate_limit_hit`), so several app servers share them; the upsert is atomic on both engines.
 */
export async function hitRateLimit(db: Db, bucket: string, rule: RateLimitRule, now = new Date()): Promise<RateLimitResult> {
  const windowStart = Math.floor(now.getTime() / rule.windowMs) * rule.windowMs;
  const key = `${bucket}:${windowStart}`;
  const expires = new Date(windowStart + rule.windowMs).toISOString();
  const row = await db
    .insertInto('rate_limit_hit')
    .values({ key, count: 1, expires_at: expires })
    .onConflict((oc) => oc.column('key').doUpdateSet({ count: sql<number>`rate_limit_hit.count + 1` }))
    .returning('count')
    .executeTakeFirstOrThrow();
  const count = Number(row.count);
  // Old windows are swept now and then, by whichever request happens to draw the short straw.
  if (Math.random() < 0.01) await deleteExpiredRateLimits(db, now);
  return { allowed: count <= rule.max, count, retryAfterSeconds: Math.ceil((windowStart + rule.windowMs - now.getTime()) / 1000) };
}

/** Current count without adding a hit. */
export async function peekRateLimit(db: Db, bucket: string, rule: RateLimitRule, now = new Date()): Promise<RateLimitResult> {
  const windowStart = Math.floor(now.getTime() / rule.windowMs) * rule.windowMs;
  const row = await db.selectFrom('rate_limit_hit').select('count').where('key', '=', `${bucket}:${windowStart}`).executeTakeFirst();
  const count = Number(row?.count ?? 0);
  return { allowed: count < rule.max, count, retryAfterSeconds: Math.ceil((windowStart + rule.windowMs - now.getTime()) / 1000) };
}

export async function deleteExpiredRateLimits(db: Db, now = new Date()): Promise<void> {
  await db.deleteFrom('rate_limit_hit').where('expires_at', '<', now.toISOString()).execute();
}
