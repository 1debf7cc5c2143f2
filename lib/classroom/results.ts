import { gradeParts, splitTwoPart } from '@/lib/quiz/grade';
import type { Question, QuestionResponse } from '@/lib/quiz/types';

/** A two-part item's answers counted part by part: who found the answer, who found the sentence that proves it. */
export type PartsResult = { answered: number; foundAnswer: number; foundProof: number };

export type ResultsInput = {
  students: Array<{ id: string; displayName: string }>;
  attempts: Array<{ id: string; studentId: string; number: number; questionIds: string[]; startedAt?: string; submittedAt: string | null; score: number | null }>;
  answers: Map<string, Array<{ questionId: string; response: QuestionResponse; correct: boolean; score: number }>>;
  getQuestion(id: string): Question | null;
  /** The text of a module's objective, by its index; null when unknown. */
  getObjective?(module: string, index: number): string | null;
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
  /** objective key (see ObjectiveResult.key) → score and number of questions in the counted attempt. */
  perObjective: Map<string, { score: number; questions: number }>;
  /** Whole minutes from starting to submitting the counted attempt; null until submitted. */
  minutesSpent: number | null;
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
  /** Two-part items only. */
  parts: PartsResult | null;
};

/** One fact, over every question form (variant) that asks it: what a teacher reteaches. */
export type FactResult = {
  factKey: string;
  module: string;
  objective: number | null;
  /** The stem of the form most students answered, to name the fact. */
  stem: string;
  /** Question forms of this fact that students met. */
  forms: number;
  answered: number;
  correct: number;
  /** Mean score over its answers, 0..1 (partial credit counts); null when nobody answered. */
  shareCorrect: number | null;
  /** Only when a single form was answered: wrong answers of different forms do not add up. */
  mostChosenWrong: { response: string; count: number } | null;
  citations: Question['citations'];
  /** Over its two-part forms, when it has any. */
  parts: PartsResult | null;
};

/** One objective of a module, over every question that checks it. */
export type ObjectiveResult = {
  key: string;
  module: string;
  index: number | null;
  label: string;
  answered: number;
  shareCorrect: number | null;
  /** Its facts, hardest first. */
  facts: string[];
};

export type ClassOverview = {
  students: number;
  submitted: number;
  inProgress: number;
  notStarted: number;
  /** Names of students who have not submitted, in roster order. */
  missing: string[];
  /** Mean of submitted students' score / out of, 0..1; null before anyone submits. */
  averageShare: number | null;
};

function objectiveKey(q: { module: string; objective?: number | null } | null): string {
  return q ? `${q.module}:${q.objective ?? '-'}` : '-';
}

/** Hardest first; never-answered last; ties by label so the order is stable. */
function byDifficulty<T extends { shareCorrect: number | null; answered: number }>(label: (x: T) => string) {
  return (a: T, b: T) =>
    (a.shareCorrect ?? 2) - (b.shareCorrect ?? 2) || b.answered - a.answered || label(a).localeCompare(label(b));
}

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
export type ResultsSummary = {
  students: StudentResult[];
  questions: QuestionResult[];
  facts: FactResult[];
  objectives: ObjectiveResult[];
  overview: ClassOverview;
};

export function summarizeResults(input: ResultsInput): ResultsSummary {
  const questionOrder: string[] = [];
  const seen = new Set<string>();
  const stats = new Map<string, { answered: number; correct: number; scoreSum: number; wrong: Map<string, number>; parts: PartsResult | null }>();

  // Each student's attempts in one pass (a filter per student was quadratic: 1,000 students x 1,000 attempts).
  const attemptsOf = new Map<string, ResultsInput['attempts']>();
  for (const a of input.attempts) {
    const list = attemptsOf.get(a.studentId) ?? [];
    list.push(a);
    attemptsOf.set(a.studentId, list);
  }
  const students = input.students.map((s): StudentResult => {
    const mine = [...(attemptsOf.get(s.id) ?? [])].sort((a, b) => a.number - b.number);
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
      const question = input.getQuestion(a.questionId);
      const st = stats.get(a.questionId) ?? { answered: 0, correct: 0, scoreSum: 0, wrong: new Map<string, number>(), parts: question?.parts ? { answered: 0, foundAnswer: 0, foundProof: 0 } : null };
      st.answered++;
      st.scoreSum += a.score;
      const parts = question?.parts ? gradeParts(question, a.response) : null;
      if (st.parts && parts) {
        st.parts.answered++;
        if (parts.answer) st.parts.foundAnswer++;
        if (parts.proof) st.parts.foundProof++;
      }
      if (a.correct) st.correct++;
      else if (!parts || !parts.answer) {
        // A two-part item's wrong answer is its first part; a missed proof shows in `parts`.
        const text = parts ? splitTwoPart(a.response).answer : responseText(a.response, question?.type ?? null);
        st.wrong.set(text, (st.wrong.get(text) ?? 0) + 1);
      }
      stats.set(a.questionId, st);
    }
    const perObjective = new Map<string, { score: number; questions: number }>();
    for (const qid of counted?.questionIds ?? []) {
      const key = objectiveKey(input.getQuestion(qid));
      const entry = perObjective.get(key) ?? { score: 0, questions: 0 };
      entry.questions++;
      entry.score += perQuestion.get(qid) ?? 0;
      perObjective.set(key, entry);
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
      perObjective,
      minutesSpent:
        counted?.submittedAt && counted.startedAt
          ? Math.max(0, Math.round((Date.parse(counted.submittedAt) - Date.parse(counted.startedAt)) / 60_000))
          : null,
    };
  });

  const questions = questionOrder.map((id): QuestionResult & { scoreSum: number } => {
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
      parts: st?.parts ?? (q?.parts ? { answered: 0, foundAnswer: 0, foundProof: 0 } : null),
      scoreSum: st?.scoreSum ?? 0,
    };
  });
  const facts = summarizeFacts(questions, input);
  return {
    students,
    questions: questions.map(({ scoreSum: _s, ...rest }) => rest),
    facts,
    objectives: summarizeObjectives(facts, input),
    overview: summarizeOverview(students),
  };
}

function summarizeFacts(questions: Array<QuestionResult & { scoreSum: number }>, input: ResultsInput): FactResult[] {
  const groups = new Map<string, Array<QuestionResult & { scoreSum: number }>>();
  for (const q of questions) {
    const key = input.getQuestion(q.id)?.factKey ?? q.id;
    groups.set(key, [...(groups.get(key) ?? []), q]);
  }
  const facts = [...groups].map(([factKey, forms]): FactResult => {
    const answered = forms.reduce((n, f) => n + f.answered, 0);
    const named = forms.reduce((best, f) => (f.answered > best.answered ? f : best));
    const first = input.getQuestion(named.id);
    const answeredForms = forms.filter((f) => f.answered > 0);
    return {
      factKey,
      module: first?.module ?? '',
      objective: first?.objective ?? null,
      stem: named.stem,
      forms: forms.length,
      answered,
      correct: forms.reduce((n, f) => n + f.correct, 0),
      shareCorrect: answered > 0 ? forms.reduce((n, f) => n + f.scoreSum, 0) / answered : null,
      mostChosenWrong: answeredForms.length === 1 ? answeredForms[0]!.mostChosenWrong : null,
      citations: named.citations,
      parts: forms.reduce<PartsResult | null>(
        (sum, f) => (f.parts ? { answered: (sum?.answered ?? 0) + f.parts.answered, foundAnswer: (sum?.foundAnswer ?? 0) + f.parts.foundAnswer, foundProof: (sum?.foundProof ?? 0) + f.parts.foundProof } : sum),
        null,
      ),
    };
  });
  return facts.sort(byDifficulty((f) => f.stem));
}

function summarizeObjectives(facts: FactResult[], input: ResultsInput): ObjectiveResult[] {
  const groups = new Map<string, FactResult[]>();
  for (const f of facts) {
    const key = objectiveKey(f);
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const objectives = [...groups].map(([key, members]): ObjectiveResult => {
    const { module, objective } = members[0]!;
    const answered = members.reduce((n, f) => n + f.answered, 0);
    const scored = members.reduce((n, f) => n + (f.shareCorrect ?? 0) * f.answered, 0);
    const label = objective === null ? 'Other questions' : (input.getObjective?.(module, objective) ?? `Objective ${objective + 1}`);
    return { key, module, index: objective, label, answered, shareCorrect: answered > 0 ? scored / answered : null, facts: members.map((f) => f.factKey) };
  });
  return objectives.sort(byDifficulty((o) => o.label));
}

function summarizeOverview(students: StudentResult[]): ClassOverview {
  const submitted = students.filter((s) => s.status === 'submitted');
  const shares = submitted.filter((s) => s.maxScore > 0).map((s) => (s.score ?? 0) / s.maxScore);
  return {
    students: students.length,
    submitted: submitted.length,
    inProgress: students.filter((s) => s.status === 'in-progress').length,
    notStarted: students.filter((s) => s.status === 'not-started').length,
    missing: students.filter((s) => s.status !== 'submitted').map((s) => s.displayName),
    averageShare: shares.length > 0 ? shares.reduce((a, b) => a + b, 0) / shares.length : null,
  };
}

/** How a status reads to teachers, on the page and in the CSV. */
export const STATUS_WORDS: Record<StudentResult['status'], string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  submitted: 'Turned in',
};

/**
 * CSV rows: one per student; one column per objective (percent right of that objective's questions in the
 * counted attempt, blank when the student met none), then total, out of, percent and minutes spent.
 */
export function resultsCsvRows(summary: ResultsSummary): Array<Array<string | number | null>> {
  const objectives = [...summary.objectives].sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true }));
  const header = ['Student', 'Status', ...objectives.map((o) => `${o.label} (% right)`), 'Total', 'Out of', 'Percent', 'Minutes spent'];
  const rows = summary.students.map((s) => [
    s.displayName,
    STATUS_WORDS[s.status],
    ...objectives.map((o) => {
      const mine = s.perObjective.get(o.key);
      return mine && mine.questions > 0 ? Math.round((100 * mine.score) / mine.questions) : null;
    }),
    s.score === null ? null : round(s.score),
    s.maxScore || null,
    s.score === null || !s.maxScore ? null : Math.round((100 * s.score) / s.maxScore),
    s.minutesSpent,
  ]);
  return [header, ...rows];
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
