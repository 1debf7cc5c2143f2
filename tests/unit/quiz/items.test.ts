import { describe, expect, it } from 'vitest';
import { assembleQuiz } from '@/lib/quiz/assemble';
import { generateQuestionBank, type GeneratorInput, type GeneratorModule } from '@/lib/quiz/pipeline';
import { sentenceGroups } from '@/lib/quiz/pipeline/items';
import type { Question } from '@/lib/quiz/types';

const passages = [
  'The Lake Nokoué water authority announced on Tuesday that the new dam at Ganvié would open on 12 March 2031.',
  'In 2027, heavy floods forced 12,500 people to leave their homes around the lake, and 3,200 farms lost their crops.',
  'The dam cost 310 million dollars; 4,800 workers and 1,900 engineers built it over 6,000 days.',
  'Construction began on 4 May 2025, a year after the African Development Bank agreed to lend the money.',
  'In 2029, the Benin Water Council approved the final plans for the spillway after two years of talks.',
  'Fishing cooperatives in So-Ava and Abomey-Calavi asked for a second consultation in January 2030.',
].map((text, i) => ({ id: `lake#p${i + 1}`, text, sourceTitle: 'A new dam on Lake Nokoué' }));

const module = (slug: string, facts: GeneratorModule['facts']): GeneratorModule => ({
  slug,
  title: slug,
  objectives: ['Explain why the dam was built after the floods.', 'Describe who planned and paid for the construction.'],
  facts,
  passages: passages.map((p) => ({ id: p.id })),
});
const floods = {
  id: 'f1', kind: 'number' as const, answer: '12,500', to: 'lake#p2', quote: null, ask: null, topic: null, label: null, date: null, speaker: null,
  span: '12,500', sentence: 'Floods in 2027 forced 12,500 people from their homes around the lake.', objective: 0,
};
const input: GeneratorInput = { passages, modules: [module('first', []), module('second', [floods])] };

describe('one item per fact (issue 11, point 3)', () => {
  const bank = generateQuestionBank(input);
  const [first, second] = bank.modules;

  it('gives a fact only to the module that teaches it, and a mined fact to one module only', () => {
    const items = (m: typeof first) => new Set(m?.questions.map((q) => q.item).filter(Boolean));
    expect([...items(first)].filter((i) => items(second).has(i))).toEqual([]);
    expect(second?.questions.some((q) => q.item === 'lake#p2|12500')).toBe(true);
    expect(first?.questions.some((q) => q.item === 'lake#p2|12500')).toBe(false);
  });

  it('links the forms of one fact as alternates, and a quiz holds one of them', () => {
    const forms = second?.questions.filter((q) => q.item === 'lake#p2|12500') ?? [];
    expect(forms.length).toBeGreaterThanOrEqual(2);
    for (const q of forms) expect(new Set(q.alternates)).toEqual(new Set(forms.filter((f) => f !== q).map((f) => f.id)));
    for (const seed of ['a', 'b', 'c']) {
      const quiz = assembleQuiz(second?.questions ?? [], { count: 10 }, seed);
      const picked = quiz.filter((q) => q.item).map((q) => q.item);
      expect(new Set(picked).size).toBe(picked.length);
    }
  });

  it('tags every question with an objective of its module and a skill (point 5)', () => {
    for (const m of bank.modules) {
      for (const q of m.questions) {
        expect(q.objective, q.stem).toBeGreaterThanOrEqual(0);
        expect(q.objective, q.stem).toBeLessThan(m.objectives.length);
        expect(['recall', 'understand', 'analyse']).toContain(q.skill);
      }
    }
  });
});

describe('one sentence, one fact (rating pattern 1)', () => {
  const q = (id: string, passage: string, quote: string, factKey = id): Question => ({
    id, type: 'single-choice', module: 'm', factKey, item: `${passage}|${id}`, stem: `${id}?`, options: ['a', 'b', 'c'], answer: 'a', explanation: '', citations: [{ passage, quote }],
  });
  it('groups questions citing one sentence of a passage, not other sentences or passages', () => {
    const qs = [
      q('place', 'p#1', 'In 2027, heavy floods forced 12,500 people to leave their homes.'),
      q('year', 'p#1', 'heavy floods forced 12,500 people'),
      q('other', 'p#1', 'The dam cost 310 million dollars.'),
      q('elsewhere', 'p#2', 'In 2027, heavy floods forced 12,500 people to leave their homes.'),
    ];
    expect(sentenceGroups(qs).map((g) => g.sort())).toEqual([['place', 'year'], ['place', 'year'], ['other'], ['elsewhere']]);
  });
  it('gives the forms from one source sentence one fact key, so a quiz holds one of them', () => {
    const bank = generateQuestionBank(input);
    const second = bank.modules[1]?.questions ?? [];
    const fromFloods = second.filter((x) => x.citations.length === 1 && x.citations[0]?.passage === 'lake#p2' && x.citations[0].quote.includes('12,500'));
    expect(fromFloods.length).toBeGreaterThanOrEqual(2);
    expect(new Set(fromFloods.map((x) => x.factKey)).size).toBe(1);
    const quiz = assembleQuiz(second, { count: 10 }, 'seed');
    expect(quiz.filter((x) => fromFloods.some((f) => f.id === x.id)).length).toBeLessThanOrEqual(1);
  });
});

describe('objectives follow what a question asks (third teacher rating)', () => {
  const facts = [{ ...floods, objective: 0 }];
  const withOrder: GeneratorInput = {
    passages,
    modules: [{ ...module('dam', facts), objectives: ['Explain why the dam was built after the floods.', 'Describe who planned and paid for the construction.', 'Put the steps from the floods to the opening in order.'] }],
  };
  it('tags every ordering with the objective that asks for an order, whatever its passages', () => {
    const questions = generateQuestionBank(withOrder).modules[0]?.questions ?? [];
    const orderings = questions.filter((q) => q.type === 'ordering');
    expect(orderings.length).toBeGreaterThan(0);
    for (const q of orderings) expect(q.objective).toBe(2);
  });
  it('asks no ordering in a module whose objectives ask for no order of events', () => {
    const questions = generateQuestionBank({ passages, modules: [module('dam', facts)] }).modules[0]?.questions ?? [];
    expect(questions.length).toBeGreaterThan(0);
    expect(questions.filter((q) => q.type === 'ordering')).toEqual([]);
  });
});

describe('an author sets the objective a fact counts towards (teacher review of the tags)', () => {
  const asked = (objectiveSet: 1 | 2 | 'none') => {
    const bank = generateQuestionBank({ passages, modules: [module('only', [{ ...floods, objectiveSet }])] });
    return bank.modules[0]?.questions.filter((q) => q.item === 'lake#p2|12500') ?? [];
  };

  it('counts every form of the fact towards the objective set, over the section’s', () => {
    expect(asked(2).length).toBeGreaterThan(0);
    for (const q of asked(2)) expect(q.objective, q.stem).toBe(1);
    for (const q of asked(1)) expect(q.objective, q.stem).toBe(0);
  });

  it('asks no question about a fact set to objective="none"', () => {
    expect(asked('none')).toEqual([]);
  });
});
