import path from 'node:path';
import { z } from 'zod';

/** The development fallback for AUTH_SECRET. Never used when NODE_ENV=production (see lib/auth/secret.ts). */
export const DEV_AUTH_SECRET = 'dev-only-insecure-secret-do-not-use-in-production-0000';

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** postgres://… switches the app to PostgreSQL; otherwise SQLite at DATABASE_PATH. */
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  DATABASE_PATH: z.string().trim().min(1).default('data/cited.sqlite'),
  AUTH_SECRET: z
    .string()
    .min(32, 'AUTH_SECRET must be at least 32 characters (try `openssl rand -base64 32`)')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  BASE_URL: z.url().default('http://localhost:3000'),
  /** Seed a demo teacher, class and assignment into an empty database (default on). */
  SEED_DEMO: z
    .enum(['0', '1', 'true', 'false'])
    .default('1')
    .transform((v) => v === '1' || v === 'true'),
  /** `npm run bench` only: serve the trivial POST /api/bench-floor (404 otherwise), the framework's own floor. */
  BENCH_FLOOR: z
    .enum(['0', '1'])
    .default('0')
    .transform((v) => v === '1'),
});

export type Env = z.infer<typeof envSchema> & { databasePath: string; databaseEngine: 'sqlite' | 'postgres' };

/**
 * Parses process.env once per process. Throws a readable error listing every bad variable.
 * Read lazily (not at import) so `next build` never needs runtime secrets.
 */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const env = result.data;
  return {
    ...env,
    databasePath: path.resolve(/*turbopackIgnore: true*/ process.cwd(), env.DATABASE_PATH),
    databaseEngine: env.DATABASE_URL ? 'postgres' : 'sqlite',
  };
}

let cached: Env | null = null;

export function getEnv(): Env {
  cached ??= parseEnv();
  return cached;
}

/** Tests only: forget the parsed environment after changing process.env. */
export function resetEnvForTests(): void {
  cached = null;
}
