import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { getStaticHtml, putStaticHtml } from '@/lib/static-html';

describe('the static-part registry', () => {
  it('gives back the tree registered under an id, for as many reads as a render makes', () => {
    const tree = createElement('p', null, 'An article');
    const id = putStaticHtml(tree);
    expect(getStaticHtml(id)).toBe(tree);
    expect(getStaticHtml(id)).toBe(tree);
    expect(getStaticHtml('not-an-id')).toBeUndefined();
  });

  it('gives each registration its own id, and keeps the parts of many pages rendered at once', () => {
    const ids = Array.from({ length: 500 }, (_, i) => putStaticHtml(createElement('p', null, `Part ${i}`)));
    expect(new Set(ids).size).toBe(ids.length);
    expect(getStaticHtml(ids[0]!)).toBeDefined();
  });

  it('drops the oldest parts once far more are left behind than any render needs', () => {
    const first = putStaticHtml(createElement('p', null, 'old'));
    for (let i = 0; i < 2000; i++) putStaticHtml(null);
    expect(getStaticHtml(first)).toBeUndefined();
  });
});
