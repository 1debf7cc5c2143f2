import { config } from 'zod/v4/core';

// Runs in the browser before the app. The first time zod 4 parses an object it probes whether it may compile a
// fast parser with `new Function`; our Content-Security-Policy (no 'unsafe-eval', see lib/security/csp.ts)
// refuses that and the browser reports a violation. Browser-side parses are few and small: parse without it.
config({ jitless: true });
