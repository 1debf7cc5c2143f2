import { findQuote } from '../../../content/text';
import { hashOrder } from '../../random';
import type { Question } from '../../types';
import type { Basis } from '../candidates';
import { citation, questionId, sourceNote, withObjective } from '../cite';
import type { Ctx } from '../corpus';
import { answerVariants, chooseDistractors, plausibleSwap, storyDistractors } from '../distractors';
import { listKeyProblems } from '../fairness';
import { answerKindOf, FILL_IN_KINDS, NO_CHOICE_KINDS, NOUNS, SWAP_KINDS } from '../kinds';
import { fold, inText, leansOnContext, splitList } from '../text';

/** Single-choice, fill-in and true/false questions about one value. */
export function valueQuestions(b: Basis, ctx: Ctx): Question[] {
  const out: Question[] = [];
  const cite = citation(ctx, b.passage, b.quote);
  const basis = `${b.kind}|${fold(b.answer)}|${b.passage}`;
  const list = splitList(b.answer, b.kind);
  const [one, many] = NOUNS[b.kind];
  const from = b.fromSource ? ` from “${b.fromSource}”` : '';
  const note = sourceNote(ctx, b.passage);
  // From a source sentence the passage itself is shown with the feedback, so say it in a few words instead.
  const explanation = b.fromSource
    ? `The missing ${list.length > 1 ? many : one} is ${b.answer}, as paragraph ${b.passage.split('#p')[1]} of “${b.fromSource}” says.`
    : leansOnContext(b.statement)
      ? // "Six months earlier, …" reads wrongly without the sentence before it: the source's own words instead.
        `The answer is ${b.answer}: “${b.quote}” ${note}`.trim()
      : `${b.statement} ${note}`.trim();
  const stemAvoid = [cite.quote, b.cloze ?? '', b.ask ?? ''];
  const base = { module: b.module, citations: [cite], factKey: b.factKey, answerKind: answerKindOf(b.kind), item: `${b.passage}|${fold(b.answer)}` };

  const choiceStem = b.ask ?? (b.cloze ? `Which ${list.length > 1 ? many : one} ${list.length > 1 || b.kind === 'quote' ? 'complete' : 'completes'} this sentence${from}? “${b.cloze}”` : null);
  // A term is too varied in meaning for corpus distractors, unless the sources' rival words for the same thing offer them.
  if (choiceStem && (!NO_CHOICE_KINDS.has(b.kind) || (b.kind === 'term' && ctx.rivalWords(b.answer).length >= 3))) {
    const distractors = storyDistractors(ctx, b, stemAvoid, basis);
    if (distractors.length >= 3) {
      const id = questionId(b.module, 'single-choice', basis);
      out.push(withObjective({ ...base, id, type: 'single-choice', stem: choiceStem, options: hashOrder([b.answer, ...distractors], (t) => t, id), answer: b.answer, explanation }, b.objective));
    }
  }
  if (list.length > 1 && (b.ask || b.cloze)) {
    const extra = chooseDistractors(ctx, b.kind, list[0] as string, [...stemAvoid, ...list], `${basis}|multi`, 2)
      .filter((d) => !list.some((item) => fold(item) === fold(d)));
    if (extra.length >= 1 && list.length + extra.length >= 3) {
      const id = questionId(b.module, 'multiple-select', basis);
      const stem = b.ask ? `${b.ask} Select all that apply.` : `Which ${many} belong in the blank${from}? Select all that apply. “${b.cloze}”`;
      out.push(withObjective({ ...base, id, type: 'multiple-select', stem, options: hashOrder([...list, ...extra], (t) => t, id), answer: list, explanation }, b.objective));
    }
  }
  // A typed answer to a question (not a blank) must be the only one: not "which of these…", and the
  // cited words name no other value of its kind that would also be right.
  const otherValues = (ctx.pools.get(b.kind) ?? []).some((v) => fold(v.text) !== fold(b.answer) && !inText(b.answer, v.text) && inText(cite.quote, v.text));
  const typedOk = b.ask ? !/\bwhich of these\b|\bone of\b/i.test(b.ask) && !otherValues : !!b.cloze;
  if (FILL_IN_KINDS.has(b.kind) && list.length === 1 && b.answer.split(/\s+/).length <= 4 && typedOk) {
    const id = questionId(b.module, 'fill-in', basis);
    const stem = b.ask ? `${b.ask} Type your answer.` : `Type the ${one} that fills the blank${from}: “${b.cloze}”`;
    const accepted = answerVariants(b.kind, b.answer, ctx);
    out.push(withObjective({ ...base, id, type: 'fill-in', stem, options: null, answer: b.answer, explanation, ...(accepted.length ? { accepted } : {}) }, b.objective));
  }
  const swapIn = plausibleSwap(ctx, b, [...stemAvoid, b.statement], `${basis}|tf`);
  const spanAt = findQuote(b.statement, b.span);
  // Only a value that can be swapped for a false one makes a true/false item: always-true statements teach a pattern.
  if (swapIn && spanAt && b.statement.split(/\s+/).length <= 40 && !/^[“"]/.test(b.statement) && !leansOnContext(b.statement)) {
    const id = questionId(b.module, 'true-false', basis);
    const isTrue = !swapIn || Number.parseInt(id.slice(-1), 16) % 2 === 0;
    const text = b.statement.normalize('NFC');
    const spanText = text.slice(spanAt.start, spanAt.end);
    const shown = isTrue || !swapIn ? text : `${text.slice(0, spanAt.start)}${spanText.replace(b.answer, swapIn)}${text.slice(spanAt.end)}`;
    const tf = withObjective({
        ...base,
        id,
        type: 'true-false' as const,
        stem: `True or false? ${shown}`,
        options: ['True', 'False'],
        answer: isTrue ? 'True' : 'False',
        explanation: isTrue || !swapIn ? `True. ${explanation}` : `False: it is ${b.answer}, not ${swapIn}. ${explanation}`,
        evidence: [
          { text: b.answer, citation: 0, expect: 'supported' as const },
          ...(isTrue || !swapIn ? [] : [{ text: swapIn, citation: 0, expect: 'unsupported' as const }]),
        ],
      }, b.objective);
    // A hedged figure ("over 13,000") cannot be made false by another figure, and a true-only form would teach
    // "hedged means true": neither form then.
    if ((isTrue || shown !== text) && !hedged(text, spanAt.start, b.answer) && listKeyProblems(tf).length === 0) out.push(tf);
  }
  return out;
}

const HEDGED = /\b(?:over|more than|at least|nearly|almost|about|around|roughly|approximately|some|up to|fewer than|less than|under)\s+$/i;

/** The value at `start` follows a hedge ("over", "about"…), inside its span or just before it. */
function hedged(text: string, start: number, answer: string): boolean {
  const at = text.indexOf(answer, start);
  return HEDGED.test(text.slice(Math.max(0, (at < 0 ? start : at) - 30), at < 0 ? start : at));
}
