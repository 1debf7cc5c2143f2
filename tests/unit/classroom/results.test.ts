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

  it('export one row per student, readable status words, one column per objective plus total, percent and time', () => {
    const rows = resultsCsvRows(summary);
    expect(rows[0]).toEqual(['Student', 'Status', 'Other questions (% right)', 'Total', 'Out of', 'Percent', 'Minutes spent']);
    expect(rows).toHaveLength(5);
    expect(rows[1]).toEqual(['Ama', 'Turned in', 100, 3, 3, 100, null]);
    expect(rows[4]).toEqual(['Dia', 'Not started', null, null, null, null, null]);
  });
});

describe('results a teacher can reteach from', () => {
  // Two facts asked in several forms (a variant per student), two objectives; partial credit on one answer.
  const forms: Question[] = [
    { ...q('f1-choice'), factKey: 'f1', objective: 0 },
    { ...q('f1-typed', 'fill-in'), factKey: 'f1', objective: 0 },
    { ...q('f1-tf', 'true-false'), factKey: 'f1', objective: 0 },
    { ...q('f2-choice'), factKey: 'f2', objective: 1 },
    { ...q('f2-order', 'ordering'), factKey: 'f2', objective: 1 },
  ];
  const bank = new Map(forms.map((x) => [x.id, x]));
  const students = Array.from({ length: 6 }, (_, i) => ({ id: `s${i}`, displayName: `Student ${i}` }));
  const pick = (i: number) => [['f1-choice', 'f1-typed', 'f1-tf'][i % 3]!, ['f2-choice', 'f2-order'][i % 2]!];
  const attempts = students.slice(0, 5).map((s, i) => ({
    id: `a${i}`,
    studentId: s.id,
    number: 1,
    questionIds: pick(i),
    startedAt: '2030-01-01T10:00:00.000Z',
    submittedAt: i < 4 ? '2030-01-01T10:12:20.000Z' : null,
    score: null as number | null,
  }));
  // f1: everyone right; f2: only partial credit (0.5) for student 1, wrong for the others.
  const answers = new Map(
    attempts.map((a, i) => [
      a.id,
      [
        { questionId: a.questionIds[0]!, response: 'A', correct: true, score: 1 },
        { questionId: a.questionIds[1]!, response: 'B', correct: false, score: i === 1 ? 0.5 : 0 },
      ],
    ]),
  );
  for (const a of attempts) if (a.submittedAt) a.score = answers.get(a.id)!.reduce((n, x) => n + x.score, 0);
  const summary = summarizeResults({
    students,
    attempts,
    answers,
    getQuestion: (id) => bank.get(id) ?? null,
    getObjective: (module, index) => `${module} objective ${index + 1}`,
  });

  it('count the forms of a fact together, hardest fact first', () => {
    expect(summary.questions).toHaveLength(5);
    expect(summary.facts.map((f) => f.factKey)).toEqual(['f2', 'f1']);
    const [f2, f1] = summary.facts;
    expect(f1).toMatchObject({ answered: 5, correct: 5, forms: 3, shareCorrect: 1, objective: 0 });
    expect(f2).toMatchObject({ answered: 5, correct: 0, forms: 2 });
    expect(f2!.shareCorrect).toBeCloseTo(0.5 / 5);
    // Wrong answers of different forms are not added up as if they were one question.
    expect(f2!.mostChosenWrong).toBeNull();
  });

  it('give each objective its share, hardest first, with its text', () => {
    expect(summary.objectives.map((o) => o.label)).toEqual(['m objective 2', 'm objective 1']);
    expect(summary.objectives[0]!.shareCorrect).toBeCloseTo(0.1);
  });

  it('say who turned in, who is missing, and the class average', () => {
    expect(summary.overview).toMatchObject({ students: 6, submitted: 4, inProgress: 1, notStarted: 1, missing: ['Student 4', 'Student 5'] });
    // Submitted: 1/2, 1.5/2, 1/2, 1/2 → mean 0.5625.
    expect(summary.overview.averageShare).toBeCloseTo(0.5625);
  });

  it('export one column per objective, in objective order, and the minutes spent', () => {
    const [header, first, second] = resultsCsvRows(summary);
    expect(header).toEqual(['Student', 'Status', 'm objective 1 (% right)', 'm objective 2 (% right)', 'Total', 'Out of', 'Percent', 'Minutes spent']);
    expect(first).toEqual(['Student 0', 'Turned in', 100, 0, 1, 2, 50, 12]);
    expect(second).toEqual(['Student 1', 'Turned in', 100, 50, 1.5, 2, 75, 12]);
  });
});

describe('two-part items in the results (issue 11, point 8)', () => {
  const item: Question = { ...q('tp'), parts: { stem: 'Which sentence from the source proves it?', options: ['P1', 'P2', 'P3'], answer: 'P1', citations: [{ passage: 'src#p1', quote: 'P1' }] } };
  const answer = (response: [string, string], score: number) => ({ questionId: 'tp', response, correct: score === 1, score });
  const summary = summarizeResults({
    students: ['s1', 's2', 's3', 's4'].map((id) => ({ id, displayName: id })),
    attempts: ['s1', 's2', 's3', 's4'].map((id) => ({ id: `a-${id}`, studentId: id, number: 1, questionIds: ['tp'], submittedAt: 't', score: 0 })),
    answers: new Map([
      ['a-s1', [answer(['A', 'P1'], 1)]],
      ['a-s2', [answer(['A', 'P2'], 0.5)]],
      ['a-s3', [answer(['B', 'P1'], 0.5)]],
      ['a-s4', [answer(['B', 'P3'], 0)]],
    ]),
    getQuestion: (id) => (id === 'tp' ? item : null),
  });

  it('counts who found the answer and who found the proof separately', () => {
    expect(summary.questions[0]?.parts).toEqual({ answered: 4, foundAnswer: 2, foundProof: 2 });
    expect(summary.facts[0]?.parts).toEqual({ answered: 4, foundAnswer: 2, foundProof: 2 });
    expect(summary.facts[0]?.shareCorrect).toBe(0.5);
  });

  it('names the most chosen wrong first answer, not the proof sentence', () => {
    expect(summary.questions[0]?.mostChosenWrong).toEqual({ response: 'B', count: 2 });
  });

  it('leaves one-part questions without parts', () => {
    expect(summarizeResults(input).questions.every((x) => x.parts === null)).toBe(true);
  });
});
