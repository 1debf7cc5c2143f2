import type { ReactNode } from 'react';

/**
 * Hands a tree from a page (rendered as a React Server Component) to `StaticHtml`, which renders it into the
 * page's HTML during server-side rendering. Both run in one server process for one request, so the tree goes
 * through this registry and not through the RSC payload: the browser gets its markup once, as HTML, and React
 * on the client neither receives nor hydrates it. Only for trees without state, effects or event handlers
 * (an explainer's article: citations and glossary popovers work by CSS and one small script), and without
 * client components: in this tree a client component is only a reference, which server-side rendering cannot draw.
 */
const REGISTRY = Symbol.for('cited.static-html');
/**
 * Trees kept at most. Each render registers its parts and its server-side render reads them right away, but a
 * build renders many pages at once in one process, and a render whose HTML is never made (an RSC-only request in
 * development) leaves its parts behind: they are dropped oldest first, well after any render could need them.
 */
const KEPT = 1000;

function registry(): Map<string, ReactNode> {
  const holder = globalThis as typeof globalThis & { [REGISTRY]?: Map<string, ReactNode> };
  return (holder[REGISTRY] ??= new Map());
}

/** Registers `node` for one render and returns the id `StaticHtml` takes. */
export function putStaticHtml(node: ReactNode): string {
  const id = crypto.randomUUID();
  const kept = registry();
  kept.set(id, node);
  while (kept.size > KEPT) kept.delete(kept.keys().next().value!);
  return id;
}

/** The tree registered under `id`; undefined when there is none (another process, or dropped). */
export function getStaticHtml(id: string): ReactNode | undefined {
  return registry().get(id);
}
