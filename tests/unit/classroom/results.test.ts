import { describe, expect, it } from 'vitest';
import { resultsCsvRows, summarizeResults, type ResultsInput } from '@/lib/classroom/results';
import type { Question } from '@/lib/quiz/types';

const q = (id: string, type: Question['type'] = 'single-choice'): Question => ({
  id,
  type,
  stem: `Stem ${id}`,
  options: ['A', 'B', 'C'],
  answer: type === 'multiple-select' ? ['A', 'B'] : 'A',
  explanation: 'Because.',
  citations: [{ passage: 'src#p1', quote: 'words' }],
  module: 'm',
  factKey: id,
});
const questions = new Map([q('q1'), q('q2'), q('q3', 'multiple-select')].map((x) => [x.id, x]));

const input: ResultsInput = {
  students: [
    { id: 's1', displayName: 'Ama' },
    { id: 's2', displayName: '=Bad' },
    { id: 's3', displayName: 'Cheick' },
    { id: 's4', displayName: 'Dia' },
  ],
  attempts: [
    { id: 'a1', studentId: 's1', number: 1, questionIds: ['q1', 'q2', 'q3'], submittedAt: 't', score: 1 },
    { id: 'a2', studentId: 's1', number: 2, questionIds: ['q1', 'q2', 'q3'], submittedAt: 't', score: 3 },
    { id: 'a3', studentId: 's2', number: 1, questionIds: ['q2', 'q1', 'q3'], submittedAt: 't', score: 0 },
    { id: 'a4', studentId: 's3', number: 1, questionIds: ['q1', 'q2', 'q3'], submittedAt: null, score: null },
  ],
  answers: new Map([
    ['a1', [{ questionId: 'q1', response: 'B', correct: false, score: 0 }]],
    [
      'a2',
      [
        { questionId: 'q1', response: 'A', correct: true, score: 1 },
        { questionId: 'q2', response: 'A', correct: true, score: 1 },
        { questionId: 'q3', response: ['B', 'A'], correct: true, score: 1 },
      ],
    ],
    [
      'a3',
      [
        { questionId: 'q1', response: 'C', correct: false, score: 0 },
        { questionId: 'q2', response: 'C', correct: false, score: 0 },
        { questionId: 'q3', response: ['B'], correct: false, score: 0 },
      ],
    ],
    ['a4', [{ questionId: 'q1', response: 'C', correct: false, score: 0 }]],
  ]),
  getQuestion: (id) => questions.get(id) ?? null,
};

describe('results', () => {
  const summary = summarizeResults(input);

  it('count the best submitted attempt, else the latest one started', () => {
    const [ama, bad, cheick, dia] = summary.students;
    expect(ama).toMatchObject({ status: 'submitted', attemptId: 'a2', score: 3, maxScore: 3, attemptsUsed: 2 });
    expect(bad).toMatchObject({ status: 'submitted', attemptId: 'a3', score: 0 });
    expect(cheick).toMatchObject({ status: 'in-progress', attemptId: 'a4', score: 0, answered: 1 });
    expect(dia).toMatchObject({ status: 'not-started', attemptId: null, score: null });
  });

  it('give each question its share correct and most chosen wrong answer', () => {
    const byId = new Map(summary.questions.map((x) => [x.id, x]));
    expect(summary.questions.map((x) => x.id)).toEqual(['q1', 'q2', 'q3']);
    expect(byId.get('q1')).toMatchObject({ answered: 3, correct: 1, mostChosenWrong: { response: 'C', count: 2 } });
    expect(byId.get('q1')!.shareCorrect).toBeCloseTo(1 / 3);
    expect(byId.get('q3')).toMatchObject({ answered: 2, correct: 1, mostChosenWrong: { response: 'B', count: 1 } });
    expect(byId.get('q1')!.citations[0]!.passage).toBe('src#p1');
  });

  it('export one row per student and one column per question plus the total', () => {
    const rows = resultsCsvRows(summary);
    expect(rows[0]).toEqual(['Student', 'Status', 'Q1: Stem q1', 'Q2: Stem q2', 'Q3: Stem q3', 'Total', 'Out of']);
    expect(rows).toHaveLength(5);
    expect(rows[1]).toEqual(['Ama', 'submitted', 1, 1, 1, 3, 3]);
    expect(rows[4]).toEqual(['Dia', 'not-started', null, null, null, null, null]);
  });
});
