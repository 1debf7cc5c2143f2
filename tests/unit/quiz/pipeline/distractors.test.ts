import { describe, expect, it } from 'vitest';
import { buildCorpus } from '@/lib/quiz/pipeline/corpus';
import { chooseDistractors, orgFamily, orgGroup } from '@/lib/quiz/pipeline/distractors';

describe('orgGroup', () => {
  it('tells armed groups, news agencies and watchdogs, and public bodies apart', () => {
    expect(['Wagner Group', 'Islamic State', 'Operation Barkhane'].map(orgGroup)).toEqual(['armed', 'armed', 'armed']);
    expect(['Reuters', 'Human Rights Watch'].map(orgGroup)).toEqual(['media', 'media']);
    expect(['African Union', 'US Treasury', 'Security Council'].map(orgGroup)).toEqual(['public', 'public', 'public']);
  });

  it('tells bodies of several states, US bodies and one state’s own bodies apart', () => {
    expect(['African Union', 'UN Security Council', 'Alliance of Sahel States'].map(orgFamily)).toEqual(['international', 'international', 'international']);
    expect(['US Treasury', 'Office of Foreign Assets Control', 'US State Department'].map(orgFamily)).toEqual(['us', 'us', 'us']);
    expect(['Constitutional Court', 'National Committee for the Salvation of the People'].map(orgFamily)).toEqual(['national', 'national']);
  });
});

// Rating 11 kept "Constitutional Court" and "US Treasury" among the options for the UN Security Council, and
// "Economic Community of West African States" beside "ECOWAS".
const text = [
  'The United Nations (UN) and the Economic Community of West African States (ECOWAS) met.',
  'The UN Security Council voted. The African Union spoke. The Alliance of Sahel States answered.',
  'The Constitutional Court ruled. The US Treasury and the US State Department issued statements.',
  'The European Union said nothing. The Islamic State attacked.',
].join(' ');
const ctx = buildCorpus({
  passages: [{ id: 'a#p1', text, sourceTitle: 'A' }],
  modules: [{ slug: 'a', title: 'A', objectives: ['o'], facts: [], passages: [{ id: 'a#p1' }] }],
});

describe('options beside an organisation', () => {
  it('are bodies of its own sort, and never one body under two names', () => {
    for (let i = 0; i < 10; i++) {
      const options = chooseDistractors(ctx, 'organisation', 'UN Security Council', [], `s${i}`);
      expect(options).toHaveLength(3);
      for (const o of options) expect(orgFamily(o)).toBe('international');
      expect(options).not.toContain('United Nations');
      expect(options.filter((o) => o === 'ECOWAS' || o === 'Economic Community of West African States').length).toBeLessThanOrEqual(1);
    }
  });

  it('are not offered when the corpus has too few of its sort', () => {
    expect(chooseDistractors(ctx, 'organisation', 'Constitutional Court', [], 'c')).toEqual([]);
  });
});
