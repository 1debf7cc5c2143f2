import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assembleQuiz } from '@/lib/quiz/assemble';
import { listConceptProblems } from '@/lib/quiz/pipeline/fairness';
import { listReveals, subjectAnswers } from '@/lib/quiz/pipeline/items';
import { extractReasons } from '@/lib/quiz/pipeline/reasons';
import type { Question } from '@/lib/quiz/types';

const q = (id: string, factKey: string, answer: string, extra: Partial<Question> = {}): Question => ({
  id, type: 'single-choice', module: 'm', factKey, stem: `Question ${id}?`, options: [answer, 'x', 'y', 'z'], answer, explanation: 'e',
  citations: [{ passage: 's#p1', quote: answer }], ...extra,
});

describe('questions that show another question’s answer (teacher rating: a proof option stating another date)', () => {
  const date = q('q-date', 'date:a', '30 June 2023');
  const twoPart = q('q-two', 'name:b', 'Diop', {
    parts: { stem: 'Which sentence from the source proves it?', options: ['Diop spoke in June.', 'The Council voted on 30 June 2023.', 'It rained.'], answer: 'Diop spoke in June.', citations: [{ passage: 's#p1', quote: 'Diop spoke in June.' }] },
  });
  const single = q('q-single', 'name:c', 'Wane', { options: ['Wane', '30 June 2023', 'Diop', 'Miller'] });
  const fillers = Array.from({ length: 8 }, (_, i) => q(`q-f${i}`, `f:${i}`, `filler answer ${i}`));
  const questions = [date, twoPart, single, ...fillers];

  it('lists the facts a question shows in its stem, its proof options or a matching’s rows, not in a single choice’s wrong options', () => {
    const reveals = listReveals(questions);
    expect(reveals.get('q-two')).toEqual(['date:a']);
    expect(reveals.get('q-single')).toEqual([]);
    expect(reveals.get('q-date')).toEqual([]);
  });

  it('looks across modules (an assignment may join several), and records an answer however many questions show it', () => {
    const other = (id: string, extra: Partial<Question>) => q(id, `o:${id}`, `other answer ${id}`, { module: 'other', ...extra });
    const shows = other('q-o1', { stem: 'What happened on 30 June 2023?' });
    const fillersOther = Array.from({ length: 3 }, (_, i) => other(`q-o${i + 2}`, {}));
    const reveals = listReveals([...questions, shows, ...fillersOther]);
    expect(reveals.get('q-o1')).toEqual(['date:a']);
    // Shown by every other question of its module: each of them gives the question asking it away.
    const asking = q('q-t0', 'place:timbuktu', 'Timbuktu', { module: 'third' });
    const subject = ['q-s1', 'q-s2', 'q-s3', 'q-s4'].map((id) => q(id, `s:${id}`, `subject answer ${id}`, { module: 'third', stem: `Wane in Timbuktu and ${id}?` }));
    const many = Array.from({ length: 20 }, (_, i) => q(`q-m${i}`, `m:${i}`, `more filler ${i}`));
    const all = listReveals([...questions, ...many, asking, ...subject]);
    for (const s of subject) expect(all.get(s.id)).toEqual(['name:c', 'place:timbuktu']);
  });

  it('finds an answer however a text shows it: a date in the other order, a demonym, two digits, a true/false’s fact', () => {
    const fillers = Array.from({ length: 12 }, (_, i) => q(`q-x${i}`, `x:${i}`, `padding answer ${i}`));
    const asked = [
      q('q-june', 'when:june 30', 'June 30'),
      q('q-russia', 'country:russia', 'Russia'),
      q('q-49', 'number:49', '49'),
      q('q-tf', 'when:2022', 'True', { type: 'true-false', options: ['True', 'False'] }),
    ];
    const showing = [
      q('q-s1', 's:1', 'one', { stem: 'What happened on 30 June 2023?' }),
      q('q-s2', 's:2', 'two', { stem: 'Which Russian minister spoke?' }),
      q('q-s3', 's:3', 'three', { stem: 'Why were 49 soldiers arrested?' }),
      q('q-s4', 's:4', 'four', { stem: 'Who took power twice in 2022?' }),
    ];
    asked.push(q('q-keita', 'person:ibrahim boubacar keita', 'Ibrahim Boubacar Keïta'));
    showing.push(q('q-s5', 's:5', 'five', { stem: 'Where was President Keïta detained?' }));
    const reveals = listReveals([...asked, ...showing, ...fillers]);
    expect(showing.map((s) => reveals.get(s.id))).toEqual([['when:june 30'], ['country:russia'], ['number:49'], ['when:2022'], ['person:ibrahim boubacar keita']]);
  });

  it('counts a typed answer shown among another question’s options', () => {
    const typed = q('q-typed', 'name:lavrov', 'Sergei Lavrov', { type: 'fill-in', options: null });
    const said = q('q-said', 'said:x', 'Vassily Nebenzia', { type: 'who-said', options: ['Vassily Nebenzia', 'Sergei Lavrov', 'Abdoulaye Diop'] });
    expect(listReveals([typed, said, ...fillers]).get('q-said')).toEqual(['name:lavrov']);
  });

  it('records an answer that most questions show: the question asking it is given away by each', () => {
    const common = Array.from({ length: 4 }, (_, i) => q(`q-c${i}`, `c:${i}`, 'other', { stem: 'What about 30 June 2023?' }));
    expect(listReveals([date, ...common]).get('q-c0')).toEqual(['date:a']);
  });

  it('never puts a question in a quiz beside one whose answer it shows while other questions are left', () => {
    const reveals = listReveals(questions);
    const marked = questions.map((x) => (reveals.get(x.id)?.length ? { ...x, reveals: reveals.get(x.id) } : x));
    fc.assert(
      fc.property(fc.string(), (seed) => {
        const ids = assembleQuiz(marked, { count: 9, twoPart: true }, seed).map((x) => x.id);
        expect(ids.includes('q-date') && ids.includes('q-two')).toBe(false);
      }),
      { numRuns: 60 },
    );
  });
});

describe('listConceptProblems', () => {
  const concept = (answer: string, definition: string) => q('q-t', `term:${answer}`, answer, { answerKind: 'concept', stem: `Which term means this? “${definition}”` });
  it('fails a definition that repeats a word of its term, or its first five letters', () => {
    expect(listConceptProblems(concept('peacekeeping', 'Sending soldiers to help a country keep or build peace.'))).toHaveLength(1);
    expect(listConceptProblems(concept('mutual-defence pact', 'An agreement that they defend each other.'))).toHaveLength(1);
    expect(listConceptProblems(concept('Security Council', 'The UN body responsible for international peace and security.'))).toHaveLength(1);
  });
  it('passes one that does not', () => {
    expect(listConceptProblems(concept('peacekeeping', 'Sending soldiers, police and civilians into a country to help end a conflict.'))).toEqual([]);
  });
});

describe('the module’s subject', () => {
  it('is an answer more than a quarter of the questions show, so no question asks it', () => {
    const village = q('q-v', 'place:moura', 'Moura');
    const about = Array.from({ length: 4 }, (_, i) => q(`q-m${i}`, `m:${i}`, `x${i}`, { stem: `What happened in Moura, part ${i}?` }));
    const others = Array.from({ length: 12 }, (_, i) => q(`q-o${i}`, `o:${i}`, `y${i}`));
    expect([...subjectAnswers([village, ...about, ...others])]).toEqual([]);
    expect([...subjectAnswers([village, ...about, ...others.slice(0, 6)])]).toEqual(['moura']);
  });
});

describe('reason frames', () => {
  it('tell an accusation from another "why", so "accused Wagner of ___" offers accusations only', () => {
    const reasons = extractReasons([{ id: 's#p1', text: 'Officials accused the group of looting gold mines. The bank left because of rising costs.' }]);
    expect(reasons.map((r) => [r.text, r.frame])).toEqual([['looting gold mines', 'accused'], ['rising costs', 'why']]);
  });
});
