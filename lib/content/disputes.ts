import type { ElementUse, Explainer } from './explainers';
import { getPassage } from './sources';
import { findQuote } from './text';

/**
 * A claim the course shows to be wrong: the words a source used (`phrase`), the `<SourcesDisagree>`
 * where it is shown as that source's claim, and the passage of the `<Settles>` that contradicts it.
 * Declared in content as `<Settles to="…" rejects="phrase|other phrase">`.
 *
 * lib/quiz can use this list so that no question keys a rejected claim (a fact's answer or
 * a mined span that lies inside `phrase` in a passage of `claimedIn`).
 */
export type RejectedClaim = {
  /** Words of the wrong claim, verbatim in at least one passage of `claimedIn` (quotes, dashes, spaces folded). */
  phrase: string;
  /** The disagreement's topic. */
  topic: string;
  /** Passage ids of the `<Claim>`s in that disagreement whose passage contains `phrase`. */
  claimedIn: string[];
  /** Passage id of the `<Settles>` that contradicts the claim. */
  settledBy: string;
  explainerSlug: string;
  line: number;
};

/** Contexts (innermost element) where the course shows a source's words rather than speaking itself. */
const SHOWING_CONTEXTS = new Set(['SourcesDisagree', 'Claim', 'Settles']);

/** A sentence that says whose claim it reports ("Al Mayadeen says…", "according to one report…"). */
const ATTRIBUTION = /\b(says?|said|reports?|reported|according to|gives?|gave|claims?|claimed|writes?|wrote|prints?|printed|calls?|called|states?|stated|wrongly)\b/i;

function settlesIn(uses: ElementUse[], visit: (dispute: ElementUse, settles: ElementUse) => void): void {
  for (const use of uses) {
    if (use.name === 'SourcesDisagree') {
      for (const child of use.children) if (child.name === 'Settles') visit(use, child);
    }
    settlesIn(use.children, visit);
  }
}

/** The claims an explainer's `<Settles rejects="…">` elements contradict, in document order. */
export function listRejectedClaims(explainer: Pick<Explainer, 'slug' | 'elements'>): RejectedClaim[] {
  const out: RejectedClaim[] = [];
  settlesIn(explainer.elements, (dispute, settles) => {
    const rejects = settles.attributes.rejects;
    if (typeof rejects !== 'string' || typeof settles.attributes.to !== 'string') return;
    const claims = dispute.children.filter((c) => c.name === 'Claim' && typeof c.attributes.to === 'string').map((c) => c.attributes.to as string);
    for (const phrase of rejects.split('|').map((p) => p.trim()).filter(Boolean)) {
      out.push({
        phrase,
        topic: typeof dispute.attributes.topic === 'string' ? dispute.attributes.topic : '',
        claimedIn: claims.filter((to) => {
          const passage = getPassage(to);
          return passage !== null && findQuote(passage.text, phrase) !== null;
        }),
        settledBy: settles.attributes.to,
        explainerSlug: explainer.slug,
        line: settles.line,
      });
    }
  });
  return out;
}

export type DisputeProblem = { file: string; line: number; message: string };

/**
 * A rejected claim may appear in the course only as a source's claim: inside a `<SourcesDisagree>`,
 * or in a sentence that attributes it (an attribution verb, and a citation of a passage that makes
 * the claim). It is never a `<Fact>`'s answer. Claims are course-wide: one module's `<Settles>`
 * binds every module.
 */
export function listDisputeProblems(explainers: Explainer[]): DisputeProblem[] {
  const problems: DisputeProblem[] = [];
  // One entry per phrase: two modules may settle the same claim.
  const rejected = [...new Map(explainers.flatMap((e) => e.rejectedClaims).map((r) => [r.phrase, r] as const)).values()];
  for (const e of explainers) {
    for (const r of e.rejectedClaims.filter((x) => x.explainerSlug === e.slug)) {
      if (r.claimedIn.length === 0) {
        problems.push({ file: e.file, line: r.line, message: `<Settles rejects="${r.phrase}">: no <Claim> of this disagreement cites a passage with these words` });
      }
    }
    for (const s of e.sentences) {
      if (SHOWING_CONTEXTS.has(s.context)) continue;
      for (const r of rejected) {
        if (!findQuote(s.text, r.phrase)) continue;
        const cites = e.citations.filter((c) => c.sentence === s.text).map((c) => c.to);
        const citesClaim = cites.some((to) => r.claimedIn.includes(to));
        if (!citesClaim || !ATTRIBUTION.test(s.text)) {
          problems.push({
            file: e.file,
            line: s.line,
            message: `"${r.phrase}" is contradicted by ${r.settledBy} ("${r.topic}"), so the course may give it only as a source's claim: attribute it and cite ${r.claimedIn.join(' or ') || 'the source'}`,
          });
        }
      }
    }
    for (const f of e.facts) {
      for (const r of rejected) {
        const at = findQuote(f.sentence, r.phrase);
        if (at && findQuote(r.phrase, f.answer)) {
          problems.push({ file: e.file, line: f.line, message: `<Fact answer="${f.answer}">: "${r.phrase}" is a claim ${r.settledBy} contradicts; it cannot be a question's answer` });
        }
      }
    }
  }
  return problems;
}
