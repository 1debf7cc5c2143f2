'use client';

import { useEffect } from 'react';

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
      const textNode = target.querySelector('[data-passage-text]')?.firstChild;
      if (!textNode || textNode.nodeType !== Node.TEXT_NODE) return;
      const fold = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/[\u2013\u2014]/g, '-');
      const at = fold(textNode.textContent ?? '').indexOf(fold(words));
      if (at < 0) return;
      const range = document.createRange();
      range.setStart(textNode, at);
      range.setEnd(textNode, at + words.length);
      registry.set('cited-words', new HighlightCtor(range));
    };
    apply();
    window.addEventListener('hashchange', apply);
    return () => window.removeEventListener('hashchange', apply);
  }, []);
  return null;
}
