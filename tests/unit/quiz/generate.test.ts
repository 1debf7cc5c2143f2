import { describe, expect, it } from 'vitest';
import { assembleQuiz, factKeysOf } from '@/lib/quiz/assemble';
import { extractAttributions, extractMentions } from '@/lib/quiz/extract';
import { listBankProblems } from '@/lib/quiz/check';
import { generateQuestionBank, type GeneratorInput } from '@/lib/quiz/pipeline';
import { expectSoundQuestions } from '../../helpers/quiz-invariants';

// An invented report the repository has never seen: generation must work on any new source.
const lakeReport = [
  'The Lake Nokoué water authority on Tuesday announced that the new dam at Ganvié would open on 12 March 2031.',
  '“The dam will protect more than 40,000 homes from the floods that come every rainy season,” Water Minister Aline Houngbo told reporters in Cotonou.',
  'The project cost 310 million dollars and took six years to build. Engineers from Ghana, Senegal and Morocco worked on it.',
  'In 2027, heavy floods forced 12,500 people to leave their homes around the lake.',
  'Regional Governor Marc Dossou said the authority would publish a report on fishing in the lake by July 2031.',
  '“We listened to the fishers before we drew a single line,” said the project’s chief engineer Fatou Ndiaye.',
  'Construction began on 4 May 2025, a year after the African Development Bank agreed to lend the money.',
  'In 2029, the Benin Water Council approved the final plans for the spillway.',
  'Fishing cooperatives in So-Ava and Abomey-Calavi asked for a second consultation in January 2030.',
];
const farmNotes = [
  'Farmers near Porto-Novo planted 2,300 hectares of rice in 2026, twice as much as in 2024.',
  'The cooperative leader Jean Agossou said prices had fallen by 15 per cent.',
];

const input: GeneratorInput = {
  passages: [
    ...lakeReport.map((text, i) => ({ id: `lake-report#p${i + 1}`, text, sourceTitle: 'A new dam on Lake Nokoué' })),
    ...farmNotes.map((text, i) => ({ id: `farm-notes#p${i + 1}`, text, sourceTitle: 'Rice farming near Porto-Novo' })),
  ],
  modules: [
    {
      slug: 'dam',
      title: 'The Ganvié dam',
      // Orderings serve an objective that asks for an order of events (a module with none asks none).
      objectives: ['Explain why the dam was built.', 'Describe who planned and paid for the dam.', 'Put the steps of the project in order.'],
      facts: [
        {
          id: 'dam/f1', kind: 'date', answer: '12 March 2031', to: 'lake-report#p1', quote: null, ask: null, topic: null, label: null, date: null, speaker: null,
          span: '12 March 2031', sentence: 'The dam at Ganvié was due to open on 12 March 2031.', objective: 0,
        },
        {
          id: 'dam/f2', kind: 'person', answer: 'Aline Houngbo', to: 'lake-report#p2', quote: null, ask: null, topic: null, label: 'water minister', date: null, speaker: null,
          span: 'Aline Houngbo', sentence: 'The water minister, Aline Houngbo, said the dam would protect more than 40,000 homes.', objective: 0,
        },
        {
          id: 'dam/f3', kind: 'number', answer: '12,500', to: 'lake-report#p4', quote: 'heavy floods forced 12,500 people to leave their homes', ask: null, topic: null, label: null, date: '2027', speaker: null,
          span: '12,500', sentence: 'Floods in 2027 forced 12,500 people from their homes around the lake.', objective: 0,
        },
      ],
      passages: [...lakeReport.map((_, i) => ({ id: `lake-report#p${i + 1}`, objective: i % 2 })), { id: 'farm-notes#p1' }, { id: 'farm-notes#p2' }],
    },
  ],
};
const passageText = (id: string) => input.passages.find((p) => p.id === id)?.text ?? null;

describe('extraction from plain text', () => {
  it('finds dates, numbers, people with roles, countries and attributed quotes', () => {
    const mentions = extractMentions(input.passages);
    const of = (kind: string) => mentions.filter((m) => m.kind === kind).map((m) => m.text);
    expect(of('date')).toEqual(expect.arrayContaining(['12 March 2031', '4 May 2025', 'July 2031']));
    expect(of('year')).toEqual(expect.arrayContaining(['2027', '2029']));
    expect(of('number')).toEqual(expect.arrayContaining(['40,000', '12,500', '2,300']));
    expect(of('country')).toEqual(expect.arrayContaining(['Ghana', 'Senegal', 'Morocco']));
    const people = mentions.filter((m) => m.kind === 'person');
    expect(people.find((p) => p.text === 'Aline Houngbo')?.role).toBe('Water Minister');
    expect(people.find((p) => p.text === 'Marc Dossou')?.role).toBe('Regional Governor');
    const said = extractAttributions(input.passages, [...new Set(people.map((p) => p.text))]);
    expect(said.map((a) => a.speaker)).toEqual(expect.arrayContaining(['Aline Houngbo', 'Fatou Ndiaye']));
    for (const a of said) expect(passageText(a.passage)).toContain(a.quote);
  });
});

describe('generateQuestionBank on an unseen source', () => {
  const bank = generateQuestionBank(input);
  const questions = bank.modules[0]?.questions ?? [];

  it('yields sound questions of many types', () => {
    expectSoundQuestions(questions, passageText);
    const types = new Set(questions.map((q) => q.type));
    for (const t of ['single-choice', 'fill-in', 'true-false', 'who-said', 'ordering'] as const) expect(types, t).toContain(t);
    expect(questions.length).toBeGreaterThanOrEqual(15);
  });

  it('yields two-part evidence items whose proof is a sentence of the same source (issue 11)', () => {
    const two = questions.filter((q) => q.parts);
    expect(two.length).toBeGreaterThanOrEqual(1);
    for (const q of two) {
      expect(q.skill).toBe('analyse');
      const source = q.citations[0]?.passage.split('#')[0];
      for (const o of q.parts?.options ?? []) expect(input.passages.some((p) => p.id.startsWith(`${source}#`) && p.text.includes(o)), o).toBe(true);
      expect(q.alternates?.length, 'an alternate of its one-part form').toBeGreaterThanOrEqual(1);
    }
    // Quizzes without a two-part page never get them.
    expect(assembleQuiz(questions, { count: 30 }, 'x').some((q) => q.parts)).toBe(false);
  });

  it('is deterministic and keeps ids when content is added', () => {
    const again = generateQuestionBank(structuredClone(input));
    expect(again).toEqual(bank);
    const grown = structuredClone(input);
    grown.passages.push({ id: 'lake-report#p10', text: 'In 2032, the authority planned a second dam near Sô-Tchanhoué, according to Marc Dossou.', sourceTitle: 'A new dam on Lake Nokoué' });
    grown.modules[0]?.passages.push({ id: 'lake-report#p10' });
    const ids = new Set(generateQuestionBank(grown).modules[0]?.questions.map((q) => q.id));
    // Options may change as the corpus grows, but a question about one fact keeps its id. (Questions
    // that combine several facts, like orderings, are regrouped when new facts arrive.)
    const single = questions.filter((q) => !q.factKeys);
    expect(single.length).toBeGreaterThan(10);
    expect(single.filter((q) => ids.has(q.id)).length / single.length).toBeGreaterThan(0.95);
  });

  it('assembles quizzes that never repeat a fact', () => {
    const quiz = assembleQuiz(questions, { count: 10 }, 'unseen');
    const keys = quiz.flatMap(factKeysOf);
    expect(new Set(keys).size).toBe(keys.length);
    expect(quiz.length).toBe(10);
  });

  it('takes distractors of the answer’s kind and form', () => {
    for (const q of questions.filter((x) => x.type === 'single-choice')) {
      const answer = q.answer as string;
      const options = q.options ?? [];
      if (/^\d{4}$/.test(answer)) for (const o of options) expect(o, q.stem).toMatch(/^\d{4}$/);
      if (/^\d{1,2} [A-Z][a-z]+ \d{4}$/.test(answer)) for (const o of options) expect(o, q.stem).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
      if (/^\d{1,3}(,\d{3})+$/.test(answer)) for (const o of options) expect(o, q.stem).toMatch(/^\d{1,3}(,\d{3})*$/);
    }
  });
});

describe('an invented article with reasons (issue 11, point 7)', () => {
  const article = [
    ...lakeReport,
    'The fishers’ union asked the authority to delay the opening, citing a “lack of consultation” with the lake villages.',
    'In 2030, the Benin Water Council suspended work for a month over a plan to move two fishing markets, the council said.',
    'The African Development Bank delayed a second payment because of rising costs, a bank spokesman said.',
    'Engineers raised the spillway by two metres to address repeated flooding near Ganvié.',
  ];
  const unseen: GeneratorInput = {
    ...structuredClone(input),
    // The article beside the farm notes, as a module citing two sources would have it.
    passages: [
      ...article.map((text, i) => ({ id: `lake-report#p${i + 1}`, text, sourceTitle: 'A new dam on Lake Nokoué' })),
      ...farmNotes.map((text, i) => ({ id: `farm-notes#p${i + 1}`, text, sourceTitle: 'Rice farming near Porto-Novo' })),
    ],
    modules: [{ ...structuredClone(input.modules[0]!), passages: [...article.map((_, i) => ({ id: `lake-report#p${i + 1}`, objective: i % 2 })), { id: 'farm-notes#p1' }, { id: 'farm-notes#p2' }] }],
  };
  const text = (id: string) => unseen.passages.find((p) => p.id === id)?.text ?? null;
  const questions = generateQuestionBank(unseen).modules[0]?.questions ?? [];

  it('yields at least five types, cause and two-part evidence items among them, every invariant holding', () => {
    expectSoundQuestions(questions, text);
    expect(new Set(questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(5);
    expect(questions.filter((q) => q.answerKind === 'cause').length, 'cause items').toBeGreaterThanOrEqual(1);
    const twoPart = questions.filter((q) => q.parts);
    expect(twoPart.length, 'two-part evidence items').toBeGreaterThanOrEqual(1);
    // No wrong proof holds the answer, so only the cited sentence can prove it.
    for (const q of twoPart) for (const o of q.parts!.options) if (o !== q.parts!.answer) expect(o.includes(q.answer as string), `${q.stem}: ${o}`).toBe(false);
  });

  it('offers no distractor of another kind', () => {
    const isDate = (t: string) => /^(?:\d{1,2} )?(?:[A-Z][a-z]+ )?\d{4}$|^\d{4}$/.test(t);
    const isOrg = (t: string) => /\b(?:Council|Authority|Bank|Union|Nations|Group)\b/.test(t);
    for (const q of questions.filter((x) => x.type === 'single-choice' && !x.parts)) {
      const options = q.options ?? [];
      if (q.answerKind === 'date') for (const o of options) expect(isDate(o), `${q.stem}: ${o}`).toBe(true);
      if (q.answerKind === 'name') for (const o of options) expect(isOrg(o), `${q.stem}: ${o}`).toBe(false);
      if (q.answerKind === 'cause') for (const o of options) expect(isDate(o) || isOrg(o), `${q.stem}: ${o}`).toBe(false);
    }
  });
});

describe('questions a teacher would strike are not generated', () => {
  it('asks no blank of a disputed claim, and no typed answer when others would be right too', () => {
    const disputedInput: GeneratorInput = {
      ...structuredClone(input),
      disputed: [{ passage: 'lake-report#p4', quote: 'heavy floods forced 12,500 people' }],
    };
    disputedInput.modules[0]?.facts.push({
      id: 'dam/f4', kind: 'country', answer: 'Ghana', to: 'lake-report#p3', quote: 'Engineers from Ghana, Senegal and Morocco worked on it.',
      ask: 'Engineers from which country worked on the dam?', topic: null, label: null, date: null, speaker: null,
      span: 'Ghana', sentence: 'Engineers from Ghana, Senegal and Morocco worked on the dam.',
    });
    const questions = generateQuestionBank(disputedInput).modules[0]?.questions ?? [];
    expectSoundQuestions(questions, passageText);
    const fromP4 = questions.filter((q) => q.citations.some((c) => c.passage === 'lake-report#p4') && q.stem.includes('_____'));
    expect(fromP4.filter((q) => !q.stem.includes('Floods in'))).toEqual([]);
    expect(questions.find((q) => q.type === 'fill-in' && q.answer === 'Ghana')).toBeUndefined();
  });
  it('keys no claim the course rejects, wherever the words stand (point 2)', () => {
    // The rejected words are in a passage no <Claim> names: a repeat of the claim must not become a key either.
    const rejected = [{ phrase: 'by July 2031', settledBy: 'farm-notes#p1' }];
    const questions = generateQuestionBank({ ...structuredClone(input), rejected }).modules[0]?.questions ?? [];
    expect(questions.length).toBeGreaterThan(10);
    expect(listBankProblems(questions, passageText, { rejected })).toEqual([]);
    const keyed = questions.filter((q) => q.citations.some((c) => c.quote.includes('July 2031')));
    expect(keyed.map((q) => q.stem)).toEqual([]);
  });
});
