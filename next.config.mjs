import { fileURLToPath } from 'node:url';

const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // Nothing here uses these features; nor may anything embedded or injected.
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
  // For browsers without CSP frame-ancestors.
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets parallel builds (tests, benchmarks) use separate output folders.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  serverExternalPackages: ['better-sqlite3', 'pg', 'wink-nlp', 'wink-eng-lite-web-model'],
  typedRoutes: false,
  // Rewrites prerendered pages after each build so their JavaScript loads after the first paint.
  adapterPath: fileURLToPath(new URL('./scripts/next-adapter.mjs', import.meta.url)),
  // Static headers for every response, files included; the Content-Security-Policy, which differs per page,
  // is set in proxy.ts.
  async headers() {
    return [{ source: '/:path*', headers: SECURITY_HEADERS }];
  },
  async rewrites() {
    return {
      // A quiz opened without any answers yet is the same page for everyone: serve the prerendered one.
      // proxy.ts picks that page's CSP hashes by the same rule (prerenderedPathFor in lib/security/csp.ts).
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
