import { extractAttributions, extractMentions, type Attribution, type Mention } from '../extract';
import type { GeneratorInput, GeneratorPassage } from './input';
import { extractReasons, type Reason, type ReasonFrame } from './reasons';
import { fold, inText, phraseIndex, splitList } from './text';

export type Value = { text: string; passage: string };
export type Pools = Map<string, Value[]>;

/** Everything the builders look up across the corpus: passages, value pools by kind, people, mentions, quotes. */
export type Ctx = {
  passage: (id: string) => GeneratorPassage | null;
  disputed: (passage: string, sentence: string) => boolean;
  /** Whether a sentence holds words the course rejects (anywhere in the corpus). */
  rejected: (sentence: string) => boolean;
  /** Whether one name is part of the other ("Security Council" of the "United Nations", via "UN Security Council"). */
  related: (a: string, b: string) => boolean;
  pools: Pools;
  people: Map<string, { role: string | null; passage: string }>;
  mentionsByPassage: Map<string, Mention[]>;
  attributions: Attribution[];
  /** Who, among the people quoted in the corpus, used a word in their quoted words (folded word). */
  speakersOfWord: (word: string) => ReadonlySet<string> | undefined;
  reasonsByPassage: Map<string, Reason[]>;
  /** How the corpus gives a reason ("accused … of" or another "why"), by its text; undefined for a reason it does not mine. */
  reasonFrame: (reason: string) => ReasonFrame | undefined;
  /** Every passage of the source a passage belongs to, in order. */
  sourcePassages: (passageId: string) => GeneratorPassage[];
  /** Every source's title, in corpus order. */
  sourceTitles: string[];
  /** When a source (by title) was published, YYYY-MM-DD, when the input says. */
  sourceDate: (title: string) => string | undefined;
  /** A source's slug, by title. */
  sourceSlug: (title: string) => string | undefined;
  /** A source's kind (news, course-note), by title, when the input says. */
  sourceKind: (title: string) => string | undefined;
  /** Every glossary term's name. */
  glossary: string[];
  /** A place's sort (capital, town, village), by name; undefined when the input gives none. */
  placeKind: (name: string) => string | undefined;
  /** A glossary term's kind, by its folded name; undefined when the input gives none. */
  termKind: (name: string) => string | undefined;
  /**
   * Other words the sources use for the same thing as `words` (the claims of a disagreement one of whose claims
   * holds them: "Russian Wagner mercenaries" beside "foreign security personnel"). Empty when no claim holds them.
   */
  rivalWords: (words: string) => string[];
  /** Whether a value (a name, a year, a reason) stands in a passage the module cites: part of the module's story. */
  inStory: (module: string, value: string) => boolean;
};

/** Indexes the corpus once: NLP mentions, value pools per kind (sorted), people, attributed quotes. */
export function buildCorpus(input: GeneratorInput): Ctx {
  const termKinds = new Map(Object.entries(input.glossaryKinds ?? {}).map(([name, kind]) => [fold(name), kind]));
  const byId = new Map(input.passages.map((p) => [p.id, p]));
  const bySource = new Map<string, GeneratorPassage[]>();
  for (const p of input.passages) {
    const slug = p.id.split('#')[0] ?? '';
    const list = bySource.get(slug) ?? [];
    list.push(p);
    bySource.set(slug, list);
  }
  const mentions = extractMentions(input.passages, { countries: input.countries, places: input.places });
  const pools: Pools = new Map();
  // One set of texts per kind keeps adding linear: the first passage of a value is kept.
  const seenValues = new Map<string, Set<string>>();
  const addValue = (kind: string, text: string, passage: string) => {
    const seen = seenValues.get(kind) ?? new Set<string>();
    if (seen.has(text)) return;
    seen.add(text);
    seenValues.set(kind, seen);
    const list = pools.get(kind) ?? [];
    list.push({ text, passage });
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
    const list = mentionsByPassage.get(m.passage) ?? [];
    list.push(m);
    mentionsByPassage.set(m.passage, list);
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
    for (const m of p.text.matchAll(/((?:[A-Z][a-z]+ )+[A-Z][a-z]+) \(([A-Z]{2,6})\)/g)) acronyms.set(m[2] as string, (m[1] as string).replace(/^The /, ''));
  }
  // "Security Council" -> ["United Nations"] when the corpus names the "UN Security Council".
  const parents = new Map<string, Set<string>>();
  const names = new Set([...(pools.get('organisation') ?? []), ...(pools.get('term') ?? [])].map((v) => v.text));
  for (const name of names) {
    const [acr, ...rest] = name.split(' ');
    const full = acronyms.get(acr as string);
    if (!full || rest.length === 0) continue;
    const child = rest.join(' ');
    parents.set(child, (parents.get(child) ?? new Set()).add(full));
  }
  // "ECOWAS" and "Economic Community of West African States" are one body; the "(UN) Security Council" belongs to the UN.
  const spelledOut = (a: string, b: string) => acronyms.get(a) === b || acronyms.get(a.split(' ')[0] as string) === b;
  const related = (a: string, b: string) => spelledOut(a, b) || spelledOut(b, a) || Boolean(parents.get(a)?.has(b) || parents.get(b)?.has(a));
  const disputed = input.disputed ?? [];
  const phrases = (input.rejected ?? []).map((r) => r.phrase);
  const rejected = (sentence: string) => phrases.some((p) => inText(sentence, p));
  const reasonsByPassage = new Map<string, Reason[]>();
  const frames = new Map<string, ReasonFrame>();
  // A reason from words the course rejects is no distractor either.
  for (const r of extractReasons(input.passages).filter((x) => !rejected(x.sentence))) {
    addValue('reason', r.text, r.passage);
    if (!frames.has(r.text) || r.frame === 'accused') frames.set(r.text, r.frame);
    const list = reasonsByPassage.get(r.passage) ?? [];
    list.push(r);
    reasonsByPassage.set(r.passage, list);
  }
  const sourceDates = new Map(input.passages.flatMap((p) => (p.sourceDate ? [[p.sourceTitle, p.sourceDate] as const] : [])));
  const sourceSlugs = new Map(input.passages.map((p) => [p.sourceTitle, p.id.split('#')[0] ?? ''] as const));
  const sourceKinds = new Map(input.passages.flatMap((p) => (p.sourceKind ? [[p.sourceTitle, p.sourceKind] as const] : [])));
  // Each module's words indexed on first use: a lookup per value, not a scan of the module's text (which grows
  // with the module: quadratic over a large corpus).
  const stories = new Map<string, (phrase: string) => boolean>();
  const inStory = (module: string, value: string) => {
    let has = stories.get(module);
    if (!has) {
      has = phraseIndex((input.modules.find((m) => m.slug === module)?.passages ?? []).map((p) => byId.get(p.id)?.text ?? ''));
      stories.set(module, has);
    }
    return has(value);
  };
  const disputes = input.modules.flatMap((m) => m.disputes ?? []);
  const rivalWords = (words: string) => {
    const out = new Set<string>();
    for (const d of disputes) {
      if (!d.claims.some((c) => inText(c.quote, words))) continue;
      for (const c of d.claims) if (!inText(c.quote, words) && c.quote.split(/\s+/).length <= 6) out.add(c.quote.replace(/[.,;:]$/, ''));
    }
    return [...out];
  };
  const speakersByWord = new Map<string, Set<string>>();
  for (const a of attributions) {
    for (const w of new Set(fold(a.words).split(' '))) {
      const set = speakersByWord.get(w) ?? new Set<string>();
      set.add(a.speaker);
      speakersByWord.set(w, set);
    }
  }
  return {
    related,
    rivalWords,
    speakersOfWord: (word) => speakersByWord.get(word),
    reasonFrame: (reason) => frames.get(reason),
    rejected,
    inStory,
    disputed: (passage, sentence) => rejected(sentence) || disputed.some((d) => d.passage === passage && (!d.quote || inText(sentence, d.quote) || inText(d.quote, sentence))),
    passage: (id) => byId.get(id) ?? null,
    pools,
    people,
    mentionsByPassage,
    attributions,
    reasonsByPassage,
    glossary: input.glossary ?? [],
    termKind: (name) => termKinds.get(fold(name)),
    placeKind: (name) => input.placeKinds?.[name],
    sourceTitles: [...new Set(input.passages.map((p) => p.sourceTitle))],
    sourceDate: (title) => sourceDates.get(title),
    sourceKind: (title) => sourceKinds.get(title),
    sourceSlug: (title) => sourceSlugs.get(title),
    sourcePassages: (id) => bySource.get(id.split('#')[0] ?? '') ?? [],
  };
}
