'use client';

import { useEffect } from 'react';
import { STATIC_HTML_LOADED } from '@/components/explainer/static-html';

/** The passage's own text nodes in order, leaving out what the reader adds (such as "[sic]"). */
function passageTextNodes(root: Element): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('[data-sic]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}

/** The text node and offset where character `at` of the concatenated nodes falls. */
function locate(nodes: Text[], at: number): [Text, number] | null {
  let seen = 0;
  for (const node of nodes) {
    const length = node.data.length;
    if (at <= seen + length) return [node, at - seen];
    seen += length;
  }
  return null;
}

/**
 * Marks the supporting words named in `?mark=` inside the targeted passage, using the CSS
 * Custom Highlight API so React's DOM is never rewritten. The passage itself is highlighted
 * by CSS `:target`, which works without JavaScript.
 */
export function PassageMarker() {
  useEffect(() => {
    const apply = () => {
      const registry = (CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
      const HighlightCtor = (window as unknown as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
      const words = new URLSearchParams(window.location.search).get('mark');
      const target = window.location.hash ? document.getElementById(window.location.hash.slice(1)) : null;
      registry?.delete('cited-words');
      if (!registry || !HighlightCtor || !words || !target) return;
      const root = target.querySelector('[data-passage-text]');
      if (!root) return;
      const nodes = passageTextNodes(root);
      const fold = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/[\u2013\u2014]/g, '-');
      const at = fold(nodes.map((n) => n.data).join('')).indexOf(fold(words));
      if (at < 0) return;
      const start = locate(nodes, at);
      const end = locate(nodes, at + words.length);
      if (!start || !end) return;
      const range = document.createRange();
      range.setStart(...start);
      range.setEnd(...end);
      registry.set('cited-words', new HighlightCtor(range));
    };
    apply();
    window.addEventListener('hashchange', apply);
    // After a client-side navigation the paragraphs arrive after this runs (components/explainer/static-html.tsx).
    window.addEventListener(STATIC_HTML_LOADED, apply);
    return () => {
      window.removeEventListener('hashchange', apply);
      window.removeEventListener(STATIC_HTML_LOADED, apply);
    };
  }, []);
  return null;
}
