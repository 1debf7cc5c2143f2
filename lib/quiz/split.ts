import { hashString } from './random';
import type { Question } from './types';

export type Pool = 'practice' | 'graded';

/**
 * Splits one module's questions into a practice pool (the public quiz on the explainer page) and a graded pool
 * (classroom assignments), so no question of an assignment can be found, with its key, by replaying the public
 * quiz. The unit is the fact a question asks first (`factKey`): every form of one fact (its single-choice,
 * fill-in, true/false... versions) lands in the same pool, so a practice question never shares its key with a
 * graded one. Questions that also ask other facts (ordering, matching, statements) go with their first fact:
 * their stems and keys are their own.
 *
 * Facts are dealt in the order of a hash of their key, each to the pool that still lacks more of the
 * objectives and question types the fact's questions bring (graded on a tie, since a teacher may ask for any one
 * type), else to the pool with fewer facts that a question of their own asks; a fact that alone carries an
 * objective or a type goes to the graded pool. So both pools cover every objective and type that two facts or more
 * carry, the graded pool every one, and both keep about half the facts each. The practice pool keeps at least `minPractice` facts a question of
 * their own asks, when the module has them (a practice quiz of that length never runs short of facts), even if
 * the graded pool then lacks a type. Deterministic: depends on the questions only.
 */
export function splitModuleQuestions(questions: readonly Question[], minPractice = 0): Record<Pool, Question[]> {
  const covers = new Map<string, Set<string>>();
  // Facts a question of its own asks; a fact reached only through an ordering or a matching adds no question.
  const standalone = new Set(questions.filter((q) => !q.factKeys || q.factKeys.length <= 1).map((q) => q.factKey));
  for (const q of questions) {
    const set = covers.get(q.factKey) ?? new Set<string>();
    set.add(`type:${q.type}`);
    if (q.objective !== undefined) set.add(`objective:${q.objective}`);
    covers.set(q.factKey, set);
  }
  const facts = [...covers.keys()].map((f) => ({ f, rank: hashString(`pool|${f}`) })).sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : a.f < b.f ? -1 : 1));
  // An objective or type that one fact alone carries stays graded: a teacher may ask for that type only.
  const carriers = new Map<string, number>();
  for (const set of covers.values()) for (const c of set) carriers.set(c, (carriers.get(c) ?? 0) + 1);
  const covered: Record<Pool, Set<string>> = { practice: new Set(), graded: new Set() };
  const size: Record<Pool, number> = { practice: 0, graded: 0 };
  const poolOf = new Map<string, Pool>();
  for (const { f } of facts) {
    const brings = [...(covers.get(f) ?? [])];
    const need = (pool: Pool) => brings.filter((c) => !covered[pool].has(c)).length;
    const [g, p] = [need('graded'), need('practice')];
    const only = brings.some((c) => carriers.get(c) === 1);
    const pool: Pool = only ? 'graded' : g !== p ? (g > p ? 'graded' : 'practice') : g > 0 || size.graded <= size.practice ? 'graded' : 'practice';
    poolOf.set(f, pool);
    if (standalone.has(f)) size[pool] += 1;
    for (const c of brings) covered[pool].add(c);
  }
  // A practice pool too small for a whole practice quiz takes graded facts whose objectives and types the graded
  // pool keeps through other facts, last dealt first.
  const gradedCount = new Map<string, number>();
  for (const [f, pool] of poolOf) if (pool === 'graded') for (const c of covers.get(f) ?? []) gradedCount.set(c, (gradedCount.get(c) ?? 0) + 1);
  for (const { f } of [...facts].reverse()) {
    if (size.practice >= minPractice) break;
    if (poolOf.get(f) !== 'graded' || !standalone.has(f)) continue;
    const brings = [...(covers.get(f) ?? [])];
    if (brings.some((c) => (gradedCount.get(c) ?? 0) < 2)) continue;
    poolOf.set(f, 'practice');
    size.practice += 1;
    size.graded -= 1;
    for (const c of brings) gradedCount.set(c, (gradedCount.get(c) ?? 0) - 1);
  }
  const out: Record<Pool, Question[]> = { practice: [], graded: [] };
  for (const q of questions) out[poolOf.get(q.factKey) ?? 'graded'].push(q);
  return out;
}
