import { hashOrder } from '../../random';
import type { Question } from '../../types';
import { citation, questionId, sourceNote, withObjective } from '../cite';
import type { Ctx } from '../corpus';
import type { GeneratorModule } from '../input';
import { fold, inText, PRONOUN_START, sentencesOf } from '../text';

const contentWords = (text: string) => fold(text).split(' ').filter((w) => w.length > 3);

/** "mercenar" for "mercenary", so "mercenaries" counts as a use of the term. */
export function termForm(term: string): RegExp {
  const words = term.split(' ');
  const last = words.pop() ?? '';
  const stem = last.length > 5 ? last.slice(0, Math.max(5, last.length - 2)) : last;
  return new RegExp(`\\b${[...words, stem].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(' ')}[\\p{L}-]*`, 'iu');
}

/** The definition without the sentences that name the term or a form of it ("“Coup” is short for…"). */
function definitionWithout(definition: string, term: string): string {
  const form = termForm(term);
  return sentencesOf(definition).filter((s) => !inText(s, term) && !form.test(s)).join(' ');
}

/** Kinds of term close enough to stand in for each other when a kind has too few terms ("consent" among decisions). */
const RELATED_KINDS: Record<string, string[]> = {
  event: [],
  people: ['body'],
  body: ['people'],
  decision: ['principle', 'arrangement'],
  principle: ['decision', 'arrangement'],
  arrangement: ['principle', 'decision'],
  place: [],
};

/**
 * Three distractors that look like the answer: terms of its kind first, then of a related kind. With no kinds
 * known (an unseen text's glossary) any three terms. Fewer than three when the answer's kind has too few look-alikes.
 */
function lookAlikes(ctx: Ctx, term: string, ordered: string[]): string[] {
  const kind = ctx.termKind(term);
  const same = kind === undefined ? ordered : ordered.filter((g) => ctx.termKind(g) === kind);
  const related = kind === undefined ? [] : ordered.filter((g) => (RELATED_KINDS[kind] ?? []).includes(ctx.termKind(g) ?? ''));
  // No two near-twins among the wrong options ("consent" and "host-country consent"): one of them is enough.
  const out: string[] = [];
  for (const g of [...same, ...related]) if (out.length < 3 && !out.some((o) => contentWords(o).some((w) => contentWords(g).includes(w)))) out.push(g);
  return out;
}

/**
 * "Which term means this?": a glossary definition, the term and three other glossary terms. Cited
 * by a sentence of a passage the module cites where the term is used, so the student sees it at work.
 */
export function conceptQuestions(module: GeneratorModule, ctx: Ctx): Question[] {
  const out: Question[] = [];
  const done = new Set<string>();
  for (const t of module.terms ?? []) {
    if (done.has(t.name)) continue;
    const passage = ctx.passage(t.passage);
    const form = termForm(t.name);
    const sentence = passage ? sentencesOf(passage.text).find((s) => form.test(s)) ?? null : null;
    const used = sentence ? (form.exec(sentence)?.[0] ?? t.name) : t.name;
    const meaning = definitionWithout(t.definition, t.name);
    // An acronym's definition spells it out, and a definition left starting "It has…" leans on the sentence dropped.
    if (!passage || !sentence || ctx.rejected(sentence) || meaning.split(' ').length < 6 || /^[A-Z]{3,}$/.test(t.name) || PRONOUN_START.test(meaning)) continue;
    const taken = contentWords(t.name);
    const others = ctx.glossary.filter(
      (g) => fold(g) !== fold(t.name) && !inText(sentence, g) && !inText(meaning, g) && !contentWords(g).some((w) => taken.includes(w)),
    );
    const id = questionId(module.slug, 'concept', fold(t.name));
    const distractors = lookAlikes(ctx, t.name, hashOrder(others, (g) => g, id));
    if (distractors.length < 3) continue;
    done.add(t.name);
    out.push(withObjective({
      id,
      type: 'single-choice' as const,
      module: module.slug,
      stem: `Which term means this? “${meaning}”`,
      options: hashOrder([t.name, ...distractors], (o) => o, id),
      answer: t.name,
      explanation: `${t.name}: ${t.definition} ${sourceNote(ctx, passage.id)}`.trim(),
      citations: [citation(ctx, passage.id, sentence)],
      factKey: `term:${fold(t.name)}`,
      item: `term|${fold(t.name)}`,
      answerKind: 'concept' as const,
      // The passage may use another form of the word ("mercenaries" for "mercenary").
      evidence: [{ text: used, citation: 0, expect: 'supported' as const }],
    }, t.objective));
  }
  return out;
}
