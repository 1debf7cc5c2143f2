import { defineConfig } from 'vitest/config';
import base from './vitest.config.mts';

// Two production servers on one PostgreSQL: needs a build and TEST_DATABASE_URL, so .ci/run runs it after `npm test`.
export default defineConfig({ ...base, test: { ...base.test, include: ['tests/multi-server/**/*.test.ts'], exclude: [], testTimeout: 60_000 } });
