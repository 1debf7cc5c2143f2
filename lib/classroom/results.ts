import type { Question, QuestionResponse } from '@/lib/quiz/types';

export type ResultsInput = {
  students: Array<{ id: string; displayName: string }>;
  attempts: Array<{ id: string; studentId: string; number: number; questionIds: string[]; submittedAt: string | null; score: number | null }>;
  answers: Map<string, Array<{ questionId: string; response: QuestionResponse; correct: boolean; score: number }>>;
  getQuestion(id: string): Question | null;
};

export type StudentResult = {
  studentId: string;
  displayName: string;
  status: 'not-started' | 'in-progress' | 'submitted';
  attemptsUsed: number;
  /** The attempt that counts: the best submitted one, else the latest started. */
  attemptId: string | null;
  score: number | null;
  maxScore: number;
  answered: number;
  /** question id → score for that question in the counted attempt. */
  perQuestion: Map<string, number>;
};

export type QuestionResult = {
  id: string;
  stem: string;
  type: Question['type'] | null;
  answered: number;
  correct: number;
  /** correct / answered, 0..1; null when nobody answered. */
  shareCorrect: number | null;
  mostChosenWrong: { response: string; count: number } | null;
  citations: Question['citations'];
};

export function responseText(response: QuestionResponse, type: Question['type'] | null): string {
  if (typeof response === 'string') return response;
  // Multiple-select: order does not matter, so group equal selections.
  const items = type === 'multiple-select' ? [...response].sort() : response;
  return items.join(type === 'ordering' ? ' → ' : '; ');
}

/**
 * Students × score with completion status, and per-question statistics over the attempt that counts for each
 * student. Pure: the same input gives the same tables, with questions in order of first appearance.
 */
export function summarizeResults(input: ResultsInput): { students: StudentResult[]; questions: QuestionResult[] } {
  const questionOrder: string[] = [];
  const seen = new Set<string>();
  const stats = new Map<string, { answered: number; correct: number; wrong: Map<string, number> }>();

  const students = input.students.map((s): StudentResult => {
    const mine = input.attempts.filter((a) => a.studentId === s.id).sort((a, b) => a.number - b.number);
    const submitted = mine.filter((a) => a.submittedAt);
    const counted =
      submitted.length > 0 ? submitted.reduce((best, a) => ((a.score ?? 0) > (best.score ?? 0) ? a : best)) : (mine.at(-1) ?? null);
    const answers = counted ? (input.answers.get(counted.id) ?? []) : [];
    const perQuestion = new Map<string, number>();
    if (counted) {
      for (const qid of counted.questionIds) {
        if (!seen.has(qid)) {
          seen.add(qid);
          questionOrder.push(qid);
        }
      }
    }
    for (const a of answers) {
      perQuestion.set(a.questionId, a.score);
      const st = stats.get(a.questionId) ?? { answered: 0, correct: 0, wrong: new Map<string, number>() };
      st.answered++;
      if (a.correct) st.correct++;
      else {
        const text = responseText(a.response, input.getQuestion(a.questionId)?.type ?? null);
        st.wrong.set(text, (st.wrong.get(text) ?? 0) + 1);
      }
      stats.set(a.questionId, st);
    }
    const score = counted ? (counted.submittedAt ? (counted.score ?? 0) : answers.reduce((sum, a) => sum + a.score, 0)) : null;
    return {
      studentId: s.id,
      displayName: s.displayName,
      status: submitted.length > 0 ? 'submitted' : mine.length > 0 ? 'in-progress' : 'not-started',
      attemptsUsed: mine.length,
      attemptId: counted?.id ?? null,
      score,
      maxScore: counted?.questionIds.length ?? 0,
      answered: answers.length,
      perQuestion,
    };
  });

  const questions = questionOrder.map((id): QuestionResult => {
    const q = input.getQuestion(id);
    const st = stats.get(id);
    let mostChosenWrong: QuestionResult['mostChosenWrong'] = null;
    for (const [response, count] of st?.wrong ?? []) {
      if (!mostChosenWrong || count > mostChosenWrong.count || (count === mostChosenWrong.count && response < mostChosenWrong.response)) {
        mostChosenWrong = { response, count };
      }
    }
    return {
      id,
      stem: q?.stem ?? '(this question is no longer in the bank)',
      type: q?.type ?? null,
      answered: st?.answered ?? 0,
      correct: st?.correct ?? 0,
      shareCorrect: st && st.answered > 0 ? st.correct / st.answered : null,
      mostChosenWrong,
      citations: q?.citations ?? [],
    };
  });
  return { students, questions };
}

/** CSV rows: one per student, one column per question (its score, blank if not answered), then the total. */
export function resultsCsvRows(summary: ReturnType<typeof summarizeResults>): Array<Array<string | number | null>> {
  const header = ['Student', 'Status', ...summary.questions.map((q, i) => `Q${i + 1}: ${q.stem}`), 'Total', 'Out of'];
  const rows = summary.students.map((s) => [
    s.displayName,
    s.status,
    ...summary.questions.map((q) => (s.perQuestion.has(q.id) ? round(s.perQuestion.get(q.id)!) : null)),
    s.score === null ? null : round(s.score),
    s.maxScore || null,
  ]);
  return [header, ...rows];
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
