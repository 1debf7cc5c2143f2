import { configDefaults, defineConfig } from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // lib/db and lib/auth import 'server-only'; outside Next it is a no-op.
      'server-only': path.resolve(import.meta.dirname, 'node_modules/server-only/empty.js'),
    },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    // Needs a production build: .ci/run runs it after `npm test` (vitest.multi-server.config.mts).
    exclude: [...configDefaults.exclude, 'tests/multi-server/**'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
