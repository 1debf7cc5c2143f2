import type { ModuleBank, QuestionBank } from '../types';
import { buildCorpus } from './corpus';
import type { GeneratorInput } from './input';
import { buildModule } from './module';

export type { FactKind, GeneratorFact, GeneratorInput, GeneratorModule, GeneratorPassage } from './input';
export { isoOf } from './dates';

/**
 * Generates every module's questions from explainer facts and plain source passages. Pure and
 * deterministic: the same input gives the same bank, ids derived from module, type, answer and
 * passage (not from positions), so adding content leaves existing ids unchanged.
 */
export function generateQuestionBank(input: GeneratorInput): QuestionBank {
  const ctx = buildCorpus(input);
  const modules: ModuleBank[] = input.modules.map((m) => ({
    slug: m.slug,
    title: m.title,
    objectives: m.objectives,
    questions: buildModule(m, ctx),
  }));
  return { modules };
}
