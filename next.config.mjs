/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets parallel builds (tests, benchmarks) use separate output folders.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  serverExternalPackages: ['better-sqlite3', 'pg', 'wink-nlp', 'wink-eng-lite-web-model'],
  typedRoutes: false,
  // Tailwind's CSS is small; inlining it removes a render-blocking request on slow phone connections.
  experimental: { inlineCss: true },
};

export default nextConfig;
