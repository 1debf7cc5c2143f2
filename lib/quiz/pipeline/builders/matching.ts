import { hashOrder } from '../../random';
import type { AnswerKind, Question } from '../../types';
import type { Pair, PairKind } from '../candidates';
import { citation, mostCommonObjective, questionId, withObjective } from '../cite';
import type { Ctx } from '../corpus';
import { orgGroup } from '../distractors';
import { fold, inText } from '../text';

const MATCH_KIND: Record<PairKind, AnswerKind> = { person: 'name', country: 'place', organisation: 'place', when: 'date', other: 'phrase' };

export function matchingQuestions(module: string, pairs: Pair[], ctx: Ctx): Question[] {
  const out: Question[] = [];
  const stems: Record<PairKind, string> = {
    person: 'Match each person to their role, as the sources describe it.',
    country: 'Match each country to what it did, according to the sources.',
    organisation: 'Match each organisation to what it did, according to the sources.',
    when: 'Match each date to what happened then.',
    other: 'Match each term to what it means.',
  };
  for (const kind of ['person', 'country', 'organisation', 'when', 'other'] as const) {
    const unique: Pair[] = [];
    for (const p of pairs.filter((x) => x.kind === kind)) {
      if (unique.some((u) => fold(u.left) === fold(p.left) || fold(u.right) === fold(p.right))) continue;
      if (unique.some((u) => inText(p.right, u.left) || inText(u.right, p.left)) || inText(p.right, p.left)) continue;
      // A key another reading makes wrong (see listKeyProblems): what one country did, in a passage naming another;
      // "June 2023" beside "30 June 2023".
      if ((kind === 'country' || kind === 'organisation') && unique.some((u) => inText(p.quote, u.left) || inText(u.quote, p.left))) continue;
      if (kind === 'when' && unique.some((u) => sameMonthVague(u.left, p.left))) continue;
      unique.push(p);
    }
    // Rows of one sort only: a court, an operation, a union and an armed group match themselves (teacher rating).
    const sorts = kind === 'organisation' ? [...new Set(unique.map((p) => orgGroup(p.left)))] : [null];
    for (const sort of sorts) {
    const ordered = hashOrder(unique.filter((p) => sort === null || orgGroup(p.left) === sort), (p) => p.factKey, `${module}|match|${kind}${sort ? `|${sort}` : ''}`);
    for (let i = 0; i + 3 <= ordered.length && i < 12; i += 4) {
      const group = ordered.slice(i, i + 4);
      if (group.length < 3) break;
      if (kind === 'person' && nationalityGivesAway(group.map((g) => g.right), ctx)) continue;
      const id = questionId(module, 'matching', group.map((g) => `${fold(g.left)}>${fold(g.right)}`).sort().join('|'));
      const stem = stems[kind];
      // One capitalisation for every description, whichever source it came from, so none stands out.
      const shown = group.map((g) => g.right.charAt(0).toUpperCase() + g.right.slice(1));
      let options = hashOrder(shown, (t) => t, id);
      if (options.every((o, j) => o === shown[j])) options = [...options.slice(1), options[0] as string];
      const citations = group.map((g) => citation(ctx, g.passage, g.quote));
      out.push(withObjective({
        id,
        type: 'matching',
        module,
        stem,
        prompts: group.map((g) => g.left),
        options,
        answer: group.map((g, j) => `${g.left} → ${shown[j]}`),
        explanation: group.map((g, j) => `${g.left}: ${shown[j]}.`).join(' '),
        citations,
        factKey: group[0]?.factKey ?? id,
        factKeys: group.map((g) => g.factKey),
        answerKind: MATCH_KIND[kind],
        evidence: group.flatMap((g, j) => [
          { text: g.left, citation: j, expect: 'supported' as const },
          ...(g.rightVerbatim ? [{ text: g.right, citation: j, expect: 'supported' as const }] : []),
        ]),
      }, mostCommonObjective(group.map((g) => g.objective))));
    }
    }
  }
  return out;
}

export const DEMONYMS: Record<string, string> = { malian: 'mali', us: 'united states', american: 'united states', french: 'france', russian: 'russia', ivorian: "cote d'ivoire", british: 'britain', nigerien: 'niger', burkinabe: 'burkina faso' };

/**
 * Roles that each name a different country ("France's UN ambassador", "US spokesman", "Mali's foreign
 * minister") beside names that show their nationality: matched with no course knowledge. Two roles of
 * one country (Mali's prime minister, Mali's defence minister) need the course.
 */
export function nationalityGivesAway(roles: string[], ctx: Ctx): boolean {
  const named = roles.flatMap((r) => countriesNamed(r, ctx).slice(0, 1));
  return named.length >= 2 && new Set(named).size === named.length;
}

/** The countries a text names, by name or by demonym ("Malian", "US"), folded. */
export function countriesNamed(text: string, ctx: Ctx): string[] {
  const folded = fold(text);
  const found = (ctx.pools.get('country') ?? []).map((v) => fold(v.text)).filter((c) => inText(folded, c));
  const words = folded.replace(/[’']s\b/g, '').split(/[^a-z']+/);
  const demonyms = words.map((w) => DEMONYMS[w]).filter((c): c is string => !!c);
  return [...new Set([...found, ...demonyms])];
}

const MONTH_YEAR = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/;

/** Two dates in one month where one names only the month: either could be the other. */
function sameMonthVague(a: string, b: string): boolean {
  const [m, n] = [MONTH_YEAR.exec(a)?.[0], MONTH_YEAR.exec(b)?.[0]];
  return !!m && m === n && (fold(a) === fold(m) || fold(b) === fold(n));
}
