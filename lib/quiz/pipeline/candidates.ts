import type { Mention } from '../extract';
import type { QuestionCitation } from '../types';
import { citation, findNamed, valueKey } from './cite';
import type { Ctx } from './corpus';
import { isoOf, LEAKS_TIME, MONTHS } from './dates';
import type { FactKind, GeneratorFact, GeneratorModule } from './input';
import { blankOut, escapeRe, NEEDS_ANTECEDENT, fold, inList, inText, leansOnContext, PRONOUN_START, sentenceWith } from './text';

/** One value a question can ask for (single-choice, typed, true/false, statements): a fact or a mined mention. */
export type Basis = {
  module: string;
  kind: FactKind;
  answer: string;
  passage: string;
  quote: string;
  /** Cloze text with a blank, or null when the sentence cannot be blanked. */
  cloze: string | null;
  ask: string | null;
  /** The true statement in plain words. */
  statement: string;
  /** Where the answer stands in `statement`, for swapping in a distractor. */
  span: string;
  factKey: string;
  objective?: number;
  fromSource: string | null;
};

function factBasis(module: GeneratorModule, f: GeneratorFact, ctx: Ctx): Basis {
  const passage = ctx.passage(f.to);
  const quote = f.quote ?? (passage ? sentenceWith(passage.text, f.answer) : null) ?? f.answer;
  return {
    module: module.slug,
    kind: f.kind,
    answer: f.answer,
    passage: f.to,
    quote,
    cloze: PRONOUN_START.test(f.sentence) ? null : blankOut(f.sentence, f.span, f.answer),
    ask: f.ask,
    statement: f.sentence,
    span: f.span,
    factKey: keysOfFact(f)[0] as string,
    objective: f.objective,
    fromSource: null,
  };
}

const CLOZE_PRIORITY: Mention['kind'][] = ['person', 'year', 'date', 'number', 'place', 'organisation', 'country'];

function clozeFromSource(sentence: string, value: string): string | null {
  if (PRONOUN_START.test(sentence) || NEEDS_ANTECEDENT.test(sentence) || /^[“"]/.test(sentence)) return null;
  // A sentence about an error ("A founding date of … is wrong") would teach the wrong value.
  if (/\b(?:wrong|incorrect|mistaken|mistake|error|not true)\b/i.test(sentence)) return null;
  const words = sentence.split(/\s+/).length;
  if (words < 7 || words > 40) return null;
  return blankOut(sentence, sentence, value);
}

/** Removes the date phrase from a sentence to describe an event; null when the result is not a clean clause. */
function eventText(sentence: string, date: string): string | null {
  const d = date.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let t = sentence.normalize('NFC').trim();
  const lead = new RegExp(`^(?:In|On|By|Since|From) (?:early |late |mid-)?${d},? `);
  const led = lead.test(t);
  if (led) {
    t = t.replace(lead, '');
    t = t.charAt(0).toUpperCase() + t.slice(1);
  } else {
    const aside = new RegExp(`, (?:in|on) ${d},`);
    const mid = new RegExp(` (?:in|on) (?:early |late |mid-)?${d}\\b`);
    if (aside.test(t)) t = t.replace(aside, '');
    else if (mid.test(t)) t = t.replace(mid, '');
    else return null;
    if (/^,|, the day|,\s*$/.test(t)) return null;
  }
  t = t.replace(/[.;:]$/, '');
  if (led && t.split(/\s+/).length > 16) t = t.replace(/, (?:\w+ing|with|which|who|as|whom)\b.*$/, '');
  if (/\b(?:this|that|these|those|it|they)\b/i.test(t)) return null;
  // "Ten days after the arrests, …", "Three women soldiers, freed, were sentenced…": whose arrests, which soldiers?
  if (leansOnContext(t) || /^(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Some|Many|Most|\d+) /.test(t)) return null;
  const words = t.split(/\s+/).length;
  if (words < 4 || words > 18) return null;
  if (/\b(1[89]\d{2}|20\d{2})\b/.test(t) || new RegExp(`\\b(${MONTHS.join('|')})\\b`).test(t)) return null;
  if (PRONOUN_START.test(t) || /[“”"]/.test(t)) return null;
  if (LEAKS_TIME.test(t)) return null;
  return t;
}

export type TimelineEvent = { text: string; iso: string; dateText: string; passage: string; quote: string; factKey: string; objective?: number; authored?: boolean };

export type PairKind = 'person' | 'country' | 'organisation' | 'when' | 'other';
export type Pair = { left: string; right: string; passage: string; quote: string; kind: PairKind; factKey: string; rightVerbatim: boolean; objective?: number };

/** Quoted words and who said them, with the citations that show both. */
export type Saying = { words: string; speaker: string; cites: QuestionCitation[]; factKey: string; objective?: number; basisExtra: string };

/** What one module's questions are built from, in the order the builders take them. */
export type Candidates = {
  /** Per `<Fact>`, in document order: a quote with its speaker, or a value. */
  facts: ({ saying: Saying; basis: Basis } | { saying: null; basis: Basis })[];
  /** Attributed quotes found in plain passages. */
  sayings: Saying[];
  /** Values found in plain passages (cloze). */
  mentions: Basis[];
  events: TimelineEvent[];
  pairs: Pair[];
};

/** The keys a fact's questions carry: its value's (or topic's), then, for a quote with its speaker, the saying's. */
export function keysOfFact(f: GeneratorFact): string[] {
  const topic = f.topic ? `topic:${f.topic}` : null;
  return [topic ?? valueKey(f.kind, f.answer), ...(f.kind === 'quote' && f.speaker ? [topic ?? `said:${fold(f.speaker)}:${f.to}`] : [])];
}

/** Reads one module's facts, events and cited passages into candidates; pure and deterministic. */
export function collectCandidates(module: GeneratorModule, ctx: Ctx): Candidates {
  const bases = module.facts.map((f) => factBasis(module, f, ctx));
  const covered = new Set(bases.map((b) => valueKey(b.kind, b.answer)));
  const objectiveOf = new Map(module.passages.map((p) => [p.id, p.objective]));
  const titleWords = fold(module.title);

  const facts: Candidates['facts'] = module.facts.map((f, i) => {
    const b = bases[i] as Basis;
    if (f.kind === 'quote' && f.speaker && f.answer.split(/\s+/).length >= 4) {
      const cites = [citation(ctx, f.to, b.quote)];
      if (!inText(b.quote, f.speaker)) {
        const named = findNamed(ctx, f.to, f.speaker);
        if (named) cites.push(citation(ctx, named.passage, named.sentence));
      }
      const factKey = keysOfFact(f)[1] as string;
      return { saying: { words: f.answer, speaker: f.speaker, cites, factKey, objective: f.objective, basisExtra: f.to }, basis: b };
    }
    return { saying: null, basis: b };
  });

  const mentionBases: Basis[] = [];
  const sayings: Saying[] = [];
  const pairs: Pair[] = [];
  const events: TimelineEvent[] = [];
  for (const e of module.events ?? []) {
    // The date as the cited passage writes it, so the citation supports the event's place in time.
    const mentions = (ctx.mentionsByPassage.get(e.to) ?? []).filter((m) => (m.kind === 'date' || m.kind === 'year') && m.iso);
    const m = mentions.find((x) => x.iso === e.date && (!e.quote || inText(x.sentence, e.quote))) ?? mentions.find((x) => x.iso === e.date);
    const text = e.text.trim().replace(/\.$/, '');
    // "In Niamey, they sign…" leans on the event before it in the timeline.
    const clause = text.replace(/^(?:In|On|At|By|After|Before|Then) [^,]+, /, '');
    if (!m || ctx.rejected(m.sentence) || !text || LEAKS_TIME.test(text) || /[“”"]/.test(text) || PRONOUN_START.test(clause)) continue;
    const factKey = valueKey(m.kind, m.text);
    events.push({ text, iso: e.date, dateText: m.text, passage: e.to, quote: m.sentence, factKey, objective: e.objective, authored: true });
    pairs.push({ left: m.text, right: text, passage: e.to, quote: m.sentence, kind: 'when', factKey, rightVerbatim: false, objective: e.objective });
  }
  for (const f of module.facts) {
    if (f.label) {
      const kind: PairKind = f.kind === 'person' || f.kind === 'country' || f.kind === 'organisation' ? f.kind : f.kind === 'year' || f.kind === 'date' ? 'when' : 'other';
      const b = bases[module.facts.indexOf(f)] as Basis;
      pairs.push({ left: f.answer, right: f.label, passage: f.to, quote: b.quote, kind, factKey: b.factKey, rightVerbatim: false, objective: f.objective });
    }
    const dateText = f.kind === 'year' || f.kind === 'date' ? f.answer : null;
    const iso = f.date ?? (dateText ? isoOf(dateText) : null);
    if (iso && dateText) {
      const text = eventText(f.sentence, dateText);
      const b = bases[module.facts.indexOf(f)] as Basis;
      if (text) events.push({ text, iso, dateText, passage: f.to, quote: b.quote, factKey: b.factKey, objective: f.objective });
    }
  }
  for (const { id: passageId } of module.passages) {
    const passage = ctx.passage(passageId);
    if (!passage) continue;
    const objective = objectiveOf.get(passageId);
    const clozedSentences = new Set<string>();
    // Reasons first: a sentence that states why is worth more as a "why" blank than as a date or name blank.
    for (const r of ctx.reasonsByPassage.get(passageId) ?? []) {
      const key = valueKey('reason', r.text);
      if (covered.has(key) || clozedSentences.has(r.sentence) || ctx.disputed(passageId, r.sentence)) continue;
      const cloze = clozeFromSource(r.sentence, r.text);
      if (!cloze) continue;
      clozedSentences.add(r.sentence);
      covered.add(key);
      mentionBases.push({ module: module.slug, kind: 'reason', answer: r.text, passage: passageId, quote: r.sentence, cloze, ask: null, statement: r.sentence, span: r.sentence, factKey: key, objective, fromSource: passage.sourceTitle });
    }
    const mentions = [...(ctx.mentionsByPassage.get(passageId) ?? [])].sort((a, b) => CLOZE_PRIORITY.indexOf(a.kind) - CLOZE_PRIORITY.indexOf(b.kind));
    for (const m of mentions) {
      if (m.kind === 'identifier' || ctx.rejected(m.sentence)) continue;
      const key = valueKey(m.kind, m.text);
      if (m.kind === 'person' && m.role && m.role.split(' ').length >= 2) {
        pairs.push({ left: m.text, right: m.role, passage: passageId, quote: m.sentence, kind: 'person', factKey: key, rightVerbatim: true, objective });
      }
      if ((m.kind === 'year' || m.kind === 'date') && m.iso) {
        const text = eventText(m.sentence, m.text);
        if (text) events.push({ text, iso: m.iso, dateText: m.text, passage: passageId, quote: m.sentence, factKey: key, objective });
      }
      if (covered.has(key)) continue;
      if ((m.kind === 'country' || m.kind === 'place') && titleWords.includes(fold(m.text))) continue;
      if (fold(passage.sourceTitle).includes(fold(m.text))) continue;
      if (m.kind === 'country' && m.text === ctx.pools.get('country-top')?.[0]?.text) continue;
      // One blank per source sentence, and never a list member or a name spelled out next to its acronym.
      if (clozedSentences.has(m.sentence) || ctx.disputed(passageId, m.sentence) || inList(m.sentence, m.text) || new RegExp(`${escapeRe(m.text)} \\([A-Z]{2,}\\)`).test(m.sentence)) continue;
      const cloze = clozeFromSource(m.sentence, m.text);
      if (!cloze) continue;
      clozedSentences.add(m.sentence);
      covered.add(key);
      mentionBases.push({
        module: module.slug,
        kind: m.kind,
        answer: m.text,
        passage: passageId,
        quote: m.sentence,
        cloze,
        ask: null,
        statement: m.sentence,
        span: m.sentence,
        factKey: key,
        objective,
        fromSource: passage.sourceTitle,
      });
    }
    for (const a of ctx.attributions.filter((x) => x.passage === passageId && !ctx.rejected(x.quote))) {
      const cites = [citation(ctx, passageId, a.quote)];
      if (!inText(a.quote, a.speaker)) {
        const named = findNamed(ctx, passageId, a.speaker);
        if (!named) continue;
        cites.push(citation(ctx, named.passage, named.sentence));
      }
      sayings.push({ words: a.words, speaker: a.speaker, cites, factKey: `said:${fold(a.speaker)}:${passageId}`, objective, basisExtra: passageId });
    }
  }
  return { facts, sayings, mentions: mentionBases, events, pairs };
}
