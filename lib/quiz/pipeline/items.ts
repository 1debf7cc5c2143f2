import { skillOfKind } from '../stats';
import type { ModuleBank, Question } from '../types';
import type { GeneratorModule } from './input';
import { balanceModule } from './balance';
import { factKeysOf } from '../assemble';
import { keysOfFact } from './candidates';
import { DEMONYMS } from './builders/matching';
import { formatDate, parseDate } from './dates';
import { valueKey } from './cite';
import { termForm } from './builders/concept';
import { listGiveawayProblems, listKeyProblems, listKindProblems, listSpanProblems } from './fairness';
import { objectiveFor } from './objectives';
import { fold, inText, phrasesIn } from './text';

/**
 * The module that teaches an item: the first module (in course order) with a `<Fact>` on that passage
 * and answer, else the first module whose questions reach it. Other modules drop their forms of it.
 */
function listOwners(modules: GeneratorModule[], built: Question[][]): Map<string, string> {
  const owner = new Map<string, string>();
  // A term belongs to the module whose objectives name it ("Explain what a private military contractor is").
  for (const m of modules) for (const t of m.terms ?? []) if (!owner.has(`term|${fold(t.name)}`) && m.objectives.some((o) => inText(o, t.name) || termForm(t.name).test(o))) owner.set(`term|${fold(t.name)}`, m.slug);
  for (const m of modules) for (const f of m.facts) if (!owner.has(`${f.to}|${fold(f.answer)}`)) owner.set(`${f.to}|${fold(f.answer)}`, m.slug);
  built.forEach((questions, i) => {
    for (const q of questions) if (q.item && !owner.has(q.item)) owner.set(q.item, (modules[i] as GeneratorModule).slug);
  });
  return owner;
}

/**
 * The last stage: one module per item, every question tagged with an objective (the best word
 * match, else the module's least-asked objective) and a skill level, the balance trimmed
 * (balanceModule), then the forms of each item linked as alternates.
 * Deterministic: depends only on the order of modules and of their questions.
 */
export function finishModules(modules: GeneratorModule[], built: Question[][]): ModuleBank[] {
  const owner = listOwners(modules, built);
  const done = modules.map((m, i) => {
    // A question the fairness checks would refuse (a giveaway blank, options of another kind, a key another reading
    // makes wrong) is never offered: the build's check (lib/quiz/check.ts) stays as the net under this.
    // A module whose objectives ask for no order of events (reading the news, Wagner) asks no ordering either, nor
    // dates matched to events: a chronology does not serve "attribute each description" (teacher rating).
    const ordersEvents = m.objectives.some((o) => /\bin order\b|\bchronolog/i.test(o));
    const chronology = (q: Question) => q.type === 'ordering' || (q.type === 'matching' && q.answerKind === 'date');
    // An author's objective="…" on a fact or term: its questions count there, or ("none") are not asked at all.
    const set = new Map<string, number | 'none'>();
    for (const f of m.facts) if (f.objectiveSet != null) for (const k of keysOfFact(f)) set.set(k, f.objectiveSet === 'none' ? 'none' : f.objectiveSet - 1);
    for (const t of m.terms ?? []) if (t.objectiveSet && t.objective !== undefined) set.set(valueKey('term', t.name), t.objective);
    const asked = (q: Question) => !factKeysOf(q).some((k) => set.get(k) === 'none');
    const setObjective = (q: Question) => factKeysOf(q).map((k) => set.get(k)).find((o): o is number => typeof o === 'number');
    const fair = (built[i] as Question[]).filter((q) => (!q.item || owner.get(q.item) === m.slug) && asked(q) && isFair(q) && (ordersEvents || !chronology(q)));
    // A year option outside the module's span (2019 for a 2020-2025 story) is no plausible distractor: the question goes.
    const outOfSpan = new Set(listSpanProblems(fair).map((p) => p.question));
    const questions = fair.filter((q) => !outOfSpan.has(q.id));
    const use = m.objectives.map(() => 0);
    for (const q of questions) if (q.objective !== undefined) use[q.objective] = (use[q.objective] ?? 0) + 1;
    const tagged = questions.map((q) => {
      let objective = setObjective(q) ?? objectiveByForm(m.objectives, q) ?? q.objective ?? objectiveFor(m.objectives, '', `${q.stem} ${q.citations.map((c) => c.quote).join(' ')}`);
      if (objective === undefined) {
        objective = use.indexOf(Math.min(...use));
        use[objective] = (use[objective] ?? 0) + 1;
      }
      return { ...q, objective, skill: q.skill ?? skillOfKind(q.answerKind ?? 'phrase') };
    });
    // An answer a quarter of the module's questions show is the module's subject ("Moura" in the Wagner module, "the
    // Alliance of Sahel States" in its own): a question asking it is answered by the others.
    const subject = subjectAnswers(tagged);
    const balanced = balanceModule(tagged.filter((q) => typeof q.answer !== 'string' || !subject.has(fold(q.answer))));
    const groups = sentenceGroups(balanced);
    // One fact to a student is one fact to assembly, the pools and the results: the group's first key.
    const rekey = new Map<string, string>();
    const keyOf = new Map(balanced.map((q) => [q.id, q.factKey]));
    balanced.forEach((q, j) => {
      const keys = (groups[j] ?? []).map((id) => keyOf.get(id) ?? q.factKey).sort();
      if (keys[0] && keys[0] !== q.factKey) rekey.set(q.factKey, keys[0]);
    });
    const key = (k: string) => rekey.get(k) ?? k;
    const finished = balanced.map((q, j) => {
      const alternates = (groups[j] ?? []).filter((id) => id !== q.id);
      const keyed = { ...q, factKey: key(q.factKey), ...(q.factKeys ? { factKeys: [...new Set(q.factKeys.map(key))] } : {}) };
      return alternates.length ? { ...keyed, alternates } : keyed;
    });
    return { slug: m.slug, title: m.title, objectives: m.objectives, questions: finished };
  });
  // One assignment may join several modules: what a question shows is looked for in every module's answers.
  const reveals = listReveals(done.flatMap((m) => m.questions));
  return done.map((m) => ({ ...m, questions: m.questions.map((q) => (reveals.get(q.id)?.length ? { ...q, reveals: reveals.get(q.id) } : q)) }));
}

/** The answer a fact key holds ("when:2022" → "2022"); null for keys named otherwise (topics, sources, sayings). */
function valueOfKey(key: string): string | null {
  return /^(?!topic:|source:|said:)[a-z]+:(.+)$/.exec(key)?.[1] ?? null;
}

/** Up to this many words: an answer longer than a title is not looked for in other questions' text. */
const MAX_ANSWER_WORDS = 12;

/** Answers (folded) that more than a quarter of the questions show in their text. */
export function subjectAnswers(questions: Question[]): Set<string> {
  const { timesShown } = scanShown(questions);
  return new Set([...timesShown].filter(([, n]) => n * 4 > questions.length).map(([a]) => a));
}

/**
 * The folded forms in which a text may show an answer: the answer itself, a date in either order ("30 June 2023"
 * shows "June 30"), a country by its demonym ("Russian" shows Russia).
 */
function shownForms(answer: string): string[] {
  const folded = fold(answer);
  const out = [folded];
  const date = parseDate(folded.replace(/\b[a-z]/g, (c) => c.toUpperCase()));
  if (date?.d && date.m) for (const style of date.y ? (['mdy', 'dmy'] as const) : (['md', 'dm'] as const)) out.push(fold(formatDate(date, style) ?? ''));
  for (const [demonym, country] of Object.entries(DEMONYMS)) if (country === folded && demonym.length > 2) out.push(demonym);
  return [...new Set(out.filter(Boolean))];
}

/** Folded phrases as word lists, by their first word, for `phrasesIn`. */
function indexByFirstWord(phrases: string[]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const p of phrases) {
    const words = p.split(' ');
    const list = out.get(words[0] as string) ?? [];
    list.push(words);
    out.set(words[0] as string, list);
  }
  return out;
}

/** The module's answers each question shows in its text, and how many questions show each answer. */
function scanShown(questions: Question[]) {
  const keysOfAnswer = new Map<string, Set<string>>();
  const add = (answer: string, key: string) => {
    for (const a of shownForms(answer)) {
      // Two letters say nothing ("US"); two digits do ("49 soldiers").
      if (a.length < (/^\d+$/.test(a) ? 2 : 3) || a.split(' ').length > MAX_ANSWER_WORDS) continue;
      keysOfAnswer.set(a, (keysOfAnswer.get(a) ?? new Set<string>()).add(key));
    }
  };
  for (const q of questions) {
    // Every fact a question asks, by the value its key holds: a true/false's date, a matching's people.
    for (const key of factKeysOf(q)) {
      const value = valueOfKey(key);
      if (value) add(value, key);
      // "President Keïta" shows Ibrahim Boubacar Keïta.
      const surname = key.startsWith('person:') ? value?.split(' ').slice(1).pop() : undefined;
      if (surname && surname.length >= 4) add(surname, key);
    }
    if (typeof q.answer !== 'string' || q.type === 'true-false') continue;
    for (const a of [q.answer, ...(q.accepted ?? [])]) add(a, q.factKey);
  }
  const byFirstWord = indexByFirstWord([...keysOfAnswer.keys()]);
  // A typed answer is given away even by a wrong option elsewhere ("Sergei Lavrov" among a who-said's names).
  const typedFirstWord = indexByFirstWord(
    questions.flatMap((q) => (q.type === 'fill-in' && typeof q.answer === 'string' ? [fold(q.answer)] : [])).filter((a) => a.length >= 3 && a.split(' ').length <= MAX_ANSWER_WORDS),
  );
  const shownBy = new Map<string, string[]>();
  const timesShown = new Map<string, number>();
  for (const q of questions) {
    // Source titles are shown whole too ("Fifteen European governments and Canada on Wagner in Mali").
    const showsAll = q.type === 'matching' || q.type === 'ordering' || q.type === 'multiple-select' || q.answerKind === 'source';
    const text = [q.stem, ...(showsAll ? [...(q.options ?? []), ...(q.prompts ?? [])] : []), ...(q.parts?.options ?? [])].join(' | ');
    const found = phrasesIn(text, byFirstWord);
    for (const a of found) timesShown.set(a, (timesShown.get(a) ?? 0) + 1);
    const typed = showsAll ? new Set<string>() : phrasesIn((q.options ?? []).join(' | '), typedFirstWord);
    shownBy.set(q.id, [...new Set([...found, ...typed])]);
  }
  return { keysOfAnswer, shownBy, timesShown };
}

/**
 * For each question, the facts of the other questions whose answer its text shows: the stem, the proof options of
 * a two-part item (sentences of the source, which state other dates and names), and the options of a matching,
 * ordering or "which are true?" (all of them true of something). A single-choice question's distractors show
 * nothing: they are wrong there. Linear in the text: each question's words are scanned once against the answers'
 * first words.
 */
export function listReveals(questions: Question[]): Map<string, string[]> {
  // An assignment may join several modules, so every question is scanned against the whole bank's answers. A
  // module's subject ("Moura" in the Wagner module) is not asked at all (subjectAnswers), so an answer many questions
  // show is recorded like any other: a question asking it is given away by each of them.
  const { keysOfAnswer, shownBy } = scanShown(questions);
  const out = new Map<string, string[]>();
  for (const q of questions) {
    const own = new Set(factKeysOf(q));
    const keys = (shownBy.get(q.id) ?? []).flatMap((a) => [...(keysOfAnswer.get(a) ?? [])]).filter((k) => !own.has(k));
    out.set(q.id, [...new Set(keys)].sort());
  }
  return out;
}

/**
 * The alternates of each question: the forms of its item, and every other single-citation question
 * on the same source sentence (one cited quote inside the other, same passage): a place, a date and a
 * true/false lifted from one sentence are one fact to a student, so a quiz holds only one of them. Only recall
 * questions group this way: a concept, cause or source question on that sentence asks something else.
 */
export function sentenceGroups(questions: Question[]): string[][] {
  const parent = questions.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i] as number)));
  const join = (a: number, b: number) => {
    parent[root(a)] = root(b);
  };
  const byItem = new Map<string, number>();
  const byPassage = new Map<string, { i: number; quote: string }[]>();
  questions.forEach((q, i) => {
    if (q.item) {
      const other = byItem.get(q.item);
      if (other === undefined) byItem.set(q.item, i);
      else join(i, other);
    }
    const only = q.citations.length === 1 ? q.citations[0] : undefined;
    // A term's meaning or a reason is a fact of its own, even where its proof is the sentence a date came from.
    if (!only || !q.item || (q.skill !== undefined && q.skill !== 'recall')) return;
    const quote = fold(only.quote);
    const same = byPassage.get(only.passage) ?? [];
    for (const s of same) if (sameSentence(quote, s.quote)) join(i, s.i);
    same.push({ i, quote });
    byPassage.set(only.passage, same);
  });
  const members = new Map<number, string[]>();
  questions.forEach((q, i) => members.set(root(i), [...(members.get(root(i)) ?? []), q.id]));
  return questions.map((_, i) => members.get(root(i)) ?? []);
}

/**
 * One quote inside the other and at least half as long: both quote one sentence. A short quote (a name) inside a
 * sentence does not count, or one name would chain every sentence that mentions it into one fact.
 */
function sameSentence(a: string, b: string): boolean {
  if (!a || !b) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.includes(short) && short.length * 2 >= long.length;
}

const isFair = (q: Question) => listGiveawayProblems(q).length + listKindProblems(q).length + listKeyProblems(q).length === 0;

/**
 * Objectives a question's form serves, whatever passage it came from (teachers found questions tagged with their
 * passage's objective rather than what they ask): an ordering checks "put … in order", a who-said or source
 * question "attribute … / who is speaking", a term's meaning "explain what … is", people matched to roles "name
 * the people … and their role", and so does a question whose answer is a person. The first objective whose words fit; undefined when none does.
 */
function objectiveByForm(objectives: string[], q: Question): number | undefined {
  const forms: [RegExp, boolean][] = [
    [/\bput\b.*\bin order\b/i, q.type === 'ordering' || (q.type === 'matching' && q.answerKind === 'date')],
    [/\battribute\b|\bwho is speaking\b/i, q.type === 'who-said'],
    // A term's meaning counts towards "explain what … is" when that objective names the term ("sovereignty" is not
    // what a private military contractor is; teacher rating).
    [/\bexplain what\b|\bwhat an? [\w -]+ (?:is|are)\b/i, q.answerKind === 'concept' && objectives.some((o) => /\bexplain what\b|\bwhat an? [\w -]+ (?:is|are)\b/i.test(o) && inText(o, String(q.answer)))],
    // "Which source says …?" asks where reports differ, not which document settles it (teacher review of the tags).
    // A disagreement over words ("what do reports call Mali's rulers?") stays with its section's word-choice objective.
    [/\bspot\b.*\bdifferent\b/i, q.answerKind === 'source' && /\bWhich source says\b/.test(q.stem) && /^Sources answer “(?:When|In which year|How many|How much|How big)\b/.test(q.stem)],
    // Who led, who was detained, who was sworn in: a question whose answer is a person names the people involved.
    [/\bname the (?:main )?people\b|\brole\b/i, q.answerKind === 'name' && q.type !== 'who-said'],
  ];
  for (const [pattern, applies] of forms) {
    if (!applies) continue;
    const at = objectives.findIndex((o) => pattern.test(o));
    if (at >= 0) return at;
  }
  return undefined;
}
