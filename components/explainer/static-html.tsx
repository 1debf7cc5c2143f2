'use client';

import { useEffect, useRef, useState } from 'react';
import { getStaticHtml } from '@/lib/static-html';

/** The window event a static part sends once it has been copied in after a client-side navigation. */
export const STATIC_HTML_LOADED = 'static-html-loaded';

export type StaticHtmlProps = {
  /** From `putStaticHtml` on the server. */
  id: string;
  /** Names this part of the page, to find it in the page's HTML after a client-side navigation. */
  name: string;
  /** Says so when the part cannot be loaded after a client-side navigation: set on a page's main part only. */
  announceFailure?: boolean;
};

/**
 * Markup the server renders once into the HTML and React on the client leaves alone (see lib/static-html.ts).
 * - Server-side rendering: the registered tree, as ordinary HTML.
 * - Hydration: the element has `dangerouslySetInnerHTML`, so React keeps the server's children as they are and
 *   has nothing in them to hydrate (suppressHydrationWarning: its HTML is intentionally not in the payload).
 * - Arriving by a client-side navigation, there is no server HTML: the page's HTML is fetched and this part
 *   copied from it; if that fails, a link loads the page in full.
 */
export function StaticHtml({ id, name, announceFailure = false }: StaticHtmlProps) {
  if (typeof window === 'undefined') {
    const tree = getStaticHtml(id);
    // Never an empty part in a page: a page whose part is missing fails to render (and a build fails).
    if (tree === undefined) throw new Error(`StaticHtml: no tree registered for "${name}" (${id})`);
    return <div data-static-html={name}>{tree}</div>;
  }
  return <ClientStaticHtml name={name} announceFailure={announceFailure} />;
}

/** The page's HTML, fetched once for all the static parts of a page reached by a client-side navigation. */
let lastPage: { href: string; html: Promise<Document> } | null = null;

function loadPage(href: string): Promise<Document> {
  if (lastPage?.href !== href) {
    const html = fetch(href, { headers: { accept: 'text/html' } })
      .then((res) => (res.ok ? res.text() : Promise.reject(new Error(`HTTP ${res.status}`))))
      .then((text) => new DOMParser().parseFromString(text, 'text/html'));
    // A failed load is not kept: the next navigation here tries again.
    html.catch(() => {
      if (lastPage?.html === html) lastPage = null;
    });
    lastPage = { href, html };
  }
  return lastPage.html;
}

function ClientStaticHtml({ name, announceFailure }: { name: string; announceFailure: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || element.hasChildNodes()) return;
    let current = true;
    loadPage(window.location.pathname + window.location.search)
      .then((page) => {
        const found = page.querySelector(`[data-static-html="${CSS.escape(name)}"]`);
        if (!found) throw new Error(`no part "${name}" in the page`);
        if (!current) return;
        element.innerHTML = found.innerHTML;
        if (window.location.hash) document.getElementById(decodeURIComponent(window.location.hash.slice(1)))?.scrollIntoView();
        // For what works on this markup once it is there (the source reader's marked words).
        window.dispatchEvent(new CustomEvent(STATIC_HTML_LOADED, { detail: name }));
      })
      .catch((error: unknown) => {
        if (!current) return;
        console.warn('StaticHtml: could not load this part of the page', error);
        setFailed(true);
      });
    return () => {
      current = false;
    };
  }, [name]);
  return (
    <>
      <div ref={ref} data-static-html={name} dangerouslySetInnerHTML={{ __html: '' }} suppressHydrationWarning />
      {failed && announceFailure ? (
        <p role="alert" className="mt-4">
          This part of the page did not load. <a href={window.location.href}>Load the page again</a>.
        </p>
      ) : null}
    </>
  );
}
