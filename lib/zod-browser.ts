import { config } from 'zod/v4/core';

// Imported (for this side effect) by the modules that parse with zod in the browser. The first time zod 4 parses
// an object it probes whether it may compile a fast parser with `new Function`; our Content-Security-Policy (no
// 'unsafe-eval', see lib/security/csp.ts) refuses that and the browser reports a violation. Browser-side parses
// are few and small: parse without it there. The server keeps zod's fast path. Imported per module rather than
// in instrumentation-client.ts so that pages which never parse in the browser (explainers) load no zod at all.
if (typeof window !== 'undefined') config({ jitless: true });
