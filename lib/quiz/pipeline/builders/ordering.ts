import { hashOrder } from '../../random';
import type { Question } from '../../types';
import type { TimelineEvent } from '../candidates';
import { citation, questionId, withObjective } from '../cite';
import type { Ctx } from '../corpus';
import { fold, sharesLongWord } from '../text';

function comparable(a: string, b: string): boolean {
  if (a.slice(0, 4) !== b.slice(0, 4)) return true;
  return a.length >= 7 && b.length >= 7 && a !== b && (a.slice(0, 7) !== b.slice(0, 7) || (a.length === 10 && b.length === 10));
}

export function orderingQuestions(module: string, events: TimelineEvent[], ctx: Ctx): Question[] {
  const unique = new Map<string, TimelineEvent>();
  for (const e of events) if (![...unique.values()].some((u) => fold(u.text) === fold(e.text) || u.iso === e.iso)) unique.set(e.factKey, e);
  // Events written for the timeline read best, so they come first; events cut from sentences fill in.
  const all = [...unique.values()];
  const out: Question[] = [];
  const made = new Set<string>();
  // Several sets of four, each drawn in a different order: events may recur across questions (a
  // quiz still asks each once, by fact key) but no two questions order the same set.
  for (let round = 0; round < 6 && out.length < 3; round++) {
    const salt = `${module}|timeline|${round}`;
    const pool = [...hashOrder(all.filter((e) => e.authored), (e) => e.factKey, salt), ...hashOrder(all.filter((e) => !e.authored), (e) => e.factKey, salt)];
    const group: TimelineEvent[] = [];
    for (const e of pool) {
      if (group.length >= 4) break;
      // Events that name each other's subject ("France launched Operation Serval", "Barkhane replaced Serval";
      // "the liquidation would begin", "the liquidation ended") give their order away: one per group.
      if (group.every((g) => comparable(g.iso, e.iso) && !sharesLongWord(g.text, e.text, COMMON))) group.push(e);
    }
    if (group.length < 3) break;
    const setKey = group.map((g) => g.factKey).sort().join('|');
    // A set that repeats most of another set asks the same thing again.
    if (made.has(setKey) || [...made].some((m) => m.split('|').filter((k) => setKey.split('|').includes(k)).length > 2)) continue;
    made.add(setKey);
    const sorted = [...group].sort((a, b) => (a.iso < b.iso ? -1 : 1));
    const id = questionId(module, 'ordering', sorted.map((e) => e.factKey).sort().join('|'));
    let options = hashOrder(sorted.map((e) => e.text), (t) => t, id);
    if (options.every((o, i) => o === sorted[i]?.text)) options = [...options.slice(1), options[0] as string];
    const citations = sorted.map((e) => citation(ctx, e.passage, e.quote));
    out.push(withObjective({
      id,
      type: 'ordering',
      module,
      stem: 'Put these events in order, earliest first.',
      options,
      answer: sorted.map((e) => e.text),
      explanation: `In order: ${sorted.map((e) => `${e.dateText}: ${e.text}`).join('; ')}.`,
      citations,
      factKey: sorted[0]?.factKey ?? id,
      factKeys: sorted.map((e) => e.factKey),
      answerKind: 'date' as const,
      evidence: sorted.map((e, i) => ({ text: e.dateText, citation: i, expect: 'supported' as const })),
    }, group[0]?.objective));
  }
  return out;
}

/** Words every event of the course may name (countries, bodies): sharing them says nothing about order. */
const COMMON = new Set(['burkina', 'government', 'council', 'security', 'united', 'nations']);
