import { findQuote } from '../../../content/text';
import { hashOrder, hashString } from '../../random';
import type { Question } from '../../types';
import type { Basis } from '../candidates';
import { citation, questionId, withObjective } from '../cite';
import type { Ctx } from '../corpus';
import { plausibleSwap } from '../distractors';
import { leansOnContext } from '../text';

/** Words an explainer sentence uses for something named before it ("the arrests", "its own report", "also"). */
const POINTS_BACK = /\b(?:the (?:arrests|killings|charter|alliance|mutiny|detained|decision|vote)|its own|also|already|another word)\b/i;

/**
 * "Which of these statements are true?": four explainer sentences from different facts of one
 * objective (an item that mixes the whole module serves none of its objectives), one to three of
 * them with one element swapped for a plausible same-kind value, so the count of true ones is no clue.
 */
export function statementQuestions(module: string, bases: Basis[], ctx: Ctx): Question[] {
  const objectives = [...new Set(bases.map((b) => b.objective))];
  return objectives.flatMap((o) => statementGroups(module, bases.filter((b) => b.objective === o), ctx, o));
}

function statementGroups(module: string, bases: Basis[], ctx: Ctx, objective: number | undefined): Question[] {
  const seen = new Set<string>();
  const usable = hashOrder(
    bases.filter((b) => b.statement.split(/\s+/).length <= 30 && findQuote(b.statement, b.span) && !b.fromSource && !leansOnContext(b.statement) && !POINTS_BACK.test(b.statement)),
    (b) => b.factKey,
    `${module}|statements|${objective ?? ''}`,
  ).filter((b) => (seen.has(b.factKey) ? false : (seen.add(b.factKey), true)));

  const withSwap = usable.map((b) => {
    const at = findQuote(b.statement.normalize('NFC'), b.span);
    const swap = at ? plausibleSwap(ctx, b, [b.quote, b.statement], `${b.factKey}|statement`) : undefined;
    return { b, change: swap && at ? { swap, at } : null };
  });
  const falsifiable = withSwap.filter((x) => x.change);
  const others = withSwap.filter((x) => !x.change);
  const out: Question[] = [];
  for (let round = 0; falsifiable.length > 0 && falsifiable.length + others.length >= 4; round++) {
    const falseCount = Math.min(falsifiable.length, 1 + (Number.parseInt(hashString(`${module}|${objective ?? ''}|${round}`).slice(-2), 16) % 3));
    const falses = falsifiable.splice(0, falseCount);
    const rest = [...others.splice(0, 4 - falseCount)];
    rest.push(...falsifiable.splice(0, 4 - falseCount - rest.length));
    const group = hashOrder([...falses.map((x) => ({ ...x, falsify: true })), ...rest.map((x) => ({ ...x, falsify: false }))], (x) => x.b.factKey, `${module}|group|${objective ?? ''}|${round}`);
    if (group.length < 4) break;
    const id = questionId(module, 'multiple-select', group.map((g) => g.b.factKey).sort().join('|'));
    const options: string[] = [];
    const answer: string[] = [];
    const evidence: NonNullable<Question['evidence']> = [];
    const notes: string[] = [];
    group.forEach(({ b, change, falsify }, i) => {
      const text = b.statement.normalize('NFC');
      evidence.push({ text: b.answer, citation: i, expect: 'supported' });
      if (!falsify || !change) {
        options.push(text);
        answer.push(text);
        notes.push(`True: “${text}”`);
        return;
      }
      const shown = `${text.slice(0, change.at.start)}${text.slice(change.at.start, change.at.end).replace(b.answer, change.swap)}${text.slice(change.at.end)}`;
      options.push(shown);
      evidence.push({ text: change.swap, citation: i, expect: 'unsupported' });
      notes.push(`False: “${shown}” It is ${b.answer}, not ${change.swap}.`);
    });
    if (new Set(options).size !== options.length) continue;
    const keys = group.map((g) => g.b.factKey);
    const shownOptions = hashOrder(options, (t) => t, id);
    // The explanation takes the statements in the order the student sees them.
    const explained = shownOptions.map((o) => notes[options.indexOf(o)] as string);
    out.push(withObjective({
      id,
      type: 'multiple-select',
      module,
      stem: 'Which of these statements are true? Select all that apply.',
      options: shownOptions,
      answer,
      explanation: explained.join(' '),
      citations: group.map((g) => citation(ctx, g.b.passage, g.b.quote)),
      factKey: keys[0] ?? id,
      factKeys: keys,
      answerKind: 'phrase',
      evidence,
    }, objective));
  }
  return out;
}
