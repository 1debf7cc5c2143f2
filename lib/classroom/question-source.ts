import 'server-only';
import { assembleQuiz } from '@/lib/quiz/assemble';
import { getQuestion, listPoolQuestions } from '@/lib/quiz/bank';
import { gradeResponse } from '@/lib/quiz/grade';
import { toPublicProof, toPublicQuestion } from '@/lib/quiz/public';
import type { QuestionSource } from './attempt-service';

/** The generated question bank, as the classroom uses it: assignments draw from the graded pools only. */
export function getQuestionSource(): QuestionSource {
  return {
    getQuestion,
    listQuestions: (modules) => [...new Set(modules)].flatMap((slug) => listPoolQuestions(slug, 'graded')),
    // Assignments hold two-part items: the attempt page asks and stores both parts.
    assemble: (questions, settings, seed) => assembleQuiz(questions, { ...settings, twoPart: true }, seed),
    grade: gradeResponse,
    toPublic: toPublicQuestion,
    toPublicProof,
  };
}
