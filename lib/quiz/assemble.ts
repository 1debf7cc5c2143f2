import { isDeep, isRecall, MAX_RECALL_SHARE, MIN_DEEP_SHARE } from './pipeline/balance';
import { createRandom, shuffle } from './random';
import { quizSettingsSchema, type Question, type QuizSettings } from './types';

/** Every fact a question asks. */
export function factKeysOf(question: Question): string[] {
  return question.factKeys && question.factKeys.length > 0 ? question.factKeys : [question.factKey];
}

/** A question shows a fact another asks (a proof option stating its date), or the other way round. */
function clashes(q: Question, asked: Set<string>, shown: Set<string>): boolean {
  return (q.reveals ?? []).some((k) => asked.has(k)) || factKeysOf(q).some((k) => shown.has(k));
}

/**
 * Picks a quiz from a module's questions. Deterministic: the same questions, settings and seed
 * give the same quiz in the same order. Never asks one fact twice (no shared factKey), keeps to
 * `settings.types`, covers the objectives the questions are tagged with before repeating one, and
 * spreads the types. A question that shows another's answer (`reveals`) is not put beside it unless nothing
 * else is left. Returns fewer than `settings.count` questions when there are not enough.
 */
export function assembleQuiz(questions: Question[], settings: Partial<QuizSettings>, seed: string): Question[] {
  const { count, types, twoPart } = quizSettingsSchema.parse(settings);
  const random = createRandom(`quiz|${seed}`);
  // Sort first so the input order does not matter, then shuffle with the seed.
  const sorted = [...questions].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const pool = shuffle(
    sorted.filter((q) => (!types || types.includes(q.type)) && (twoPart || !q.parts)),
    random,
  );
  const usedFacts = new Set<string>();
  const typeUse = new Map<string, number>();
  const objectiveUse = new Map<number, number>();
  const picked: Question[] = [];
  let recallUsed = 0;
  let deepUsed = 0;
  const remaining = [...pool];
  const objectives = [...new Set(pool.map((q) => q.objective).filter((o): o is number => o !== undefined))];
  const free = (q: Question, used: Set<string>) => !factKeysOf(q).some((k) => used.has(k));
  const shown = new Set<string>();
  while (picked.length < count) {
    let best = -1;
    let bestScore = Infinity;
    const uncovered = objectives.filter((o) => !objectiveUse.has(o));
    remaining.forEach((q, i) => {
      if (!free(q, usedFacts)) return;
      const objective = objectiveUse.get(q.objective ?? -1) ?? 0;
      // A question whose facts would leave an uncovered objective with nothing left to ask waits.
      const after = new Set([...usedFacts, ...factKeysOf(q)]);
      const strands = uncovered.some((o) => o !== q.objective && !remaining.some((r) => r !== q && r.objective === o && free(r, after)));
      // A question that uses up several facts (an ordering, a matching) waits when the quiz would then run short.
      // Counted from questions on one fact only: a multi-fact one may overlap them, so it adds no sure slot.
      const left = new Set(remaining.filter((r) => r !== q && factKeysOf(r).length === 1 && free(r, after)).map((r) => r.factKey)).size;
      const shortens = left < count - picked.length - 1;
      // Balance: no more than half dates, numbers and names; deep items first until 30% are.
      const tooMuchRecall = isRecall(q) && recallUsed + 1 > Math.floor(count * MAX_RECALL_SHARE);
      const deepWanted = isDeep(q) && deepUsed < Math.ceil(count * MIN_DEEP_SHARE);
      // Objective coverage first, then balance (more than half dates, numbers and names only when nothing else is
      // left), then no question beside one whose answer it shows, then variety of types (a type not yet in the quiz
      // first); ties keep the seeded order.
      // A question that gives away another's answer waits for every other choice: the quiz still fills up.
      const score = (strands ? 1000 : 0) + (shortens ? 500 : 0) + (clashes(q, usedFacts, shown) ? 120 : 0) + objective * 100 + (tooMuchRecall ? 200 : 0) - (deepWanted ? 60 : 0) + (typeUse.get(q.type) ?? 0) * 25 - (typeUse.has(q.type) ? 0 : 40);
      if (score < bestScore) {
        bestScore = score;
        best = i;
      }
    });
    if (best < 0) break;
    const [q] = remaining.splice(best, 1) as [Question];
    picked.push(q);
    for (const k of factKeysOf(q)) usedFacts.add(k);
    for (const k of q.reveals ?? []) shown.add(k);
    typeUse.set(q.type, (typeUse.get(q.type) ?? 0) + 1);
    if (isRecall(q)) recallUsed++;
    if (isDeep(q)) deepUsed++;
    objectiveUse.set(q.objective ?? -1, (objectiveUse.get(q.objective ?? -1) ?? 0) + 1);
  }
  return picked;
}
