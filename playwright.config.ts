import { defineConfig, devices } from '@playwright/test';

// Parallel runs (several developers on one machine) can pick their own port and build folder.
const port = Number(process.env.E2E_PORT ?? 3200);
export const distDir = process.env.NEXT_DIST_DIR ?? '.next-e2e';
const baseURL = `http://localhost:${port}`;

export const chromiumLaunch = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
};

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL,
    trace: 'off',
    launchOptions: chromiumLaunch,
  },
  projects: [
    { name: 'laptop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 }, launchOptions: chromiumLaunch } },
  ],
  webServer: {
    // Builds into its own folder and database so a running dev server is never disturbed.
    command: `node scripts/e2e-server.mjs`,
    url: `${baseURL}/`,
    // A cold production build on a busy 2-core machine can take several minutes.
    timeout: 600_000,
    reuseExistingServer: !process.env.CI,
    env: { PORT: String(port), NEXT_DIST_DIR: distDir, E2E: '1' },
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
