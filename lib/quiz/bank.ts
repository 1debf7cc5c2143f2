import { getPassage, listSources } from '../content';
import { loadGeneratorInput } from '../content/quiz-input';
import { assembleQuiz } from './assemble';
import { PRACTICE_QUIZ_LENGTH } from './attempt';
import { listBankProblems, type QuestionProblem } from './check';
import { toBankExport, type BankExport } from './export';
import { generateQuestionBank } from './pipeline';
import { splitModuleQuestions, type Pool } from './split';
import type { Question, QuestionBank } from './types';

export { loadGeneratorInput };

let cache: { bank: QuestionBank; byId: Map<string, Question>; pools: Map<string, Record<Pool, Question[]>> } | null = null;

/** The whole question bank, generated once per process from the content. */
export function getQuestionBank(): QuestionBank {
  if (!cache) {
    const bank = generateQuestionBank(loadGeneratorInput());
    cache = {
      bank,
      byId: new Map(bank.modules.flatMap((m) => m.questions.map((q) => [q.id, q] as const))),
      pools: new Map(bank.modules.map((m) => [m.slug, splitModuleQuestions(m.questions, PRACTICE_QUIZ_LENGTH)])),
    };
  }
  return cache.bank;
}

export function getQuestion(id: string): Question | null {
  getQuestionBank();
  return cache?.byId.get(id) ?? null;
}

/** One module's practice or graded questions (see splitModuleQuestions); [] for an unknown module. */
export function listPoolQuestions(slug: string, pool: Pool): Question[] {
  getQuestionBank();
  return cache?.pools.get(slug)?.[pool] ?? [];
}

/** One module's questions, or null for an unknown module. */
export function getModuleBank(slug: string) {
  return getQuestionBank().modules.find((m) => m.slug === slug) ?? null;
}

/** Every build-failing problem of the generated bank (see listQuestionProblems). */
export function listQuestionBankProblems(): QuestionProblem[] {
  const questions = getQuestionBank().modules.flatMap((m) => m.questions);
  const objectives = Object.fromEntries(getQuestionBank().modules.map((m) => [m.slug, m.objectives.length]));
  return listBankProblems(questions, (id) => getPassage(id)?.text ?? null, { rejected: loadGeneratorInput().rejected, objectives });
}

/** The bank as the export contract prints it. */
export function getBankExport(): BankExport {
  return toBankExport(getQuestionBank(), listSources());
}

/** The seed of the quiz that starts at the end of an explainer. */
export const START_SEED = 'start';

/**
 * The practice quiz for a module and seed (deterministic), or null for an unknown module. Drawn from the
 * practice pool only: whatever seed is asked for, it never serves a question an assignment can hold.
 */
export function getPracticeQuiz(slug: string, seed: string): Question[] | null {
  return getModuleBank(slug) ? assembleQuiz(listPoolQuestions(slug, 'practice'), { count: PRACTICE_QUIZ_LENGTH, twoPart: true }, seed) : null;
}
