import type { Fact } from '../content/explainers';
import type { FactKind } from '../content/schemas';
import { findQuote, normalizeText, splitSentences } from '../content/text';
import { extractAttributions, extractMentions, type Attribution, type Mention } from './extract';
import { formatNumber, normalizeAnswer, numberStyle, parseNumber } from './normalize';
import { hashOrder, hashString } from './random';
import type { ModuleBank, Question, QuestionBank, QuestionCitation } from './types';

export type { FactKind };

export type GeneratorPassage = { id: string; text: string; sourceTitle: string };

/** A `<Fact>` of an explainer (as lib/content reads it), with the whole explainer sentence it stands in. */
export type GeneratorFact = Omit<Fact, 'sentence' | 'line'> & {
  /** Text inside `<Fact>`; contains the answer. */
  span: string;
  /** The whole explainer sentence holding the fact (plain text). */
  sentence: string;
  objective?: number;
};

export type GeneratorModule = {
  slug: string;
  title: string;
  objectives: string[];
  facts: GeneratorFact[];
  /** Passages the module cites, with the objective of the part that cites them when known. */
  passages: { id: string; objective?: number }[];
  /** Dated events of the module's timeline (`<Event date to>`), written for students. */
  events?: { date: string; text: string; to: string; quote: string | null; objective?: number }[];
};

export type GeneratorInput = {
  passages: GeneratorPassage[];
  modules: GeneratorModule[];
  /**
   * Passage words the course shows to be disputed (`<Claim>` in `<SourcesDisagree>`): no question
   * asks a student to complete them as if they were settled.
   */
  disputed?: { passage: string; quote: string | null }[];
  /** Gazetteers for mentions in plain passages. */
  countries?: string[];
  places?: string[];
};

const BLANK = '_____';
// Sentences that lean on the one before ("It said…", "A month later…") are unclear on their own.
const PRONOUN_START = /^(?:It|He|She|They|This|These|That|Those|His|Her|Their|Its|We|I|But|And|Also|However|Both|There|Then|Instead|Later|Earlier|After that|A month later|A year later|In it|In response|As a result|So|Thus|Therefore|Still|Yet|Meanwhile|Such|Another|The other|Neither|Either|Numbers also|Furthermore|Moreover|Notably|Nevertheless|Besides|Again)\b/;
/**
 * A statement shown on its own (true/false, "which are true?") must not lean on the sentence before:
 * no leading connective or pronoun, and no "it", "them", "those", "these" outside quoted words
 * ("The Council adopted it…", "One of those tasks…").
 */
function leansOnContext(statement: string): boolean {
  return PRONOUN_START.test(statement) || /\b(?:it|them|those|these)\b/i.test(statement.replace(/[“"][^”"]*[”"]/g, ''));
}
const NOUNS: Record<FactKind, [string, string]> = {
  year: ['year', 'years'], date: ['date', 'dates'], number: ['number', 'numbers'], person: ['name', 'names'],
  place: ['place', 'places'], organisation: ['organisation', 'organisations'], country: ['country', 'countries'],
  term: ['term', 'terms'], quote: ['words', 'words'], event: ['event', 'events'], role: ['role', 'roles'],
};
const FILL_IN_KINDS = new Set<FactKind>(['year', 'date', 'number', 'person', 'place', 'country']);
/** Kinds whose values are interchangeable things (a year for a year): safe to swap into a false statement. */
const SWAP_KINDS = new Set<FactKind>(['year', 'date', 'number', 'person', 'place', 'country']);
/** Kinds too varied in meaning for corpus distractors ("Chapter VII" vs "crisis of confidence"). */
const NO_CHOICE_KINDS = new Set<FactKind>(['term', 'event', 'role']);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

type Value = { text: string; passage: string };
type Pools = Map<string, Value[]>;

type Ctx = {
  passage: (id: string) => GeneratorPassage | null;
  disputed: (passage: string, sentence: string) => boolean;
  /** Whether one name is part of the other ("Security Council" of the "United Nations", via "UN Security Council"). */
  related: (a: string, b: string) => boolean;
  pools: Pools;
  people: Map<string, { role: string | null; passage: string }>;
  mentionsByPassage: Map<string, Mention[]>;
  attributions: Attribution[];
};

const foldedAnswers = new Map<string, string>();
function fold(text: string): string {
  let f = foldedAnswers.get(text);
  if (f === undefined) {
    f = normalizeAnswer(text);
    if (foldedAnswers.size > 50_000) foldedAnswers.clear();
    foldedAnswers.set(text, f);
  }
  return f;
}
const folded = new Map<string, string>();
function foldText(text: string): string {
  let f = folded.get(text);
  if (f === undefined) {
    f = normalizeText(text);
    if (folded.size > 50_000) folded.clear();
    folded.set(text, f);
  }
  return f;
}
/** Same test as findQuote(text, value) !== null, with the folding memoised (it runs for every candidate). */
function inText(text: string, value: string): boolean {
  const needle = foldText(value);
  return needle.length > 0 && foldText(text).includes(needle);
}

/**
 * Two questions with the same answer of the same kind ask the same fact, even from different
 * passages ("deployed in 2013" is in three reports), so they share a key and one quiz asks it once.
 */
function valueKey(kind: string, answer: string): string {
  const k = kind === 'date' || kind === 'year' ? 'when' : kind;
  return `${k}:${fold(answer)}`;
}

function questionId(module: string, type: string, basis: string): string {
  return `q-${hashString(`${module}|${type}|${basis}`)}`;
}

/** The verbatim passage text for `quote` (typographic quotes restored), or `quote` when not found. */
function verbatim(passageText: string | undefined, quote: string): string {
  if (!passageText) return quote;
  const range = findQuote(passageText, quote);
  return range ? passageText.normalize('NFC').slice(range.start, range.end) : quote;
}

function sentencesOf(text: string): string[] {
  return splitSentences(text).map((r) => text.slice(r.start, r.end).trim());
}

function sentenceWith(text: string, value: string): string | null {
  return sentencesOf(text).find((s) => inText(s, value)) ?? null;
}

/** A sentence naming `name` in full: in the passage itself, else the nearest earlier passage of the same source. */
function findNamed(ctx: Ctx, passageId: string, name: string): { passage: string; sentence: string } | null {
  const [slug, n] = passageId.split('#p');
  for (let i = Number(n); i >= 1; i--) {
    const p = ctx.passage(`${slug}#p${i}`);
    const sentence = p ? sentenceWith(p.text, name) : null;
    if (p && sentence) return { passage: p.id, sentence };
  }
  return null;
}

function citation(ctx: Ctx, passage: string, quote: string): QuestionCitation {
  return { passage, quote: verbatim(ctx.passage(passage)?.text, quote) };
}

/** `sentence` with `answer` (inside `span`) replaced by a blank; null when the answer also shows elsewhere. */
function blankOut(sentence: string, span: string, answer: string): string | null {
  const spanAt = findQuote(sentence, span);
  const base = sentence.normalize('NFC');
  const offset = spanAt ? spanAt.start : 0;
  const inSpan = findQuote(spanAt ? base.slice(spanAt.start, spanAt.end) : base, answer);
  if (!inSpan) return null;
  const start = offset + inSpan.start;
  const end = offset + inSpan.end;
  const out = `${base.slice(0, start)}${BLANK}${base.slice(end)}`;
  if (inText(out, answer)) return null;
  const surname = answer.split(' ').slice(-1)[0] as string;
  if (answer.includes(' ') && surname.length > 3 && new RegExp(`\\b${surname}\\b`).test(out)) return null;
  return out;
}

const LIST_KINDS = new Set<FactKind>(['country', 'person', 'place', 'organisation']);

/** "Chad, Bangladesh, and Egypt" → its items; other kinds (dates!) are one item. */
function splitList(answer: string, kind: FactKind = 'country'): string[] {
  if (!LIST_KINDS.has(kind)) return [answer];
  const items = answer.split(/,\s*(?:and\s+)?|\s+and\s+/).map((s) => s.trim()).filter(Boolean);
  return items.length >= 2 ? items : [answer];
}

function joinList(items: string[], like: string): string {
  if (items.length < 2) return items.join('');
  const oxford = /,\s+and\s/.test(like);
  return `${items.slice(0, -1).join(', ')}${oxford ? ',' : ''} and ${items[items.length - 1]}`;
}

type DateParts = { y?: number; m?: number; d?: number; style: 'mdy' | 'dmy' | 'my' | 'md' | 'dm' | 'y' };

const MONTH_GROUP = `(${MONTHS.join('|')})`;
const DATE_FORMS = {
  mdy: new RegExp(`^${MONTH_GROUP} (\\d{1,2}), (\\d{4})$`),
  dmy: new RegExp(`^(\\d{1,2}) ${MONTH_GROUP},? (\\d{4})$`),
  my: new RegExp(`^${MONTH_GROUP} (\\d{4})$`),
  md: new RegExp(`^${MONTH_GROUP} (\\d{1,2})$`),
  dm: new RegExp(`^(\\d{1,2}) ${MONTH_GROUP}$`),
};
const parsedDates = new Map<string, DateParts | null>();

function parseDate(text: string): DateParts | null {
  if (!parsedDates.has(text)) parsedDates.set(text, parseDateUncached(text));
  return parsedDates.get(text) ?? null;
}

function parseDateUncached(text: string): DateParts | null {
  let m = DATE_FORMS.mdy.exec(text);
  if (m) return { m: MONTHS.indexOf(m[1] as string) + 1, d: Number(m[2]), y: Number(m[3]), style: 'mdy' };
  m = DATE_FORMS.dmy.exec(text);
  if (m) return { d: Number(m[1]), m: MONTHS.indexOf(m[2] as string) + 1, y: Number(m[3]), style: 'dmy' };
  m = DATE_FORMS.my.exec(text);
  if (m) return { m: MONTHS.indexOf(m[1] as string) + 1, y: Number(m[2]), style: 'my' };
  m = DATE_FORMS.md.exec(text);
  if (m) return { m: MONTHS.indexOf(m[1] as string) + 1, d: Number(m[2]), style: 'md' };
  m = DATE_FORMS.dm.exec(text);
  if (m) return { d: Number(m[1]), m: MONTHS.indexOf(m[2] as string) + 1, style: 'dm' };
  m = /^(\d{4})$/.exec(text);
  if (m) return { y: Number(m[1]), style: 'y' };
  return null;
}

function formatDate(p: { y?: number; m?: number; d?: number }, style: DateParts['style']): string | null {
  const month = p.m ? MONTHS[p.m - 1] : undefined;
  switch (style) {
    case 'mdy': return month && p.d && p.y ? `${month} ${p.d}, ${p.y}` : null;
    case 'dmy': return month && p.d && p.y ? `${p.d} ${month} ${p.y}` : null;
    case 'my': return month && p.y ? `${month} ${p.y}` : null;
    case 'md': return month && p.d ? `${month} ${p.d}` : null;
    case 'dm': return month && p.d ? `${p.d} ${month}` : null;
    case 'y': return p.y ? String(p.y) : null;
  }
}

/** ISO key for ordering: "2013", "2013-04", "2013-04-25". */
export function isoOf(text: string): string | null {
  const p = parseDate(text.trim());
  if (!p?.y) return null;
  return [String(p.y), p.m ? String(p.m).padStart(2, '0') : null, p.d ? String(p.d).padStart(2, '0') : null].filter(Boolean).join('-');
}

function poolFor(ctx: Ctx, kind: FactKind): Value[] {
  const own = ctx.pools.get(kind) ?? [];
  // Kinds the explainers rarely mark borrow from a neighbouring kind of the same form.
  const borrow: Partial<Record<FactKind, FactKind[]>> = { term: ['organisation'], place: ['country'] };
  return [...own, ...(borrow[kind] ?? []).flatMap((k) => ctx.pools.get(k) ?? [])];
}

/**
 * Up to `count` distractors of the answer's kind and form, drawn from the corpus, none contained in
 * any of `avoid` (the cited quotes and the stem), none equal to or overlapping the answer.
 * Deterministic for a `salt`.
 */
function chooseDistractors(ctx: Ctx, kind: FactKind, answer: string, avoid: string[], salt: string, count = 3): string[] {
  const clean = (candidates: string[]) => {
    const seen = new Set([fold(answer)]);
    const answerItems = splitList(answer, kind).map(fold);
    const out: string[] = [];
    for (const c of candidates) {
      const f = fold(c);
      if (!f || seen.has(f)) continue;
      if (f.includes(fold(answer)) || fold(answer).includes(f)) continue;
      if (splitList(c, kind).some((item) => answerItems.includes(fold(item)))) continue;
      if (avoid.some((a) => inText(a, c))) continue;
      if (ctx.related(answer, c)) continue;
      seen.add(f);
      out.push(c);
    }
    return out;
  };
  if (kind === 'year' || kind === 'number') {
    const value = parseNumber(answer);
    if (value === null) return [];
    const style = numberStyle(answer);
    const values = new Map<string, number>();
    const identifier = kind === 'number' && /^\d{3,}$/.test(answer) && (ctx.pools.get('identifier') ?? []).some((v) => v.text === answer);
    for (const v of identifier ? (ctx.pools.get('identifier') ?? []) : poolFor(ctx, kind)) {
      // "2690" without a separator is a resolution number, not a quantity.
      if (kind === 'number' && /^\d{4,}$/.test(v.text) && !/^\d{4,}$/.test(answer)) continue;
      const n = parseNumber(v.text);
      if (n === null || n === value) continue;
      if (kind === 'year' && Math.abs(n - value) > 15) continue;
      const text = kind === 'year' ? String(n) : formatNumber(n, style);
      if (text) values.set(text, n);
    }
    // Years come from the corpus; neighbouring years only when the corpus has too few near this one.
    if (kind === 'year' && clean([...values.keys()]).length < count) for (const d of [1, -1, 2, -2, 3, 4, -3]) values.set(String(value + d), value + d);
    const ranked = [...values.entries()]
      .filter(([t, n]) => kind === 'year' || (identifier ? t.length === answer.length : n / value < 5 && value / n < 5))
      .sort((a, b) => Math.abs(Math.log(a[1] / value)) - Math.abs(Math.log(b[1] / value)) || a[1] - b[1]);
    const near = clean(ranked.map(([t]) => t)).slice(0, count + 2);
    return hashOrder(near, (t) => t, salt).slice(0, count);
  }
  if (kind === 'date') {
    const parts = parseDate(answer);
    if (!parts) return [];
    const texts = poolFor(ctx, 'date')
      .map((v) => parseDate(v.text))
      .filter((p): p is DateParts => p !== null)
      .map((p) => formatDate({ y: p.y ?? parts.y, m: p.m, d: p.d }, parts.style))
      .filter((t): t is string => t !== null);
    const ranked = clean([...new Set(texts)].sort()).sort((a, b) => {
      const da = Math.abs(Number(isoOf(a)?.slice(0, 4) ?? 0) - (parts.y ?? 0));
      const db = Math.abs(Number(isoOf(b)?.slice(0, 4) ?? 0) - (parts.y ?? 0));
      return da - db || (a < b ? -1 : 1);
    });
    return hashOrder(ranked.slice(0, count + 3), (t) => t, salt).slice(0, count);
  }
  const items = splitList(answer, kind);
  if (items.length > 1) {
    const singles = clean([...new Set(poolFor(ctx, kind).map((v) => v.text))].filter((t) => splitList(t, kind).length === 1));
    const ordered = hashOrder(singles, (t) => t, salt);
    const out: string[] = [];
    for (let i = 0; i + items.length <= ordered.length && out.length < count; i += items.length) {
      out.push(joinList(ordered.slice(i, i + items.length), answer));
    }
    return out;
  }
  const single = (values: Value[]) => clean([...new Set(values.map((v) => v.text))].filter((t) => splitList(t, kind).length === 1).sort());
  const own = single(ctx.pools.get(kind) ?? []);
  const texts = own.length >= count ? own : single(poolFor(ctx, kind));
  const len = answer.length;
  const shape = (t: string) => ({ caps: /^[A-Z]{2,}$/.test(t), words: t.split(/\s+/).length });
  const want = shape(answer);
  // Same form as the answer (an acronym for an acronym, a two-word name for a two-word name), then similar length.
  const distance = (t: string) => {
    const got = shape(t);
    return (got.caps === want.caps ? 0 : 2) + Math.abs(got.words - want.words) * 0.3 + Math.abs(Math.log(t.length / len));
  };
  const ranked = texts
    .map((t) => ({ t, d: distance(t) + Number.parseInt(hashString(`${salt}|${t}`).slice(0, 4), 16) / 0xffff / 4 }))
    .sort((a, b) => a.d - b.d)
    .map((x) => x.t);
  return ranked.slice(0, count);
}

function answerVariants(kind: FactKind, answer: string, ctx: Ctx): string[] {
  const out: string[] = [];
  if (kind === 'number') {
    const n = parseNumber(answer);
    const style = numberStyle(answer);
    if (n !== null) {
      out.push(String(n), formatNumber(n, { words: true, separator: '', scale: null }) ?? '');
      if (style.scale) out.push(formatNumber(n, { ...style, words: !style.words }) ?? '');
    }
    // "18 months": the number alone answers "how long".
    const lead = /^(\d[\d,]*|[a-z]+) (?:months?|years?|days?|weeks?|per cent|percent|%)$/i.exec(answer);
    if (lead) out.push(lead[1] as string);
  }
  if (kind === 'date') {
    const p = parseDate(answer);
    if (p) for (const style of ['mdy', 'dmy'] as const) out.push(formatDate(p, style) ?? '');
  }
  if (kind === 'person') {
    const surname = answer.split(' ').slice(-1)[0] as string;
    const shared = [...ctx.people.keys()].filter((p) => p !== answer && p.endsWith(` ${surname}`));
    if (answer.includes(' ') && shared.length === 0) out.push(surname);
  }
  return [...new Set(out.filter((v) => v && fold(v) !== fold(answer)))];
}

function sourceNote(ctx: Ctx, passageId: string): string {
  const p = ctx.passage(passageId);
  const n = passageId.split('#p')[1];
  return p ? `Source: “${p.sourceTitle}”, paragraph ${n}.` : '';
}

type Basis = {
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

function withObjective<T extends object>(q: T, objective?: number): T {
  return objective === undefined ? q : { ...q, objective };
}

/** Single-choice, fill-in and true/false questions about one value. */
function valueQuestions(b: Basis, ctx: Ctx): Question[] {
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
    : `${b.statement} ${note}`.trim();
  const stemAvoid = [cite.quote, b.cloze ?? '', b.ask ?? ''];
  const base = { module: b.module, citations: [cite], factKey: b.factKey };

  const choiceStem = b.ask ?? (b.cloze ? `Which ${list.length > 1 ? many : one} ${list.length > 1 || b.kind === 'quote' ? 'complete' : 'completes'} this sentence${from}? “${b.cloze}”` : null);
  if (choiceStem && !NO_CHOICE_KINDS.has(b.kind)) {
    const distractors = chooseDistractors(ctx, b.kind, b.answer, stemAvoid, basis);
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
  const swapIn = SWAP_KINDS.has(b.kind) ? chooseDistractors(ctx, b.kind, b.answer, [...stemAvoid, b.statement], `${basis}|tf`, 1)[0] : undefined;
  const spanAt = findQuote(b.statement, b.span);
  if ((swapIn || !SWAP_KINDS.has(b.kind)) && spanAt && b.statement.split(/\s+/).length <= 40 && !/^[“"]/.test(b.statement) && !leansOnContext(b.statement)) {
    const id = questionId(b.module, 'true-false', basis);
    const isTrue = !swapIn || Number.parseInt(id.slice(-1), 16) % 2 === 0;
    const text = b.statement.normalize('NFC');
    const spanText = text.slice(spanAt.start, spanAt.end);
    const shown = isTrue || !swapIn ? text : `${text.slice(0, spanAt.start)}${spanText.replace(b.answer, swapIn)}${text.slice(spanAt.end)}`;
    if (isTrue || shown !== text) {
      out.push(withObjective({
        ...base,
        id,
        type: 'true-false',
        stem: `True or false? ${shown}`,
        options: ['True', 'False'],
        answer: isTrue ? 'True' : 'False',
        explanation: isTrue || !swapIn ? `True. ${explanation}` : `False: it is ${b.answer}, not ${swapIn}. ${explanation}`,
        evidence: [
          { text: b.answer, citation: 0, expect: 'supported' as const },
          ...(isTrue || !swapIn ? [] : [{ text: swapIn, citation: 0, expect: 'unsupported' as const }]),
        ],
      }, b.objective));
    }
  }
  return out;
}

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
    factKey: f.topic ? `topic:${f.topic}` : valueKey(f.kind, f.answer),
    objective: f.objective,
    fromSource: null,
  };
}

function whoSaid(module: string, words: string, speaker: string, cites: QuestionCitation[], factKey: string, ctx: Ctx, objective: number | undefined, basisExtra: string): Question | null {
  const stem = `Who said these words? “${words}”`;
  // Other people quoted in the sources first: "who said it" among people who never speak is a giveaway.
  const avoid = [...cites.map((c) => c.quote), stem];
  const speakers = chooseDistractors({ ...ctx, pools: new Map([['person', ctx.pools.get('speaker') ?? []]]) }, 'person', speaker, avoid, `${speaker}|${words}`);
  const distractors = [...speakers, ...chooseDistractors(ctx, 'person', speaker, [...avoid, ...speakers], `${speaker}|${words}`)].slice(0, 3);
  if (distractors.length < 3) return null;
  const id = questionId(module, 'who-said', `${fold(words)}|${basisExtra}`);
  const role = ctx.people.get(speaker)?.role;
  return withObjective({
    id,
    type: 'who-said' as const,
    module,
    stem,
    options: hashOrder([speaker, ...distractors], (t) => t, id),
    answer: speaker,
    explanation: `${speaker}${role ? ` (${role})` : ''} said this. ${sourceNote(ctx, cites[0]?.passage ?? '')}`.trim(),
    citations: cites,
    factKey,
  }, objective);
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
  const words = t.split(/\s+/).length;
  if (words < 4 || words > 18) return null;
  if (/\b(1[89]\d{2}|20\d{2})\b/.test(t) || new RegExp(`\\b(${MONTHS.join('|')})\\b`).test(t)) return null;
  if (PRONOUN_START.test(t) || /[“”"]/.test(t)) return null;
  if (LEAKS_TIME.test(t)) return null;
  return t;
}

/** An event text that gives its own date away: a year, a month, or a document number (they rise over time). */
const LEAKS_TIME = new RegExp(`\\b(?:1[89]\\d{2}|20\\d{2}|\\d{4,}|${MONTHS.join('|')})\\b`);

type TimelineEvent = { text: string; iso: string; dateText: string; passage: string; quote: string; factKey: string; objective?: number; authored?: boolean };

function comparable(a: string, b: string): boolean {
  if (a.slice(0, 4) !== b.slice(0, 4)) return true;
  return a.length >= 7 && b.length >= 7 && a !== b && (a.slice(0, 7) !== b.slice(0, 7) || (a.length === 10 && b.length === 10));
}

function orderingQuestions(module: string, events: TimelineEvent[], ctx: Ctx): Question[] {
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
      if (group.every((g) => comparable(g.iso, e.iso))) group.push(e);
    }
    if (group.length < 3) break;
    const setKey = group.map((g) => g.factKey).sort().join('|');
    if (made.has(setKey)) continue;
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
      evidence: sorted.map((e, i) => ({ text: e.dateText, citation: i, expect: 'supported' as const })),
    }, group[0]?.objective));
  }
  return out;
}

type PairKind = 'person' | 'country' | 'organisation' | 'when' | 'other';
type Pair = { left: string; right: string; passage: string; quote: string; kind: PairKind; factKey: string; rightVerbatim: boolean; objective?: number };

function matchingQuestions(module: string, pairs: Pair[], ctx: Ctx): Question[] {
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
      unique.push(p);
    }
    const ordered = hashOrder(unique, (p) => p.factKey, `${module}|match|${kind}`);
    for (let i = 0; i + 3 <= ordered.length && i < 12; i += 4) {
      const group = ordered.slice(i, i + 4);
      if (group.length < 3) break;
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
        evidence: group.flatMap((g, j) => [
          { text: g.left, citation: j, expect: 'supported' as const },
          ...(g.rightVerbatim ? [{ text: g.right, citation: j, expect: 'supported' as const }] : []),
        ]),
      }, group[0]?.objective));
    }
  }
  return out;
}

/**
 * "Which of these statements are true?": four explainer sentences from different facts, one to
 * three of them with one element swapped for a same-kind distractor, so the count of true ones
 * is no clue.
 */
function statementQuestions(module: string, bases: Basis[], ctx: Ctx): Question[] {
  const seen = new Set<string>();
  const usable = hashOrder(
    bases.filter((b) => b.statement.split(/\s+/).length <= 30 && findQuote(b.statement, b.span) && !b.fromSource && !leansOnContext(b.statement)),
    (b) => b.factKey,
    `${module}|statements`,
  ).filter((b) => (seen.has(b.factKey) ? false : (seen.add(b.factKey), true)));
  const withSwap = usable.map((b) => {
    const at = findQuote(b.statement.normalize('NFC'), b.span);
    const swap = SWAP_KINDS.has(b.kind) && at ? chooseDistractors(ctx, b.kind, b.answer, [b.quote, b.statement], `${b.factKey}|statement`, 1)[0] : undefined;
    return { b, change: swap && at ? { swap, at } : null };
  });
  const falsifiable = withSwap.filter((x) => x.change);
  const others = withSwap.filter((x) => !x.change);
  const out: Question[] = [];
  for (let round = 0; falsifiable.length > 0 && falsifiable.length + others.length >= 4; round++) {
    const falseCount = Math.min(falsifiable.length, 1 + (Number.parseInt(hashString(`${module}|${round}`).slice(-2), 16) % 3));
    const falses = falsifiable.splice(0, falseCount);
    const rest = [...others.splice(0, 4 - falseCount)];
    rest.push(...falsifiable.splice(0, 4 - falseCount - rest.length));
    const group = hashOrder([...falses.map((x) => ({ ...x, falsify: true })), ...rest.map((x) => ({ ...x, falsify: false }))], (x) => x.b.factKey, `${module}|group|${round}`);
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
        notes.push(`True: ${text}`);
        return;
      }
      options.push(`${text.slice(0, change.at.start)}${text.slice(change.at.start, change.at.end).replace(b.answer, change.swap)}${text.slice(change.at.end)}`);
      evidence.push({ text: change.swap, citation: i, expect: 'unsupported' });
      notes.push(`False: it is ${b.answer}, not ${change.swap}.`);
    });
    if (new Set(options).size !== options.length) continue;
    const keys = group.map((g) => g.b.factKey);
    out.push({
      id,
      type: 'multiple-select',
      module,
      stem: 'Which of these statements are true? Select all that apply.',
      options: hashOrder(options, (t) => t, id),
      answer,
      explanation: notes.join(' '),
      citations: group.map((g) => citation(ctx, g.b.passage, g.b.quote)),
      factKey: keys[0] ?? id,
      factKeys: keys,
      evidence,
    });
  }
  return out;
}

const CLOZE_PRIORITY: Mention['kind'][] = ['person', 'year', 'date', 'number', 'place', 'organisation', 'country'];

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "Russia, China, the United States, Britain or France": blanking one member is a memory test of the list, not of the text. */
function inList(sentence: string, value: string): boolean {
  const v = escapeRe(value);
  return new RegExp(`(?:, (?:the )?|\\b(?:and|or) (?:the )?)${v}\\b|\\b${v},? (?:and|or) [A-Z]|\\b${v}, [A-Z]`).test(sentence);
}

function clozeFromSource(sentence: string, value: string): string | null {
  if (PRONOUN_START.test(sentence) || /^[“"]/.test(sentence)) return null;
  // A sentence about an error ("A founding date of … is wrong") would teach the wrong value.
  if (/\b(?:wrong|incorrect|mistaken|mistake|error|not true)\b/i.test(sentence)) return null;
  const words = sentence.split(/\s+/).length;
  if (words < 7 || words > 40) return null;
  return blankOut(sentence, sentence, value);
}

function buildModule(module: GeneratorModule, ctx: Ctx): Question[] {
  const questions: Question[] = [];
  const bases = module.facts.map((f) => factBasis(module, f, ctx));
  const covered = new Set(bases.map((b) => valueKey(b.kind, b.answer)));
  const objectiveOf = new Map(module.passages.map((p) => [p.id, p.objective]));
  const titleWords = fold(module.title);

  module.facts.forEach((f, i) => {
    const b = bases[i] as Basis;
    if (f.kind === 'quote' && f.speaker && f.answer.split(/\s+/).length >= 4) {
      const cites = [citation(ctx, f.to, b.quote)];
      if (!inText(b.quote, f.speaker)) {
        const named = findNamed(ctx, f.to, f.speaker);
        if (named) cites.push(citation(ctx, named.passage, named.sentence));
      }
      const q = whoSaid(module.slug, f.answer, f.speaker, cites, f.topic ? `topic:${f.topic}` : `said:${fold(f.speaker)}:${f.to}`, ctx, f.objective, f.to);
      if (q) questions.push(q);
      return;
    }
    questions.push(...valueQuestions(b, ctx));
  });

  // Plain passages the module cites: values found by NLP, people and their roles, attributed quotes, dated events.
  const sourceBases: Basis[] = [];
  const pairs: Pair[] = [];
  const events: TimelineEvent[] = [];
  for (const e of module.events ?? []) {
    // The date as the cited passage writes it, so the citation supports the event's place in time.
    const mentions = (ctx.mentionsByPassage.get(e.to) ?? []).filter((m) => (m.kind === 'date' || m.kind === 'year') && m.iso);
    const m = mentions.find((x) => x.iso === e.date && (!e.quote || inText(x.sentence, e.quote))) ?? mentions.find((x) => x.iso === e.date);
    const text = e.text.trim().replace(/\.$/, '');
    // "In Niamey, they sign…" leans on the event before it in the timeline.
    const clause = text.replace(/^(?:In|On|At|By|After|Before|Then) [^,]+, /, '');
    if (!m || !text || LEAKS_TIME.test(text) || /[“”"]/.test(text) || PRONOUN_START.test(clause)) continue;
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
    const mentions = [...(ctx.mentionsByPassage.get(passageId) ?? [])].sort((a, b) => CLOZE_PRIORITY.indexOf(a.kind) - CLOZE_PRIORITY.indexOf(b.kind));
    for (const m of mentions) {
      if (m.kind === 'identifier') continue;
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
      sourceBases.push({
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
    for (const a of ctx.attributions.filter((x) => x.passage === passageId)) {
      const cites = [citation(ctx, passageId, a.quote)];
      if (!inText(a.quote, a.speaker)) {
        const named = findNamed(ctx, passageId, a.speaker);
        if (!named) continue;
        cites.push(citation(ctx, named.passage, named.sentence));
      }
      const q = whoSaid(module.slug, a.words, a.speaker, cites, `said:${fold(a.speaker)}:${passageId}`, ctx, objective, passageId);
      if (q) questions.push(q);
    }
  }
  for (const b of sourceBases) {
    // Passages yield single-choice and fill-in questions; true/false on raw source sentences reads badly.
    questions.push(...valueQuestions(b, ctx).filter((q) => q.type !== 'true-false'));
  }
  questions.push(...orderingQuestions(module.slug, events, ctx));
  questions.push(...matchingQuestions(module.slug, pairs, ctx));
  questions.push(...statementQuestions(module.slug, bases, ctx));

  const seen = new Set<string>();
  return questions.filter((q) => (seen.has(q.id) ? false : (seen.add(q.id), true)));
}

/**
 * Generates every module's questions from explainer facts and plain source passages. Pure and
 * deterministic: the same input gives the same bank, ids derived from module, type, answer and
 * passage (not from positions), so adding content leaves existing ids unchanged.
 */
export function generateQuestionBank(input: GeneratorInput): QuestionBank {
  const byId = new Map(input.passages.map((p) => [p.id, p]));
  const mentions = extractMentions(input.passages, { countries: input.countries, places: input.places });
  const pools: Pools = new Map();
  const addValue = (kind: string, text: string, passage: string) => {
    const list = pools.get(kind) ?? [];
    if (!list.some((v) => v.text === text)) list.push({ text, passage });
    pools.set(kind, list);
  };
  const people = new Map<string, { role: string | null; passage: string }>();
  const mentionsByPassage = new Map<string, Mention[]>();
  for (const m of mentions) {
    addValue(m.kind, m.text, m.passage);
    // The year of a full date is a corpus year too.
    if (m.kind === 'date' && m.iso) addValue('year', m.iso.slice(0, 4), m.passage);
    if (m.role) addValue('role', m.role, m.passage);
    if (m.kind === 'person' && !people.has(m.text)) people.set(m.text, { role: m.role ?? null, passage: m.passage });
    mentionsByPassage.set(m.passage, [...(mentionsByPassage.get(m.passage) ?? []), m]);
  }
  for (const module of input.modules) {
    for (const f of module.facts) {
      addValue(f.kind, f.answer, f.to);
      for (const item of splitList(f.answer, f.kind)) addValue(f.kind, item, f.to);
      if (f.kind === 'person' && !people.has(f.answer)) people.set(f.answer, { role: f.label, passage: f.to });
      if (f.speaker && !people.has(f.speaker)) people.set(f.speaker, { role: null, passage: f.to });
      if (f.label) addValue('role', f.label, f.to);
    }
  }
  for (const p of input.passages) {
    for (const m of p.text.matchAll(/[“"]([^“”"]{3,60})[”"]/g)) {
      const words = (m[1] as string).replace(/[.,]$/, '').trim();
      if (words.split(/\s+/).length <= 8) addValue('quote', words, p.id);
    }
  }
  const attributions = extractAttributions(input.passages, [...people.keys()]);
  for (const a of attributions) addValue('speaker', a.speaker, a.passage);
  for (const module of input.modules) for (const f of module.facts) if (f.speaker) addValue('speaker', f.speaker, f.to);
  const countryCounts = new Map<string, number>();
  for (const m of mentions) if (m.kind === 'country') countryCounts.set(m.text, (countryCounts.get(m.text) ?? 0) + 1);
  const top = [...countryCounts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (top) pools.set('country-top', [{ text: top[0], passage: '' }]);
  for (const [kind, list] of pools) pools.set(kind, [...list].sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0)));

  // Acronyms spelled out in the corpus ("United Nations (UN)") let "UN Security Council" tie the council to the UN.
  const acronyms = new Map<string, string>();
  for (const p of input.passages) {
    for (const m of p.text.matchAll(/((?:[A-Z][a-z]+ )+[A-Z][a-z]+) \(([A-Z]{2,6})\)/g)) acronyms.set(m[2] as string, m[1] as string);
  }
  const names = [...(pools.get('organisation') ?? []), ...(pools.get('term') ?? [])].map((v) => v.text);
  const parentOf = (name: string) =>
    [...acronyms.entries()].filter(([acr]) => names.includes(`${acr} ${name}`)).map(([, full]) => full);
  const related = (a: string, b: string) => parentOf(a).includes(b) || parentOf(b).includes(a);
  const disputed = input.disputed ?? [];
  const ctx: Ctx = {
    related,
    disputed: (passage, sentence) => disputed.some((d) => d.passage === passage && (!d.quote || inText(sentence, d.quote) || inText(d.quote, sentence))),
    passage: (id) => byId.get(id) ?? null,
    pools,
    people,
    mentionsByPassage,
    attributions,
  };
  const modules: ModuleBank[] = input.modules.map((m) => ({
    slug: m.slug,
    title: m.title,
    objectives: m.objectives,
    questions: buildModule(m, ctx),
  }));
  return { modules };
}
