import { fileURLToPath } from 'node:url';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets parallel builds (tests, benchmarks) use separate output folders.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  serverExternalPackages: ['better-sqlite3', 'pg', 'wink-nlp', 'wink-eng-lite-web-model'],
  typedRoutes: false,
  // Rewrites prerendered pages after each build so their JavaScript loads after the first paint.
  adapterPath: fileURLToPath(new URL('./scripts/next-adapter.mjs', import.meta.url)),
  async rewrites() {
    return {
      // A quiz opened without any answers yet is the same page for everyone: serve the prerendered one.
      beforeFiles: [
        {
          source: '/explainers/:slug/quiz',
          missing: ['seed', 'a', 'view'].map((key) => ({ type: 'query', key })),
          destination: '/explainers/:slug/quiz/start',
        },
      ],
    };
  },
};

export default nextConfig;
