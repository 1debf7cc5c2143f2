import type { QuestionBank } from '../types';
import { buildCorpus } from './corpus';
import type { GeneratorInput } from './input';
import { finishModules } from './items';
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
  return { modules: finishModules(input.modules, input.modules.map((m) => buildModule(m, ctx))) };
}
