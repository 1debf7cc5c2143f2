import type { RateLimitRule } from '@/lib/db/queries/rate-limit';

/**
 * Join-code limits, per client address (a whole school may share one) and per code. A right code is never
 * refused because of wrong ones: only the cap on all tries from an address, sized for a school joining at
 * once, stops it. Wrong codes past `failuresPerIp` get a 429 with advice instead of a 404.
 *
 * Guessing: a code is 6 characters of a 31-character alphabet, 31^6 ≈ 887 million codes. One address gets at
 * most 300 tries per 15 minutes (1,200 an hour): finding one given class takes on average 887M / 2 / 1,200 ≈
 * 370,000 hours (42 years); with 1,000 open classes, hitting any one takes 887M / 1,000 / 1,200 ≈ 740 hours
 * (a month) of non-stop guessing from one address. Rejoin codes are 8 characters (31^8 ≈ 852 billion).
 */
export const JOIN_LIMITS = {
  failuresPerIp: { windowMs: 15 * 60_000, max: 30 },
  triesPerIp: { windowMs: 15 * 60_000, max: 300 },
  joinsPerCode: { windowMs: 15 * 60_000, max: 100 },
} satisfies Record<string, RateLimitRule>;
