import 'server-only';
import { assembleQuiz } from '@/lib/quiz/assemble';
import { getQuestion, getQuestionBank } from '@/lib/quiz/bank';
import { gradeResponse } from '@/lib/quiz/grade';
import { toPublicQuestion } from '@/lib/quiz/public';
import type { QuestionSource } from './attempt-service';

/** The generated question bank, as the classroom uses it. */
export function getQuestionSource(): QuestionSource {
  return {
    getQuestion,
    listQuestions: (modules) => getQuestionBank().modules.filter((m) => modules.includes(m.slug)).flatMap((m) => m.questions),
    assemble: (questions, settings, seed) => assembleQuiz(questions, settings, seed),
    grade: gradeResponse,
    toPublic: toPublicQuestion,
  };
}
