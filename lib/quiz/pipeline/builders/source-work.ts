import { hashOrder } from '../../random';
import type { Question } from '../../types';
import { citation, questionId, withObjective } from '../cite';
import type { Ctx } from '../corpus';
import type { GeneratorModule } from '../input';
import { fold, inText, sentencesOf } from '../text';

type Dispute = NonNullable<GeneratorModule['disputes']>[number];

const slugOf = (passage: string) => passage.split('#')[0] ?? '';
/** A quoted sentence inside a stem drops its full stop, so the stem's own punctuation follows it. */
const unstop = (quote: string) => quote.replace(/\.$/, '');

/**
 * Source work on a `<SourcesDisagree>`: "which source says …?" for each claim, and "which
 * document settles it?" when one does. Options are titles of sources in the course; none of the
 * wrong ones holds the claimed words. The claim may be wrong: these questions are about who says
 * it, never whether it is true (answerKind "source").
 */
export function sourceWorkQuestions(module: GeneratorModule, ctx: Ctx, titles: string[]): Question[] {
  const out: Question[] = [];
  // Sources the module cites make plausible wrong answers; the rest of the corpus fills in.
  const cited = [...new Set(module.passages.map((p) => ctx.passage(p.id)?.sourceTitle ?? ''))].filter(Boolean);
  for (const d of module.disputes ?? []) {
    const inDispute = [...new Set(d.claims.map((c) => slugOf(c.passage)))];
    for (const claim of d.claims) {
      const own = ctx.passage(claim.passage);
      if (!own || claim.quote.split(/\s+/).length < 3) continue;
      const says = (slug: string) => ctx.sourcePassages(`${slug}#p1`).some((p) => inText(p.text, claim.quote));
      // Words two sources of the disagreement share do not tell them apart.
      if (inDispute.some((s) => s !== slugOf(claim.passage) && says(s))) continue;
      const othersInDispute = inDispute.filter((s) => s !== slugOf(claim.passage));
      const rest = [...new Set([...cited, ...titles])].filter((t) => t !== own.sourceTitle);
      const titleOf = (slug: string) => ctx.sourcePassages(`${slug}#p1`)[0]?.sourceTitle ?? '';
      const id = questionId(module.slug, 'source-says', `${claim.passage}|${fold(claim.quote)}`);
      const pool = [...othersInDispute.map(titleOf), ...hashOrder(rest.filter((t) => cited.includes(t)), (t) => t, id), ...hashOrder(rest, (t) => t, id)].filter((t, i, all) => t && t !== own.sourceTitle && all.indexOf(t) === i);
      const wrong = pool.slice(0, 3);
      if (wrong.length < 3) continue;
      out.push(sourceQuestion(module, d, id, `Sources answer “${d.topic}” differently. Which source says “${unstop(claim.quote)}”?`, own.sourceTitle, wrong, citation(ctx, claim.passage, claim.quote), claim.quote,
        `“${own.sourceTitle}” says “${claim.quote}” (paragraph ${claim.passage.split('#p')[1]}).`));
    }
    const settles = d.settles ? ctx.passage(d.settles.passage) : null;
    if (d.settles && settles) {
      const quote = d.settles.quote ?? sentencesOf(settles.text)[0] ?? settles.text;
      const claimTitles = [...new Set(d.claims.map((c) => ctx.passage(c.passage)?.sourceTitle ?? ''))].filter((t) => t && t !== settles.sourceTitle);
      const id = questionId(module.slug, 'settles', `${d.settles.passage}|${fold(d.topic)}`);
      const others = titles.filter((t) => t !== settles.sourceTitle && !claimTitles.includes(t));
      const wrong = [...claimTitles, ...hashOrder(others.filter((t) => cited.includes(t)), (t) => t, id), ...hashOrder(others, (t) => t, id)].filter((t, i, all) => all.indexOf(t) === i).slice(0, 3);
      if (wrong.length < 3) continue;
      // The stem shows the disagreement itself, so the student weighs the claims instead of recalling a box.
      const said = d.claims.filter((c) => c.quote.split(/\s+/).length <= 14).slice(0, 2).map((c) => `“${unstop(c.quote)}”`);
      const shown = said.length === 2 ? ` One source says ${said[0]}; another says ${said[1]}.` : '';
      out.push(sourceQuestion(module, d, id, `Sources disagree: “${d.topic}”${shown} Which document settles it?`, settles.sourceTitle, wrong, citation(ctx, settles.id, quote), quote,
        `“${settles.sourceTitle}” is the primary record: ${quote}`));
    }
  }
  return out;
}

function sourceQuestion(module: GeneratorModule, d: Dispute, id: string, stem: string, answer: string, wrong: string[], cite: Question['citations'][number], supported: string, explanation: string): Question {
  return withObjective({
    id,
    type: 'single-choice' as const,
    module: module.slug,
    stem,
    options: hashOrder([answer, ...wrong], (t) => t, id),
    answer,
    explanation,
    citations: [cite],
    factKey: `source:${id}`,
    item: `source|${id}`,
    answerKind: 'source' as const,
    skill: 'analyse' as const,
    evidence: [{ text: supported, citation: 0, expect: 'supported' as const }],
  }, d.objective);
}
