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
  const dateOf = ctx.sourceDate;
  // Sources the module cites make plausible wrong answers; the rest of the corpus fills in.
  const cited = [...new Set(module.passages.map((p) => ctx.passage(p.id)?.sourceTitle ?? ''))].filter(Boolean);
  for (const d of module.disputes ?? []) {
    const inDispute = [...new Set(d.claims.map((c) => slugOf(c.passage)))];
    for (const claim of d.claims) {
      const own = ctx.passage(claim.passage);
      if (!own || claim.quote.split(/\s+/).length < 3) continue;
      const says = (slug: string) => saysIn(ctx, slug, claim.quote);
      // Words two sources of the disagreement share do not tell them apart.
      if (inDispute.some((s) => s !== slugOf(claim.passage) && says(s))) continue;
      const othersInDispute = inDispute.filter((s) => s !== slugOf(claim.passage));
      const rest = [...new Set([...cited, ...titles])].filter((t) => t !== own.sourceTitle);
      const titleOf = (slug: string) => ctx.sourcePassages(`${slug}#p1`)[0]?.sourceTitle ?? '';
      const id = questionId(module.slug, 'source-says', `${claim.passage}|${fold(claim.quote)}`);
      const pool = [...othersInDispute.map(titleOf), ...hashOrder(rest.filter((t) => cited.includes(t)), (t) => t, id), ...hashOrder(rest, (t) => t, id)].filter((t, i, all) => t && t !== own.sourceTitle && all.indexOf(t) === i);
      // Sources of the same period only: a 2020 coup note cannot be the one that reports a 2024 withdrawal.
      const when = own.sourceDate;
      const wrong = pool.filter((t) => !when || monthsApart(dateOf(t) ?? '0000-00', when) <= 18).slice(0, 3);
      if (wrong.length < 3) continue;
      // A title that repeats the quoted words ("…Withdrawal by November 15" for "will end on November 15") gives the key away.
      if (titleGivesAway(own.sourceTitle, claim.quote, wrong)) continue;
      out.push(sourceQuestion(module, d, id, `Sources answer “${d.topic}” differently. Which source says “${unstop(claim.quote)}”?`, own.sourceTitle, wrong, citation(ctx, claim.passage, claim.quote), claim.quote,
        `“${own.sourceTitle}” says “${claim.quote}” (paragraph ${claim.passage.split('#p')[1]}).`));
    }
    const matched = sourceMatching(module, d, ctx);
    if (matched) out.push(matched);
    const settles = d.settles ? ctx.passage(d.settles.passage) : null;
    if (d.settles && settles) {
      const quote = d.settles.quote ?? sentencesOf(settles.text)[0] ?? settles.text;
      const claimTitles = [...new Set(d.claims.map((c) => ctx.passage(c.passage)?.sourceTitle ?? ''))].filter((t) => t && t !== settles.sourceTitle);
      const id = questionId(module.slug, 'settles', `${d.settles.passage}|${fold(d.topic)}`);
      const others = titles.filter((t) => t !== settles.sourceTitle && !claimTitles.includes(t));
      const wrong = [...claimTitles, ...hashOrder(others.filter((t) => cited.includes(t)), (t) => t, id), ...hashOrder(others, (t) => t, id)].filter((t, i, all) => all.indexOf(t) === i).slice(0, 3);
      if (wrong.length < 3 || titleGivesAway(settles.sourceTitle, d.topic, wrong)) continue;
      // The stem shows the disagreement itself, so the student weighs the claims instead of recalling a box.
      const said = d.claims.filter((c) => c.quote.split(/\s+/).length <= 14).slice(0, 2).map((c) => `“${unstop(c.quote)}”`);
      const shown = said.length === 2 ? ` One source says ${said[0]}; another says ${said[1]}.` : '';
      out.push(sourceQuestion(module, d, id, `Sources disagree: “${d.topic}”${shown} Which document settles it?`, settles.sourceTitle, wrong, citation(ctx, settles.id, quote), quote,
        `“${settles.sourceTitle}” is the primary record: ${quote}`));
    }
  }
  return out;
}

const saysIn = (ctx: Ctx, slug: string, words: string) => ctx.sourcePassages(`${slug}#p1`).some((p) => inText(p.text, words));

/**
 * "Match each source to the words it uses": one claim from each of at least three sources of a disagreement,
 * each in words no other of those sources uses, so the words tell the sources apart (how many troops, which
 * date, what each calls Mali's rulers or Wagner's fighters). Source work: skill "analyse".
 */
function sourceMatching(module: GeneratorModule, d: Dispute, ctx: Ctx): Question | null {
  const bySource = new Map<string, { passage: string; quote: string }>();
  const slugs = [...new Set(d.claims.map((c) => slugOf(c.passage)))];
  for (const c of d.claims) {
    const slug = slugOf(c.passage);
    if (bySource.has(slug) || c.quote.split(/\s+/).length > 12 || c.quote.split(/\s+/).length < 2) continue;
    if (slugs.some((s) => s !== slug && saysIn(ctx, s, c.quote))) continue;
    bySource.set(slug, c);
  }
  const claims = [...bySource.values()].slice(0, 4);
  if (claims.length < 3) return null;
  const titles = claims.map((c) => ctx.passage(c.passage)?.sourceTitle ?? '');
  if (titles.some((t) => !t) || new Set(claims.map((c) => fold(c.quote))).size < claims.length) return null;
  const id = questionId(module.slug, 'matching', `sources|${fold(d.topic)}|${claims.map((c) => c.passage).sort().join('|')}`);
  const shown = claims.map((c) => unstop(c.quote));
  let options = hashOrder(shown, (t) => t, id);
  if (options.every((o, j) => o === shown[j])) options = [...options.slice(1), options[0] as string];
  return withObjective({
    id,
    type: 'matching' as const,
    module: module.slug,
    stem: `Sources answer “${d.topic}” differently. Match each source to the words it uses.`,
    prompts: titles,
    options,
    answer: titles.map((t, j) => `${t} → ${shown[j]}`),
    explanation: titles.map((t, j) => `“${t}” says “${shown[j]}”.`).join(' '),
    citations: claims.map((c) => citation(ctx, c.passage, c.quote)),
    factKey: `source:${id}`,
    answerKind: 'source' as const,
    skill: 'analyse' as const,
    evidence: claims.map((c, j) => ({ text: shown[j] as string, citation: j, expect: 'supported' as const })),
  }, d.objective);
}

/** Months between two YYYY-MM(-DD) dates. */
function monthsApart(a: string, b: string): number {
  const m = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
  return Math.abs(m(a) - m(b));
}

/** Words every title of this course may hold: sharing them says nothing. */
const TITLE_COMMON = new Set(['minusma', 'withdraw', 'withdrawal', 'peacekeeping', 'peacekeepers', 'security', 'council', 'united', 'nations', 'mission']);

/** The key's title shares a long word with the quoted words or topic, and no wrong title does. */
export function titleGivesAway(key: string, quoted: string, wrong: string[]): boolean {
  const words = (t: string) => fold(t).split(' ').filter((w) => w.length >= 5 && !TITLE_COMMON.has(w));
  const said = new Set(words(quoted));
  const shared = words(key).filter((w) => said.has(w));
  return shared.length > 0 && !wrong.some((t) => words(t).some((w) => shared.includes(w)));
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
