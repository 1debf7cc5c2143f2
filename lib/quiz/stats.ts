import { answerKinds, questionTypes, type AnswerKind, type ModuleBank, type QuestionBank } from './types';

export type Skill = 'recall' | 'understand' | 'analyse';

export type ModuleStats = {
  slug: string;
  questions: number;
  /** Share (0..1) of questions per answer kind; questions without a kind count as "phrase". */
  kinds: Record<AnswerKind, number>;
  skills: Record<Skill, number>;
  types: Record<string, number>;
  /** Questions per objective index ("none" for untagged). */
  objectives: Record<string, number>;
  /** Distinct items: the forms (choice, typed, true/false) of one fact count once. */
  items: number;
  /** Stems of single-fact questions also used, word for word, in another module (shared instructions like "Put these events in order" aside). */
  stemsInOtherModules: number;
  /** Typed questions whose sentence is also a single-choice question's sentence in this module. */
  typedRepeatingChoice: number;
};

const SKILL_OF: Record<AnswerKind, Skill> = {
  date: 'recall', number: 'recall', name: 'recall', place: 'recall', phrase: 'recall',
  cause: 'understand', concept: 'understand', source: 'analyse', evidence: 'analyse',
};

/** The skill a question's answer kind calls for, when the question does not say. */
export function skillOfKind(kind: AnswerKind): Skill {
  return SKILL_OF[kind];
}

const quoted = (stem: string) => /“([^”]+)”\s*$/.exec(stem)?.[1] ?? null;

/** Figures of the bank's balance, per module. Pure. */
export function listBankStats(bank: QuestionBank): ModuleStats[] {
  const modulesOfStem = new Map<string, Set<string>>();
  for (const m of bank.modules) for (const q of m.questions) if (!q.factKeys) modulesOfStem.set(q.stem, (modulesOfStem.get(q.stem) ?? new Set()).add(m.slug));
  return bank.modules.map((m) => moduleStats(m, modulesOfStem));
}

function moduleStats(m: ModuleBank, modulesOfStem: Map<string, Set<string>>): ModuleStats {
  const n = m.questions.length || 1;
  const kinds = Object.fromEntries(answerKinds.map((k) => [k, 0])) as Record<AnswerKind, number>;
  const skills: Record<Skill, number> = { recall: 0, understand: 0, analyse: 0 };
  const types: Record<string, number> = Object.fromEntries(questionTypes.map((t) => [t, 0]));
  const objectives: Record<string, number> = {};
  const choiceSentences = new Set(m.questions.filter((q) => q.type === 'single-choice').map((q) => quoted(q.stem)).filter(Boolean));
  let stemsInOtherModules = 0;
  let typedRepeatingChoice = 0;
  for (const q of m.questions) {
    const kind = q.answerKind ?? 'phrase';
    kinds[kind] += 1;
    skills[q.skill ?? skillOfKind(kind)] += 1;
    types[q.type] = (types[q.type] ?? 0) + 1;
    const o = q.objective === undefined ? 'none' : String(q.objective);
    objectives[o] = (objectives[o] ?? 0) + 1;
    if (!q.factKeys && (modulesOfStem.get(q.stem)?.size ?? 0) > 1) stemsInOtherModules += 1;
    const sentence = quoted(q.stem);
    if (q.type === 'fill-in' && sentence && choiceSentences.has(sentence)) typedRepeatingChoice += 1;
  }
  const share = <K extends string>(r: Record<K, number>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Math.round(((v as number) / n) * 1000) / 1000])) as Record<K, number>;
  return { slug: m.slug, questions: m.questions.length, items: new Set(m.questions.map((q) => q.item ?? q.id)).size, kinds: share(kinds), skills: share(skills), types, objectives, stemsInOtherModules, typedRepeatingChoice };
}
