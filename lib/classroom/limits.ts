import type { RateLimitRule } from '@/lib/db/queries/rate-limit';

/**
 * Join-code guessing limits. A class behind one school NAT shares an IP, so the per-IP cap on all tries is
 * generous while wrong codes are capped hard: 20 wrong codes per 15 minutes against 31^6 ≈ 887 million codes.
 */
export const JOIN_LIMITS = {
  failuresPerIp: { windowMs: 15 * 60_000, max: 20 },
  triesPerIp: { windowMs: 15 * 60_000, max: 200 },
  joinsPerCode: { windowMs: 15 * 60_000, max: 100 },
} satisfies Record<string, RateLimitRule>;
