import { POPOVER_SCRIPT } from '@/components/explainer/citation-dismiss';

// Built once: the same bytes for every request, cached by browsers for good (its address carries a version).
export const dynamic = 'force-static';

/** The citation and glossary popover behaviour every page loads (components/explainer/citation-dismiss.tsx). */
export function GET(): Response {
  return new Response(POPOVER_SCRIPT, {
    headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=31536000, immutable' },
  });
}
