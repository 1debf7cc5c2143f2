import { AFRICAN_COUNTRIES } from '../extract';
import { formatNumber, numberStyle, parseNumber, typedVariants } from '../normalize';
import { hashOrder, prefixedHash16 } from '../random';
import type { Ctx, Value } from './corpus';
import { formatDate, isoOf, parseDate, type DateParts } from './dates';
import type { FactKind } from './input';
import { SWAP_KINDS } from './kinds';
import { pronounLed, reasonForm } from './reasons';
import { FEELING, FEELINGS, fold, foldText, inText, joinList, sharesLongWord, splitList } from './text';

function poolFor(ctx: Ctx, kind: FactKind): Value[] {
  const own = ctx.pools.get(kind) ?? [];
  // Kinds the explainers rarely mark borrow from a neighbouring kind of the same form.
  // A country is no distractor for a town ("Chad, Mali, Gao, China" for where a UN team stayed).
  const borrow: Partial<Record<FactKind, FactKind[]>> = { term: ['organisation'] };
  return [...own, ...(borrow[kind] ?? []).flatMap((k) => ctx.pools.get(k) ?? [])];
}

type OrgGroup = 'armed' | 'media' | 'public';

/** What sort of body an organisation is, by its name: an armed group, a news agency or watchdog, or a public body. */
export function orgGroup(name: string): OrgGroup {
  if (/\b(?:Wagner|Islamic State|al[- ]Qaeda|Operation|militia|Front|Movement)\b/i.test(name)) return 'armed';
  if (/\b(?:Reuters|AFP|Associated Press|News|Agency|Watch|Amnesty)\b/.test(name)) return 'media';
  return 'public';
}

/**
 * A finer sort, for the options offered beside an organisation: a body of several states (the UN, ECOWAS, the
 * alliance), a US government body, or another state's own body (a court, a ruling committee). "Constitutional Court"
 * or "US Treasury" beside "UN Security Council" can be ruled out by their sort alone.
 */
export function orgFamily(name: string): string {
  const group = orgGroup(name);
  if (group !== 'public') return group;
  if (/^(?:US|U\.S\.|United States)\b|\b(?:Office of Foreign Assets Control|OFAC)\b/.test(name)) return 'us';
  if (/\b(?:United Nations|UN|Security Council|African Union|ECOWAS|Economic Community|Alliance|European Union|MINUSMA|NATO)\b/.test(name)) return 'international';
  return 'national';
}

/**
 * Up to `count` distractors of the answer's kind and form, drawn from the corpus, none contained in
 * any of `avoid` (the cited quotes and the stem), none equal to or overlapping the answer.
 * Deterministic for a `salt`.
 */
export function chooseDistractors(ctx: Ctx, kind: FactKind, answer: string, avoid: string[], salt: string, count = 3): string[] {
  const accusing = kind === 'reason' && avoid.some((a) => /\baccus/i.test(a));
  const accusation = (reason: string) => ctx.reasonFrame(reason) === 'accused';
  // Same as avoid.some((a) => inText(a, value)), with each avoided text folded once.
  const avoidText = avoid.map(foldText);
  const avoided = (value: string) => {
    const needle = foldText(value);
    return needle.length > 0 && avoidText.some((a) => a.includes(needle));
  };
  const clean = (candidates: string[], limit = Infinity) => {
    const folded = fold(answer);
    const seen = new Set([folded]);
    const answerItems = splitList(answer, kind).map(fold);
    const out: string[] = [];
    for (const c of candidates) {
      if (out.length >= limit) break;
      const f = fold(c);
      if (!f || seen.has(f)) continue;
      if (f.includes(folded) || folded.includes(f)) continue;
      if (splitList(c, kind).some((item) => answerItems.includes(fold(item)))) continue;
      if (avoided(c)) continue;
      // "Goïta" in the stem rules out "Assimi Goïta" as an option.
      if (kind === 'person' && c.includes(' ') && avoided(c.split(' ').slice(-1)[0] as string)) continue;
      if (ctx.related(answer, c)) continue;
      if (kind === 'reason' && (pronounLed(c) !== pronounLed(answer) || reasonForm(c) !== reasonForm(answer))) continue;
      // "accused Wagner of ___" takes accusations only, and an accusation fits no other "why".
      if (kind === 'reason' && accusation(c) !== accusing) continue;
      // A reason that names what the stem asks about ("sanctions" as why sanctions were imposed) reads as nonsense.
      if (kind === 'reason' && avoid.some((a) => sharesLongWord(a, c))) continue;
      // "Wagner Group" beside "Russia-backed Wagner Group": one name inside another is no second option.
      if (kind === 'organisation' && out.some((o) => fold(o).includes(f) || f.includes(fold(o)))) continue;
      // "United Nations" beside "Security Council": if one were right, both would be.
      if (kind === 'organisation' && out.some((o) => ctx.related(o, c))) continue;
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
  if (FEELING.test(answer)) {
    // "disappointed / mercenaries / terrorists" for how governments feel: a feeling only among feelings.
    const pool = [...new Set([...poolFor(ctx, kind).map((v) => v.text), ...FEELINGS])].filter((t) => FEELING.test(t));
    return hashOrder(clean(pool), (t) => t, salt).slice(0, count);
  }
  const len = answer.length;
  const shape = (t: string) => ({ caps: /^[A-Z]{2,}$/.test(t), words: t.split(/\s+/).length });
  const want = shape(answer);
  // Same form as the answer (an acronym for an acronym, a two-word name for a two-word name), then similar length.
  const distance = (t: string) => {
    const got = shape(t);
    return (got.caps === want.caps ? 0 : 2) + Math.abs(got.words - want.words) * 0.3 + Math.abs(Math.log(t.length / len));
  };
  const jitter = prefixedHash16(`${salt}|`);
  const ranked = (values: Value[]) =>
    [...new Set(values.map((v) => v.text))]
      .filter((t) => splitList(t, kind).length === 1)
      .sort()
      .map((t) => ({ t, d: distance(t) + jitter(t) / 0xffff / 4 }))
      .sort((a, b) => a.d - b.d)
      .map((x) => x.t);
  // Cleaned in rank order, only as far as needed: the checks cost more than the ranking, and pools grow with the corpus.
  const ownRanked = ranked(ctx.pools.get(kind) ?? []);
  const texts = clean(ownRanked, count).length >= count ? ownRanked : ranked(poolFor(ctx, kind));
  if (kind === 'organisation') {
    // An armed group among councils, a news agency among armed groups, a court among UN bodies: each gives itself
    // away, so the options are of the answer's own sort or the question is not asked with options.
    const family = orgFamily(answer);
    const same = clean(texts.filter((t) => orgFamily(t) === family), count);
    return same.length >= count ? same : [];
  }
  return clean(texts, count);
}

export function answerVariants(kind: FactKind, answer: string, ctx: Ctx): string[] {
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
    // "Ivan Maslov" for "Ivan Aleksandrovich Maslov", as a news report writes him.
    const names = answer.split(' ');
    if (names.length >= 3) out.push(`${names[0]} ${surname}`);
  }
  out.push(...typedVariants(answer));
  return [...new Set(out.filter((v) => v && fold(v) !== fold(answer)))];
}


const YEAR_IN_TEXT = /\b(?:19|20)\d{2}\b/g;

/**
 * The value swapped into a false statement: of the answer's kind, and a confusion a student could
 * make. A person, country or place comes from the module's own sources (another Sahel state, not
 * Egypt); a date or year is not swapped in a statement that holds a second one, where the swap
 * could make the statement contradict itself ("from 10 July 2022 until 3 July 2022").
 */
export function plausibleSwap(ctx: Ctx, b: { kind: FactKind; answer: string; statement: string; module: string; passage?: string }, avoid: string[], salt: string): string | undefined {
  if (!SWAP_KINDS.has(b.kind)) return undefined;
  if ((b.kind === 'date' || b.kind === 'year') && new Set(b.statement.match(YEAR_IN_TEXT) ?? []).size > 1) return undefined;
  if (b.kind === 'date' || b.kind === 'year') {
    // Not a year after the source was written: "soldiers took power twice in 2024" a 2023 source cannot make false.
    const written = Number(ctx.passage(b.passage ?? '')?.sourceDate?.slice(0, 4) ?? NaN);
    return chooseDistractors(ctx, b.kind, b.answer, avoid, salt, 3).find((c) => !(Number(/\b(?:19|20)\d{2}\b/.exec(c)?.[0]) > written));
  }
  if (b.kind !== 'person' && b.kind !== 'country' && b.kind !== 'place') return chooseDistractors(ctx, b.kind, b.answer, avoid, salt, 1)[0];
  // A village swapped for a country ("Canada is a village in central Mali") is no confusion anyone makes.
  const own = b.kind === 'place' ? { ...ctx, pools: new Map([...ctx.pools, ['country', []]]) } : ctx;
  // "Bamako is a village": a capital is no swap for a village.
  const sort = b.kind === 'place' ? ctx.placeKind(b.answer) : undefined;
  const near = chooseDistractors(own, b.kind, b.answer, avoid, salt, 10).filter((c) => ctx.inStory(b.module, c) && (!sort || ctx.placeKind(c) === sort));
  return b.kind === 'country' ? near.find((c) => AFRICAN_COUNTRIES.has(c) === AFRICAN_COUNTRIES.has(b.answer)) : near[0];
}

const ROLE_WORD = /\b(ambassador|prime minister|minister|spokes(?:man|woman|person)|president|envoy|secretary-general|colonel|general|officer)\b/i;

/**
 * Distractors for a person, country or place that a student could confuse with the answer: first those the
 * module's own sources name (Mali and Burkina Faso for Niger, not Egypt), and for a person those of the same
 * office (another UN ambassador for France's UN ambassador, not Mali's defence minister). Other kinds as
 * chooseDistractors gives them.
 */
export function storyDistractors(ctx: Ctx, b: { kind: FactKind; answer: string; module: string }, avoid: string[], salt: string, count = 3): string[] {
  // Quoted words or a term among other quoted words read as noise ("without delay" as what an alliance
  // strengthens): only the other words sources use for the same thing (the claims of a disagreement), none
  // nearly the answer's own words ("transitional government" for "transition government" is no other answer).
  if ((b.kind === 'quote' && !FEELING.test(b.answer)) || b.kind === 'term') {
    const rivals = ctx.rivalWords(b.answer).filter((w) => !nearWords(w, b.answer) && !avoid.some((a) => inText(a, w)));
    return rivals.length >= count ? hashOrder(rivals, (t) => t, salt).slice(0, count) : [];
  }
  if (b.kind === 'reason') {
    // Reasons the module's own sources give first: "Russia's war in Ukraine" is no reason anyone gave for a Sahel pact.
    const near = chooseDistractors(ctx, b.kind, b.answer, avoid, salt, 8);
    return [...near.filter((r) => ctx.inStory(b.module, r)), ...near.filter((r) => !ctx.inStory(b.module, r))].slice(0, count);
  }
  if (b.kind === 'year') {
    // Years the module's own sources name first: 2019 is no confusion in a story of 2020-2025.
    const near = chooseDistractors(ctx, b.kind, b.answer, avoid, salt, 6);
    return [...near.filter((y) => ctx.inStory(b.module, y)), ...near.filter((y) => !ctx.inStory(b.module, y))].slice(0, count);
  }
  if (b.kind !== 'person' && b.kind !== 'country' && b.kind !== 'place') return chooseDistractors(ctx, b.kind, b.answer, avoid, salt, count);
  const office = (name: string) => ROLE_WORD.exec(ctx.people.get(name)?.role ?? '')?.[1]?.toLowerCase();
  const want = b.kind === 'person' ? office(b.answer) : undefined;
  // A country of the answer's continent first (Chad or Senegal for Burkina Faso, not Canada).
  const african = (c: string) => AFRICAN_COUNTRIES.has(c);
  const continent = (c: string) => (b.kind === 'country' && african(c) !== african(b.answer) ? 3 : 0);
  // A village among villages and towns, not among capitals.
  const sort = b.kind === 'place' ? ctx.placeKind(b.answer) : undefined;
  const placeSort = (c: string) => (sort && ctx.placeKind(c) !== sort ? (ctx.placeKind(c) === 'capital' || sort === 'capital' ? 3 : 1) : 0);
  const score = (c: string) => continent(c) + placeSort(c) + (want && office(c) !== want ? 2 : 0) + (ctx.inStory(b.module, c) ? 0 : 1);
  const all = chooseDistractors(ctx, b.kind, b.answer, avoid, salt, 10);
  // A stable sort keeps the seeded order within each rank.
  return all.map((c, i) => ({ c, i, s: score(c) })).sort((x, y) => x.s - y.s || x.i - y.i).slice(0, count).map((x) => x.c);
}

/** Half or more of the shorter phrase's long words (endings aside) are in the other: "foreign security personnel" and "foreign military personnel". */
export function nearWords(a: string, b: string): boolean {
  const words = (t: string) => [...new Set(fold(t).split(' ').filter((w) => w.length >= 4 && w !== 'mali').map((w) => w.replace(/(?:al|s|es)$/, '')))];
  const [x, y] = [words(a), words(b)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length > 0 && short.filter((w) => long.includes(w)).length * 2 >= short.length;
}
