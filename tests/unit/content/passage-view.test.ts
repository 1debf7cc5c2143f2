import { describe, expect, it } from 'vitest';
import { getPassage } from '@/lib/content';
import { getPassageView, listPassageViews } from '@/lib/content/passage-view';

// Runs on the real course: passages and sources come from content/.
describe('getPassageView', () => {
  it('resolves a news passage with its source, the marked words, the [sic] words and a reader link that marks them', () => {
    const id = 'chief-observer-us-orderly-withdrawal#p3';
    const passage = getPassage(id);
    expect(passage?.text).toContain('MinusmaINUSMA');
    const view = getPassageView(id, 'The United States regrets');
    expect(view).toMatchObject({ id, quote: 'The United States regrets', kind: 'news', n: 3, sic: ['MinusmaINUSMA'], primary: undefined });
    expect(view?.text).toBe(passage?.text);
    expect(view?.href).toBe('/sources/chief-observer-us-orderly-withdrawal?mark=The%20United%20States%20regrets#p3');
  });

  it('marks a course note as such and says whether it rests on one primary document', () => {
    const view = getPassageView('france-in-mali#p1');
    expect(view).toMatchObject({ kind: 'course-note', quote: null, primary: false, href: '/sources/france-in-mali#p1' });
  });

  it('is null for an unknown passage', () => {
    expect(getPassageView('no-such-source#p1')).toBeNull();
    expect(getPassageView('france-in-mali#p999')).toBeNull();
  });
});

describe('listPassageViews', () => {
  it('keeps citation order, shows a (passage, quote) pair once, and leaves out unknown passages', () => {
    const views = listPassageViews([
      { passage: 'france-in-mali#p2', quote: null },
      { passage: 'no-such-source#p1', quote: 'x' },
      { passage: 'france-in-mali#p1', quote: null },
      { passage: 'france-in-mali#p2' },
    ]);
    expect(views.map((v) => v.id)).toEqual(['france-in-mali#p2', 'france-in-mali#p1']);
  });
});
