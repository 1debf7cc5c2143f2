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
      // "by June 30" is in half the sources' words: a claim needs two words of its own to be told apart.
      if (!own || claim.quote.split(/\s+/).filter((w) => /\p{L}{4,}/u.test(w)).length < 2) continue;
      // Words the outlet quotes from someone else ("the transition government of Mali", said the US spokesman) are
      // not the outlet's: asking which source says them teaches the opposite of "who is speaking?".
      if (quotedInside(own.text, claim.quote)) continue;
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
      // Nor one whose own words differ only by an ending ("transitional government" for "transition government",
      // "expires on June 30" for "by June 30"): only memory of the exact wording would tell them apart.
      const marks = marksOf(claim.quote, d);
      const echoes = (t: string) => titleHas(ctx, t, (text) => nearlySays(text, claim.quote) || sharesMark(text, marks));
      // And of the key's kind: a news report among news reports ("Resolution 2690…" among headlines stands out).
      const kind = ctx.sourceKind(own.sourceTitle);
      // Sources on the topic first: a report that names Wagner, for a question on what reports call Wagner's fighters.
      const names = (d.topic.match(/\b\p{Lu}[\p{L}-]{3,}/gu) ?? []).filter((w) => !/^(?:Mali|What|When|Which|How|Why|Who)$/.test(w));
      const onTopic = (t: string) => titleHas(ctx, t, (text) => names.some((n) => text.includes(n)));
      const fits = pool.filter((t) => (!when || monthsApart(ctx.sourceDate(t) ?? '0000-00', when) <= 18) && !echoes(t) && ctx.sourceKind(t) === kind);
      const wrong = [...fits.filter(onTopic), ...fits.filter((t) => !onTopic(t))].slice(0, 3);
      if (wrong.length < 3) continue;
      // A title that repeats the quoted words ("…Withdrawal by November 15" for "will end on November 15") gives the key away.
      if (titleGivesAway(own.sourceTitle, claim.quote, wrong)) continue;
      // A claim the course shows to be wrong says so in the feedback, with the document that settles it.
      const settledBy = d.settles ? ctx.passage(d.settles.passage)?.sourceTitle : undefined;
      const wrongNote = ctx.rejected(claim.quote) && settledBy ? ` This is a mistake: “${settledBy}” settles it.` : '';
      out.push(sourceQuestion(module, d, id, `Sources answer “${d.topic}” differently. Which source says “${unstop(claim.quote)}”?`, own.sourceTitle, wrong, citation(ctx, claim.passage, claim.quote), claim.quote,
        `“${own.sourceTitle}” says “${claim.quote}” (paragraph ${claim.passage.split('#p')[1]}).${wrongNote}`));
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
      // Two claims that really differ ("expires on June 30" and "by June 30" agree; "set to expire on 29 June" does not).
      const short = d.claims.filter((c) => c.quote.split(/\s+/).length <= 14);
      const digits = (q: string) => (q.match(/\d+/g) ?? []).join(' ');
      const first = short[0];
      const second = first ? short.find((c) => c !== first && digits(c.quote) !== digits(first.quote)) : undefined;
      const said = first && second ? [first, second].map((c) => `“${unstop(c.quote)}”`) : [];
      const shown = said.length === 2 ? ` One source says ${said[0]}; another says ${said[1]}.` : '';
      out.push(sourceQuestion(module, d, id, `Sources disagree: “${d.topic}”${shown} Which document settles it?`, settles.sourceTitle, wrong, citation(ctx, settles.id, quote), quote,
        `“${settles.sourceTitle}” is the primary record: ${quote}`));
    }
  }
  return out;
}

const saysIn = (ctx: Ctx, slug: string, words: string) => ctx.sourcePassages(`${slug}#p1`).some((p) => inText(p.text, words));

/** Some passage of the source with this title passes `test`. */
function titleHas(ctx: Ctx, title: string, test: (text: string) => boolean): boolean {
  const slug = ctx.sourceSlug(title);
  return !!slug && ctx.sourcePassages(`${slug}#p1`).some((p) => test(p.text));
}

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
    if (quotedInside(ctx.passage(c.passage)?.text ?? '', c.quote)) continue;
    if (slugs.some((s) => s !== slug && saysIn(ctx, s, c.quote))) continue;
    bySource.set(slug, c);
  }
  // Each source's words must be its own among the sources matched: "junta" in two of them, or June 30 in two
  // ("expires on June 30", "by June 30"), makes two keys right.
  const claims: { passage: string; quote: string }[] = [];
  for (const c of bySource.values()) {
    const clash = (a: { passage: string; quote: string }, b: { passage: string; quote: string }) =>
      ctx.sourcePassages(b.passage).some((p) => sharesMark(p.text, marksOf(a.quote, d)));
    if (claims.length < 4 && claims.every((o) => !clash(c, o) && !clash(o, c))) claims.push(c);
  }
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

const stemOf = (w: string) => w.replace(/(?:al|s|es|ed|ing|ly)$/, '');
/** The word stems of a passage, kept per text: every claim checks the same few sources. */
const stemSets = new Map<string, Set<string>>();
function stemsOf(text: string): Set<string> {
  let set = stemSets.get(text);
  if (!set) {
    if (stemSets.size > 5000) stemSets.clear();
    set = new Set(fold(text).split(' ').map(stemOf));
    stemSets.set(text, set);
  }
  return set;
}

/**
 * What tells a claim apart from the others of its disagreement: its numbers when it has any ("30" in "expires on
 * June 30"), else its long words that no other claim uses ("junta" in "Mali's ruling military junta", beside
 * "Mali's interim military authorities").
 */
export function marksOf(quote: string, d: Dispute): { digits: string[]; words: string[] } {
  const digits = quote.match(/\d+/g) ?? [];
  if (digits.length) return { digits, words: [] };
  const words = (t: string) => fold(t).split(' ').filter((w) => w.length >= 5).map(stemOf);
  const elsewhere = (w: string) => d.claims.some((c) => fold(c.quote) !== fold(quote) && words(c.quote).includes(w));
  return { digits: [], words: words(quote).filter((w) => !elsewhere(w) && !['mali', 'malian'].includes(w)) };
}

/** A text holds all of a claim's numbers, or one of its marking words. */
export function sharesMark(text: string, marks: { digits: string[]; words: string[] }): boolean {
  if (marks.digits.length) return marks.digits.every((n) => new RegExp(`(?<![\\d,])${n}(?![\\d,])`).test(text));
  const have = stemsOf(text);
  return marks.words.some((w) => have.has(w));
}

/** `words` stand inside a quotation of `text` (more “ than ” before them). */
export function quotedInside(text: string, words: string): boolean {
  const at = text.indexOf(words);
  if (at < 0) return false;
  const before = text.slice(0, at);
  return (before.match(/“/g) ?? []).length > (before.match(/”/g) ?? []).length;
}

/** Every content word of `quote` (its stem, endings aside) stands in `text`. */
export function nearlySays(text: string, quote: string): boolean {
  const have = stemsOf(text);
  const want = fold(quote).split(' ').filter((w) => w.length >= 3 && !['the', 'and', 'for', 'its', 'from', 'with'].includes(w)).map(stemOf);
  return want.length > 0 && want.every((w) => have.has(w));
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
    // The claim, not the module: the same "which source says …?" in two modules is one fact to a quiz of both.
    factKey: `source:${cite.passage}|${fold(supported)}`,
    item: `source|${id}`,
    answerKind: 'source' as const,
    skill: 'analyse' as const,
    evidence: [{ text: supported, citation: 0, expect: 'supported' as const }],
  }, d.objective);
}
