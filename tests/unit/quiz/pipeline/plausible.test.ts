import { describe, expect, it } from 'vitest';
import { getQuestionBank } from '@/lib/quiz/bank';
import { nationalityGivesAway } from '@/lib/quiz/pipeline/builders/matching';
import { nearlySays, titleGivesAway } from '@/lib/quiz/pipeline/builders/source-work';
import { buildCorpus } from '@/lib/quiz/pipeline/corpus';
import { plausibleSwap } from '@/lib/quiz/pipeline/distractors';
import { reasonForm } from '@/lib/quiz/pipeline/reasons';
import { markSic } from '@/lib/quiz/pipeline/module';
import type { Question } from '@/lib/quiz/types';
import { statementQuestions } from '@/lib/quiz/pipeline/builders/statements';
import type { Basis } from '@/lib/quiz/pipeline/candidates';

// Teacher ratings struck "Egypt founded the Alliance of Sahel States", "Canada is a village in central Mali",
// sanctions "from 10 July 2022 until 3 July 2022", and rows or titles that match themselves.
const passages = [
  { id: 'sahel#p1', text: 'Mali, Burkina Faso and Niger signed the charter in Bamako. Moura is a village in central Mali.', sourceTitle: 'Sahel' },
  { id: 'sahel#p2', text: 'Sanctions ran from 9 January 2022 until 3 July 2022. In 2021 and 2023 there were talks.', sourceTitle: 'Sahel' },
  { id: 'far#p1', text: 'Egypt and Canada voted in New York. Gao is a town. Talks were held on 10 July 2022 and in 2019.', sourceTitle: 'Far' },
];
const ctx = buildCorpus({
  passages,
  places: ['Moura', 'Gao', 'Bamako', 'New York'],
  countries: ['Mali', 'Burkina Faso', 'Niger', 'Egypt', 'Canada'],
  modules: [{ slug: 'sahel', title: 'Sahel', objectives: ['o'], facts: [], passages: [{ id: 'sahel#p1' }, { id: 'sahel#p2' }] }],
});

describe('a false statement swaps in a confusion a student could make', () => {
  it('takes a country from the module’s own sources, never one the story does not name', () => {
    for (let i = 0; i < 12; i++) {
      const swap = plausibleSwap(ctx, { kind: 'country', answer: 'Niger', statement: 'Mali, Burkina Faso and Niger signed the charter.', module: 'sahel' }, [], `s${i}`);
      expect(['Egypt', 'Canada']).not.toContain(swap);
    }
  });

  it('swaps a place for a place, never for a country', () => {
    for (let i = 0; i < 12; i++) {
      const swap = plausibleSwap(ctx, { kind: 'place', answer: 'Moura', statement: 'Moura is a village in central Mali.', module: 'sahel' }, [], `p${i}`);
      expect(['Mali', 'Burkina Faso', 'Niger', 'Egypt', 'Canada']).not.toContain(swap);
    }
  });

  it('swaps a village for a village when the places are known, never for a capital', () => {
    const kinds = buildCorpus({
      passages: [{ id: 'v#p1', text: 'Moura is a village. Bamako is the capital. Diafarabé is a village. Kati is a town near Bamako. People met in Moura, in Diafarabé, in Kati and in Bamako.', sourceTitle: 'V' }],
      places: ['Moura', 'Bamako', 'Diafarabé', 'Kati'],
      placeKinds: { Moura: 'village', Diafarabé: 'village', Bamako: 'capital', Kati: 'town' },
      modules: [{ slug: 'v', title: 'V', objectives: ['o'], facts: [], passages: [{ id: 'v#p1' }] }],
    });
    for (let i = 0; i < 12; i++) {
      const swap = plausibleSwap(kinds, { kind: 'place', answer: 'Moura', statement: 'Moura is a village in central Mali.', module: 'v' }, [], `k${i}`);
      expect([undefined, 'Diafarabé']).toContain(swap);
    }
  });

  it('leaves a date alone in a statement that holds a second one', () => {
    const b = { kind: 'date' as const, answer: '9 January 2022', statement: 'Sanctions ran from 9 January 2022 until 3 July 2023.', module: 'sahel' };
    expect(plausibleSwap(ctx, b, [], 'd')).toBeUndefined();
    expect(plausibleSwap(ctx, { ...b, statement: 'Sanctions began on 9 January 2022.' }, [], 'd')).toBeDefined();
  });
});

describe('options that give themselves away', () => {
  it('people matched to roles that each name a different country', () => {
    expect(nationalityGivesAway(["France's UN ambassador", 'US State Department spokesman', "Mali's foreign minister"], ctx)).toBe(true);
    expect(nationalityGivesAway(["Mali's transitional prime minister", "Mali's defence minister", 'MINUSMA spokesman'], ctx)).toBe(false);
    expect(nationalityGivesAway(['UN Secretary-General', 'MINUSMA spokesman', 'UN special envoy'], ctx)).toBe(false);
  });

  it('a source title that repeats the quoted words when no wrong title does', () => {
    expect(titleGivesAway('Mali Announces MINUSMA Withdrawal by November 15', 'this phase will end on November 15, 2024', ['UN pulls peacekeepers out of Mali', 'The coup of May 2021'])).toBe(true);
    expect(titleGivesAway('Mali Announces MINUSMA Withdrawal by November 15', 'this phase will end on November 15, 2024', ['Mali to leave by November', 'The coup of May 2021'])).toBe(false);
    expect(titleGivesAway('UN pulls peacekeepers out of Mali', 'swelled to more than 15,000 foreign troops', ['Mali asks United Nations to withdraw peacekeeping force'])).toBe(false);
  });

  it('a wrong source whose own words differ from the quote only by an ending', () => {
    expect(nearlySays("Mali's transitional government has ordered the mission out.", 'the transition government of Mali')).toBe(true);
    expect(nearlySays('The mandate expires on June 30.', 'expires on June 30')).toBe(true);
    expect(nearlySays('The mandate was set to expire on 29 June.', 'expires on June 30')).toBe(false);
  });

  it('reasons of another grammatical form', () => {
    expect(['to address shared security threats', 'ineffective in addressing security issues', 'become a part of the problem', 'a crisis of confidence'].map(reasonForm)).toEqual(['purpose', 'quality', 'action', 'thing']);
  });
});

describe('the course bank', () => {
  const modules = getQuestionBank().modules;
  const quoted = (stem: string) => /“([^”]+)”/.exec(stem)?.[1] ?? '';

  it('asks no who-said on a fragment of a longer quote it also asks', () => {
    for (const m of modules) {
      const said = m.questions.filter((q) => q.type === 'who-said');
      for (const q of said) {
        const thicker = said.filter((o) => o.answer === q.answer && quoted(o.stem).length > quoted(q.stem).length && quoted(o.stem).includes(quoted(q.stem)));
        expect(thicker.map((o) => o.id), `${m.slug} ${q.id}`).toEqual([]);
      }
    }
  });

  it('records what a question shows of another module’s answers (an assignment may join modules)', () => {
    const asked = new Map<string, Set<string>>();
    for (const m of modules) for (const q of m.questions) for (const k of q.factKeys ?? [q.factKey]) asked.set(k, (asked.get(k) ?? new Set()).add(m.slug));
    const across = modules.flatMap((m) => m.questions.flatMap((q) => (q.reveals ?? []).filter((k) => !asked.get(k)?.has(m.slug))));
    expect(across.length).toBeGreaterThan(10);
  });

  it('keys one "which source says …?" claim alike in every module that asks it', () => {
    const says = modules.flatMap((m) => m.questions.filter((q) => /\bWhich source says\b/.test(q.stem)));
    const keyOf = new Map<string, Set<string>>();
    for (const q of says) keyOf.set(q.stem, (keyOf.get(q.stem) ?? new Set()).add(q.factKey));
    for (const [stem, keys] of keyOf) expect(keys.size, stem).toBe(1);
  });

  it('counts "which source says …?" towards spotting where reports differ, not checking a primary document', () => {
    const news = modules.find((m) => m.slug === 'reading-the-news');
    const spot = news?.objectives.findIndex((o) => /^Spot where/.test(o));
    const asks = news?.questions.filter((q) => /\bWhich source says\b/.test(q.stem)) ?? [];
    const figures = asks.filter((q) => /^Sources answer “(?:When|In which year|How many)/.test(q.stem));
    expect(figures.length).toBeGreaterThan(0);
    for (const q of figures) expect(q.objective, q.stem).toBe(spot);
    // Which words a report uses counts towards word choice.
    const words = news?.objectives.findIndex((o) => /word choices/.test(o));
    const wording = asks.filter((q) => !figures.includes(q));
    expect(wording.length).toBeGreaterThan(0);
    for (const q of wording) expect(q.objective, q.stem).toBe(words);
  });
});

describe('"which are true?"', () => {
  // Teacher rating: 12 of 13 failed because their four statements served three or four objectives.
  const sentences = [
    'The dam was planned in 2011.', 'The first loan came in 2012.', 'The council approved the plan in 2013.', 'Work on the dam began in 2014.',
    'The fishers protested in 2015.', 'The court heard the case in 2016.', 'The judges ruled in 2017.', 'The project stopped in 2018.',
  ];
  const ps = sentences.map((text, i) => ({ id: `dam#p${i + 1}`, text, sourceTitle: 'Dam' }));
  const dctx = buildCorpus({ passages: ps, modules: [{ slug: 'dam', title: 'Dam', objectives: ['a', 'b'], facts: [], passages: ps.map((p) => ({ id: p.id })) }] });
  const bases: Basis[] = sentences.map((text, i) => {
    const answer = /\d{4}/.exec(text)?.[0] as string;
    return { module: 'dam', kind: 'year', answer, passage: `dam#p${i + 1}`, quote: text, cloze: null, ask: null, statement: text, span: answer, factKey: `year:${answer}`, objective: i < 4 ? 0 : 1, fromSource: null };
  });

  it('takes all four statements from the facts of one objective, and serves that objective', () => {
    const questions = statementQuestions('dam', bases, dctx);
    expect(questions.length).toBe(2);
    for (const q of questions) {
      const objectives = new Set((q.factKeys ?? []).map((k) => bases.find((b) => b.factKey === k)?.objective));
      expect(objectives.size, q.id).toBe(1);
      expect(q.objective).toBe([...objectives][0]);
    }
  });
});

describe('[sic]', () => {
  it('follows a word the source printed wrongly, wherever a stem quotes it, once', () => {
    const sctx = buildCorpus({ passages: [{ id: 'us#p3', text: '“We regret the decision on MinusmaINUSMA,” said Miller.', sourceTitle: 'US', sic: ['MinusmaINUSMA'] }], modules: [] });
    const q = { id: 'q', type: 'who-said', module: 'm', stem: 'Who said these words? “We regret the decision on MinusmaINUSMA”', options: ['a', 'b', 'c'], answer: 'a', explanation: '', citations: [{ passage: 'us#p3', quote: 'We regret the decision on MinusmaINUSMA' }], factKey: 'k' } as Question;
    expect(markSic(q, sctx).stem).toBe('Who said these words? “We regret the decision on MinusmaINUSMA [sic]”');
    expect(markSic(markSic(q, sctx), sctx).stem).toBe(markSic(q, sctx).stem);
    expect(markSic({ ...q, citations: [] }, sctx).stem).toBe(q.stem);
  });
});
