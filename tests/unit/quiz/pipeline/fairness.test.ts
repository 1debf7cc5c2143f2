import { describe, expect, it } from 'vitest';
import { listBankProblems } from '@/lib/quiz/check';
import { listGiveawayProblems, listKeyProblems, listKindProblems, listSpanProblems } from '@/lib/quiz/pipeline/fairness';
import type { Question } from '@/lib/quiz/types';

const base: Question = {
  id: 'q-1',
  type: 'single-choice',
  module: 'm',
  factKey: 'k',
  stem: '',
  options: [],
  answer: '',
  explanation: '',
  citations: [{ passage: 's#p1', quote: 'x' }],
};
const cloze = (sentence: string, answer: string, options: string[], answerKind: Question['answerKind'] = 'number'): Question => ({
  ...base,
  stem: `Which number completes this sentence? “${sentence}”`,
  answer,
  options,
  answerKind,
});

describe('listGiveawayProblems', () => {
  it('fails a blank that ends a set phrase', () => {
    expect(listGiveawayProblems(cloze('Russia, a permanent member of the _____, backed Mali.', 'Security Council', ['Security Council', 'African Union', 'ECOWAS', 'US Treasury'], 'place')).join()).toMatch(/set phrase/);
    expect(listGiveawayProblems(cloze('Russia, a member of the _____, backed Mali.', 'Security Council', ['Security Council', 'African Union', 'ECOWAS', 'US Treasury'], 'place'))).toEqual([]);
  });
  it('fails a blank for a name whose short form the stem shows (the source title "…asks the UN…" for "United Nations")', () => {
    const q = { ...cloze('Diop asked the _____ to withdraw its peacekeeping force.', 'United Nations', ['United Nations', 'African Union', 'ECOWAS', 'US Treasury'], 'place'), stem: 'Which organisation completes this sentence from “Mali’s foreign minister asks the UN to withdraw Minusma”? “Diop asked the _____ to withdraw its peacekeeping force.”' };
    expect(listGiveawayProblems(q).join()).toMatch(/"UN", the answer "United Nations" in short/);
    expect(listGiveawayProblems({ ...q, stem: 'Which organisation completes this sentence? “Diop asked the _____ to withdraw its peacekeeping force.”' })).toEqual([]);
  });
  it('fails a count the sentence lists itself', () => {
    expect(listGiveawayProblems(cloze('The army took power with _____ separate coups in 2020 and 2021.', 'two', ['two', 'three', 'four', 'five'])).join()).toMatch(/counts the answer/);
    expect(listGiveawayProblems(cloze('_____ states left ECOWAS: Mali, Burkina Faso and Niger.', '3', ['2', '3', '4', '5'])).join()).toMatch(/counts the answer/);
  });
  it('passes a count the sentence does not list', () => {
    expect(listGiveawayProblems(cloze('The army took power in _____ coups after 2020.', 'two', ['two', 'three', 'four', 'five']))).toEqual([]);
    expect(listGiveawayProblems(cloze('There were _____ separate coups in 2020 and 2021 and one in 2022.', 'three', ['two', 'three', 'four', 'five']))).toEqual([]);
  });
  it('fails a name given elsewhere in the sentence', () => {
    const q = cloze('Colonel _____ led the coup; Goïta later became president.', 'Assimi Goïta', ['Assimi Goïta', 'Abdoulaye Diop', 'Choguel Maïga', 'Bah Ndaw'], 'name');
    expect(listGiveawayProblems(q).join()).toMatch(/names "Goïta"/);
    expect(listGiveawayProblems({ ...q, stem: q.stem.replace('Goïta later', 'he later') })).toEqual([]);
  });
  it("fails the answer's word stem beside the blank", () => {
    const q = cloze('The _____ mission sent peacekeepers to Mali.', 'peacekeeping', ['peacekeeping', 'training', 'observer', 'police'], 'phrase');
    expect(listGiveawayProblems(q).join()).toMatch(/word stem/);
    expect(listGiveawayProblems({ ...q, stem: q.stem.replace('peacekeepers', 'troops') })).toEqual([]);
  });
});

describe('listKindProblems', () => {
  it('fails an organisation among people', () => {
    const q = { ...base, stem: 'Who said it?', answerKind: 'name' as const, answer: 'Abdoulaye Diop', options: ['Abdoulaye Diop', 'Bah Ndaw', 'ECOWAS', 'Assimi Goïta'] };
    expect(listKindProblems(q).join()).toMatch(/organisation "ECOWAS" among people/);
    expect(listKindProblems({ ...q, options: ['Abdoulaye Diop', 'Bah Ndaw', 'Choguel Maïga', 'Assimi Goïta'] })).toEqual([]);
  });
  it('fails a non-feeling beside a feeling', () => {
    const q = { ...base, stem: 'How do Western governments feel?', answerKind: 'phrase' as const, answer: 'disappointed', options: ['disappointed', 'mercenaries', 'terrorists', 'without delay'] };
    expect(listKindProblems(q)).toHaveLength(3);
    expect(listKindProblems({ ...q, options: ['disappointed', 'relieved', 'concerned', 'pleased'] })).toEqual([]);
  });
  it('fails numbers out of range, and a named range holding one option', () => {
    const q = { ...base, answerKind: 'number' as const, stem: 'Between 303 and 311, which other figure did a report give?', answer: '309', options: ['309', '33', '500', '1,200'] };
    const got = listKindProblems(q).join();
    expect(got).toMatch(/only one option lies between 303 and 311/);
    expect(got).toMatch(/"33" is out of range/);
    expect(listKindProblems({ ...q, options: ['309', '305', '310', '320'] })).toEqual([]);
  });
});

describe('listSpanProblems', () => {
  const year = (id: string, answer: string, options: string[]): Question => ({ ...base, id, stem: 'In which year?', answerKind: 'date', answer, options });
  it("fails a year outside the module's span, and fails the bank", () => {
    const bank = [year('a', '2013', ['2013', '2012', '2014', '2015']), year('b', '2023', ['2023', '2022', '2024', '2032'])];
    expect(listSpanProblems(bank).map((p) => p.message)).toEqual(['option "2032" lies outside the module\'s years 2011–2025']);
    expect(listBankProblems(bank, () => 'x').some((p) => /2032/.test(p.message))).toBe(true);
    expect(listSpanProblems([bank[0] as Question, year('b', '2023', ['2023', '2022', '2024', '2021'])])).toEqual([]);
  });
});

describe('listKeyProblems (no key another reading makes wrong, issue 11 point 2)', () => {
  const falseStatement = (stem: string, swapped: string): Question => ({
    ...base, type: 'true-false', stem: `True or false? ${stem}`, options: ['True', 'False'], answer: 'False',
    evidence: [{ text: '13,000', citation: 0, expect: 'supported' }, { text: swapped, citation: 0, expect: 'unsupported' }],
  });
  it('fails a false statement that swaps a hedged figure, which may still be true', () => {
    expect(listKeyProblems(falseStatement('The mission had over 11,200 troops.', '11,200')).join()).toMatch(/hedge/);
    expect(listKeyProblems(falseStatement('The mission had 11,200 troops.', '11,200'))).toEqual([]);
    const statements: Question = {
      ...base, type: 'multiple-select', options: ['The mission had about 9,000 troops.', 'Mali left ECOWAS.'], answer: ['Mali left ECOWAS.'],
      evidence: [{ text: '9,000', citation: 0, expect: 'unsupported' }],
    };
    expect(listKeyProblems(statements).join()).toMatch(/hedge/);
  });

  const matching = (prompts: string[], quotes: string[], answerKind: Question['answerKind']): Question => ({
    ...base, type: 'matching', prompts, options: prompts.map((p) => `did ${p}`), answer: prompts.map((p) => `${p} → did ${p}`), answerKind,
    citations: quotes.map((quote) => ({ passage: 's#p1', quote })),
  });
  it('fails a matching whose description of one country comes from a passage that names another', () => {
    const q = matching(['China', 'Russia', 'France'], ['China, France, Russia, the UK and the US hold a veto.', 'Russia sent instructors.', 'France launched Serval.'], 'place');
    expect(listKeyProblems(q).join()).toMatch(/also names "Russia"/);
    expect(listKeyProblems(matching(['China', 'Russia'], ['China holds a veto.', 'Russia sent instructors.'], 'place'))).toEqual([]);
  });
  it('fails a date matching where a month-only date shares its month with a full date', () => {
    const q = matching(['June 2023', '30 June 2023', '1 July 2023'], ['In June 2023 Mali asked.', 'On 30 June 2023 the Council voted.', 'On 1 July 2023 it began.'], 'date');
    expect(listKeyProblems(q).join()).toMatch(/share a month/);
    expect(listKeyProblems(matching(['May 2023', '30 June 2023'], ['In May 2023.', 'On 30 June 2023.'], 'date'))).toEqual([]);
  });
});
