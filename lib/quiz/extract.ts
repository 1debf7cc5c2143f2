import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { findQuote, splitSentences } from '../content/text';

/** A value found in a passage without markup: what kind it is and the sentence it stands in. */
export type Mention = {
  kind: 'year' | 'date' | 'number' | 'person' | 'place' | 'organisation' | 'country' | 'identifier';
  /** Verbatim text of the value in the passage. */
  text: string;
  passage: string;
  /** The passage sentence holding it (verbatim). */
  sentence: string;
  /** People: the role written before the name ("Malian Foreign Minister"). */
  role?: string;
  /** Years and dates: ISO year, year-month or date. */
  iso?: string;
};

/** Words a passage attributes to someone: `"…," X said`, `X told … "…"`, `according to X`. */
export type Attribution = {
  passage: string;
  /** The quoted words, without the quotation marks. */
  words: string;
  speaker: string;
  /** Verbatim stretch of the passage from the quoted words to the speaker's name. */
  quote: string;
};

export type PassageText = { id: string; text: string };

let nlp: ReturnType<typeof winkNLP> | null = null;
function getNlp() {
  nlp ??= winkNLP(model);
  return nlp;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH = `(?:${MONTHS.join('|')})`;
const DATE_PATTERNS: { re: RegExp; iso: (m: RegExpExecArray) => string }[] = [
  { re: new RegExp(`\\b(${MONTH}) (\\d{1,2}), (\\d{4})\\b`, 'g'), iso: (m) => iso(m[3], m[1], m[2]) },
  { re: new RegExp(`\\b(\\d{1,2}) (${MONTH}),? (\\d{4})\\b`, 'g'), iso: (m) => iso(m[3], m[2], m[1]) },
  { re: new RegExp(`\\b(${MONTH}) (\\d{4})\\b`, 'g'), iso: (m) => iso(m[2], m[1]) },
];
function iso(year?: string, month?: string, day?: string): string {
  const m = month ? String(MONTHS.indexOf(month) + 1).padStart(2, '0') : null;
  return [year, m, day ? day.padStart(2, '0') : null].filter(Boolean).join('-');
}

/** Country names, with the short forms news reports use. */
export const DEFAULT_COUNTRIES = [
  'Algeria', 'Bangladesh', 'Benin', 'Britain', 'Burkina Faso', 'Cameroon', 'Chad', 'China', 'Côte d’Ivoire', 'Cote d’Ivoire', 'Egypt',
  'Ethiopia', 'France', 'Gambia', 'Germany', 'Ghana', 'Guinea', 'Guinea-Bissau', 'India', 'Italy', 'Liberia', 'Libya', 'Mali',
  'Mauritania', 'Morocco', 'Niger', 'Nigeria', 'Pakistan', 'Russia', 'Rwanda', 'Senegal', 'Sierra Leone', 'Sudan', 'Sweden', 'Togo',
  'Tunisia', 'Turkey', 'Ukraine', 'United Kingdom', 'United States', 'Canada', 'Germany', 'Netherlands', 'Spain', 'Japan', 'Brazil',
];

/** The African countries among them: a Sahel state is confused with another African state, not with Canada. */
export const AFRICAN_COUNTRIES = new Set([
  'Algeria', 'Benin', 'Burkina Faso', 'Cameroon', 'Chad', 'Côte d’Ivoire', 'Cote d’Ivoire', 'Egypt', 'Ethiopia', 'Gambia', 'Ghana', 'Guinea',
  'Guinea-Bissau', 'Liberia', 'Libya', 'Mali', 'Mauritania', 'Morocco', 'Niger', 'Nigeria', 'Rwanda', 'Senegal', 'Sierra Leone', 'Sudan', 'Togo', 'Tunisia',
]);

const ROLE_HEAD =
  '(?:Foreign Minister|Prime Minister|Defen[cs]e Minister|Minister(?: of [A-Z][a-z]+)?|Ambassador|[Ss]pokes(?:man|woman|person)|Secretary-General|[Ss]pecial [Ee]nvoy to [A-Z][a-z]+|[Ee]nvoy to [A-Z][a-z]+|President|Vice-President|[Cc]olonel|Col\\.|General|Gen\\.|High Commissioner for Human Rights|[Cc]ommissioner|[Cc]ommander|[Ll]eader|[Gg]overnor|[Mm]ayor|[Ss]enator|[Jj]udge|[Dd]irector|[Cc]hair(?:man|woman|person)?|[Cc]hief [Ee]ngineer|[Ee]ngineer|[Rr]eporter|[Cc]orrespondent|[Rr]esearcher|[Pp]rofessor|[Aa]nalyst)';
const NAME_WORD = "(?:[A-Z\\u00C0-\\u00DE][\\p{Ll}\\u00DF-\\u00FF’'-]+(?:-[A-Z][\\p{Ll}]+)?)";
const NAME = `(${NAME_WORD}(?: (?:de|van|al|bin|ag) ${NAME_WORD}| ${NAME_WORD}){1,3})`;
const ROLE_MODIFIER = "(?:(?:[A-Z][\\p{L}’'.-]*|US|UN|special|deputy|former|interim|transitional|the|of|State|Department)\\s)";
const PERSON_RE = new RegExp(`(${ROLE_MODIFIER}{0,4}${ROLE_HEAD}),? ${NAME}`, 'gu');

const ORG_HEAD = '(?:Council|Nations|Department|Group|Union|Court|Committee|Commission|Office|Treasury|Community|Agency|Assembly|Army|Forces)';
const ORG_RE = new RegExp(
  `\\b((?:[A-Z][\\p{L}-]*|UN|US)(?: (?:of|for)(?: the)?)?(?: (?:[A-Z][\\p{L}-]*|of|for|the|and)){0,6} ${ORG_HEAD}(?: (?:of|for) (?:the )?[A-Z][\\p{L}-]+(?: (?:of |and )?(?:the )?[A-Z][\\p{L}-]+){0,4})?)\\b`,
  'gu',
);
const PLACE_RE = /\b(?:in|near|at|village of|town of|city of|capital,) ([A-Z][a-z]{2,})(?: and ([A-Z][a-z]{2,}))?\b(?! [A-Z])/g;

const NOT_NAMES = new Set([...MONTHS, 'West', 'East', 'North', 'South', 'Central', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'The', 'In', 'On', 'A', 'An']);

function sentencesOf(text: string): string[] {
  return splitSentences(text).map((r) => text.slice(r.start, r.end).trim());
}

/**
 * Finds dates, years, numbers, people (with the role written before the name), countries, places
 * and organisations in plain passages, using wink-nlp's entity recogniser for dates and counts and
 * its part-of-speech tags for proper nouns, refined by patterns for the exact verbatim span.
 * Deterministic; no I/O.
 */
export function extractMentions(passages: PassageText[], gazetteer: { countries?: string[]; places?: string[] } = {}): Mention[] {
  const its = getNlp().its;
  const countries = gazetteer.countries ?? DEFAULT_COUNTRIES;
  const places = gazetteer.places ?? [];
  const out: Mention[] = [];
  const seen = new Set<string>();
  // People found so far (any passage), and people and organisations named in the current passage.
  const people: string[] = [];
  let namedHere: string[] = [];
  const add = (m: Mention) => {
    const key = `${m.passage}|${m.kind}|${m.text}|${m.sentence}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(m);
      if (m.kind === 'person') people.push(m.text);
      if (m.kind === 'person' || m.kind === 'organisation') namedHere.push(m.text);
    }
  };
  const countryRes = countries.map((c) => ({
    name: c,
    first: c.split(' ')[0] as string,
    // Not when the name is part of a longer proper noun ("the Benin Water Council").
    re: new RegExp(`(?<![\\p{L}]|[\\p{Lu}][\\p{L}]* )${c}(?![\\p{L}’']| [\\p{Lu}])`, 'u'),
  }));
  const placeRes = places.map((place) => ({ name: place, re: new RegExp(`(?<![\\p{L}])${place}(?![\\p{L}])`, 'u') }));
  const speakerRe = new RegExp(`${NAME} (?:said|told|added|stated|warned)\\b`, 'gu');
  const roleRe = new RegExp(`\\b${ROLE_HEAD}\\b`);
  for (const p of passages) {
    // One wink document per passage (reading is the costly part); its findings are then placed per sentence.
    namedHere = [];
    const doc = getNlp().readDoc(p.text);
    const allEntities = doc.entities().out(its.detail) as unknown as { value: string; type: string }[];
    const propn = new Set(doc.tokens().filter((t) => t.out(its.pos) === 'PROPN').out() as string[]);
    for (const sentence of sentencesOf(p.text)) {
      const entities = allEntities.filter((e) => sentence.includes(e.value));
      const dateSpans: [number, number][] = [];
      for (const { re, iso: toIso } of DATE_PATTERNS) {
        re.lastIndex = 0;
        for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
          if (dateSpans.some(([s, e]) => m!.index >= s && m!.index < e)) continue;
          if (/\d+ (?:and|to) $/.test(sentence.slice(Math.max(0, m.index - 10), m.index))) {
            dateSpans.push([m.index, m.index + m[0].length]);
            continue;
          }
          dateSpans.push([m.index, m.index + m[0].length]);
          add({ kind: 'date', text: m[0], passage: p.id, sentence, iso: toIso(m) });
        }
      }
      // Years wink tags as DATE; a year inside a full date counts only as the date.
      for (const e of entities.filter((x) => x.type === 'DATE' || x.type === 'DURATION')) {
        for (const y of e.value.matchAll(/\b(1[89]\d{2}|20\d{2})\b/g)) {
          const at = sentence.indexOf(e.value);
          const pos = at + (y.index ?? 0);
          if (at >= 0 && !dateSpans.some(([s, end]) => pos >= s && pos < end)) {
            add({ kind: 'year', text: y[0], passage: p.id, sentence, iso: y[0] });
          }
        }
      }
      for (const m of sentence.matchAll(/(?<![\d,.\-–])(\d{1,3}(?:[, \u00A0]\d{3})+|\d+)(?:\s(million|thousand))?(?![\d\-–%]|,\d)/g)) {
        const value = m[1] as string;
        const pos = m.index ?? 0;
        if (dateSpans.some(([s, e]) => pos >= s && pos < e)) continue;
        if (/^(1[89]\d{2}|20\d{2})$/.test(value)) continue;
        if (/(?:resolutions?|Resolutions?|No\.|number|SC\/|\d and)\s*$/.test(sentence.slice(Math.max(0, pos - 14), pos))) {
          // Document numbers ("resolution 2100") are names, not quantities: distractors for each other only.
          if (/^\d{3,}$/.test(value)) add({ kind: 'identifier', text: value, passage: p.id, sentence });
          continue;
        }
        if (Number(value.replace(/\D/g, '')) < 2) continue;
        // Days of the month and ranges ("on 29 June", "June 30", "between 27 and 31 March") are parts of dates.
        const around = sentence.slice(Math.max(0, pos - 12), pos + m[0].length + 12);
        if (new RegExp(`${MONTH} ${value}\\b|\\b${value} ${MONTH}|\\b${value} (?:and|to) \\d`).test(around)) continue;
        add({ kind: 'number', text: m[0], passage: p.id, sentence });
      }
      for (const e of entities.filter((x) => x.type === 'CARDINAL')) {
        if (/^(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)( million| thousand)?$/i.test(e.value) && sentence.includes(e.value)) {
          if (!new RegExp(`\\b${e.value}-`).test(sentence)) add({ kind: 'number', text: e.value, passage: p.id, sentence });
        }
      }
      for (const m of sentence.matchAll(PERSON_RE)) {
        const role = (m[1] as string).replace(/^the /, '').trim();
        const name = (m[2] as string).trim();
        if (NOT_NAMES.has(name.split(' ')[0] as string) || countries.includes(name)) continue;
        add({ kind: 'person', text: name, role, passage: p.id, sentence });
      }
      // People named as speakers ("Jean Agossou said") even without a role.
      for (const m of sentence.matchAll(speakerRe)) {
        const name = (m[1] as string).trim();
        const first = name.split(' ')[0] as string;
        if (NOT_NAMES.has(first) || !propn.has(first) || countries.some((c) => name.includes(c)) || /\b(?:Council|Group|Nations|Department|Union)\b/.test(name)) continue;
        if (people.some((x) => name.endsWith(x)) || roleRe.test(name)) continue;
        add({ kind: 'person', text: name, passage: p.id, sentence });
      }
      for (const m of sentence.matchAll(ORG_RE)) {
        const name = (m[1] as string).replace(/^(?:(?:[A-Z][a-z]+ing|[Tt]he|In|On|But|However|A|An|Forces|Head) (?:of (?:the )?)?)+/, '');
        if (name.split(' ').length < 2 || /^(UN|US) (Council|Nations)$/.test(name) || !sentence.includes(name)) continue;
        add({ kind: 'organisation', text: name, passage: p.id, sentence });
      }
      // Proper nouns by part of speech: countries and known places from the gazetteer.
      for (const c of countryRes) {
        if ((propn.has(c.first) || propn.has(c.name)) && sentence.includes(c.name) && c.re.test(sentence)) {
          add({ kind: 'country', text: c.name, passage: p.id, sentence });
        }
      }
      const named = namedHere.join(' ');
      for (const m of sentence.matchAll(PLACE_RE)) {
        for (const place of [m[1], m[2]]) {
          if (!place || NOT_NAMES.has(place) || named.includes(place) || countries.some((c) => c.startsWith(place))) continue;
          if (propn.has(place)) add({ kind: 'place', text: place, passage: p.id, sentence });
        }
      }
      for (const place of placeRes) {
        if (sentence.includes(place.name) && place.re.test(sentence)) add({ kind: 'place', text: place.name, passage: p.id, sentence });
      }
    }
  }
  return out;
}

const SAY = '(?:said|told [^“”"]{0,40}?|added|stated|wrote|declared|warned)';
const OPEN = '[“"]';
const CLOSE = '[”"]';

/**
 * Finds quoted words and who said them within one passage: `“…,” NAME said`, `“…,” he said` (he =
 * the last person named earlier in the passage), `NAME said/told … “…”`. `people` maps a surname or
 * full name to the full name used for options. Only quotes of five words or more count.
 */
export function extractAttributions(passages: PassageText[], people: string[]): Attribution[] {
  const out: Attribution[] = [];
  const fullName = (raw: string): string | null => {
    const name = raw.trim();
    const exact = people.find((p) => p === name || name.endsWith(` ${p}`));
    if (exact) return exact;
    const bySurname = people.filter((p) => p.endsWith(` ${name}`) || p.split(' ').slice(-1)[0] === name);
    return bySurname.length === 1 ? (bySurname[0] as string) : null;
  };
  for (const p of passages) {
    const text = p.text;
    const after = new RegExp(`${OPEN}([^“”"]{20,}?)[,.]?${CLOSE},? ((?:[\\p{L}’'.-]+ ){0,5}?[\\p{Lu}][\\p{L}’'-]+|he|she) ${SAY}`, 'gu');
    for (const m of text.matchAll(after)) {
      let speaker: string | null = null;
      const who = m[2] as string;
      const start = m.index ?? 0;
      if (who === 'he' || who === 'she') {
        const before = text.slice(0, start);
        const named = people.filter((person) => before.includes(person) || before.includes(` ${person.split(' ').slice(-1)[0]} `));
        speaker = named.length === 1 ? (named[0] as string) : null;
        if (!speaker) continue;
        const nameAt = text.indexOf(speaker);
        if (nameAt < 0) continue;
        out.push({ passage: p.id, words: (m[1] as string).trim(), speaker, quote: text.slice(nameAt < start ? nameAt : start, Math.max(start + m[0].length, nameAt + speaker.length)) });
        continue;
      }
      const words = who.split(' ');
      for (let i = 0; i < words.length && !speaker; i++) speaker = fullName(words.slice(i).join(' '));
      if (!speaker) continue;
      const end = start + m[0].length;
      const quote = text.slice(start, end).replace(new RegExp(`\\s${SAY}$`, 'u'), '');
      out.push({ passage: p.id, words: (m[1] as string).trim(), speaker, quote });
    }
    const saidAfter = new RegExp(`${OPEN}([^“”"]{20,}?)[,.]?${CLOSE},? said (?:the )?((?:[\\p{L}’'.-]+ ){0,6}[\\p{Lu}][\\p{L}’'-]+)`, 'gu');
    for (const m of text.matchAll(saidAfter)) {
      const words = (m[2] as string).split(' ');
      let speaker: string | null = null;
      for (let i = 0; i < words.length && !speaker; i++) speaker = fullName(words.slice(i).join(' '));
      if (!speaker || !m[0].endsWith(speaker)) continue;
      out.push({ passage: p.id, words: (m[1] as string).trim(), speaker, quote: m[0] });
    }
    const before = new RegExp(`((?:[\\p{Lu}][\\p{L}’'-]+ ){1,3}?)(?:${SAY}|according to [^“”"]{0,30}?)(?:,| that)? ${OPEN}([^“”"]{20,}?)${CLOSE}`, 'gu');
    for (const m of text.matchAll(before)) {
      const words = (m[1] as string).trim().split(' ');
      let speaker: string | null = null;
      for (let i = 0; i < words.length && !speaker; i++) speaker = fullName(words.slice(i).join(' '));
      if (!speaker) continue;
      const quote = m[0];
      if (!findQuote(text, quote)) continue;
      out.push({ passage: p.id, words: (m[2] as string).replace(/[.,]$/, '').trim(), speaker, quote });
    }
  }
  return out.filter((a) => a.words.split(/\s+/).length >= 5);
}
