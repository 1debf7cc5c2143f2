import { sentencesOf } from './text';

/** A reason a passage states for something ("citing a crisis of confidence", "over a plan to delay elections"). */
export type Reason = { passage: string; sentence: string; text: string; frame: ReasonFrame };
/** How the sentence gives the reason: an accusation ("accused … of") or another "why". */
export type ReasonFrame = 'accused' | 'why';

const WORDS = "[\\p{L}\\p{N}’'-]+";
const PHRASE = `${WORDS}(?: ${WORDS}){1,9}`;
// Each pattern captures the reason only; the words that mark it ("citing", "over", "accused … of") stay in the sentence.
const ACCUSED = new RegExp(`\\baccused [^,.;“”"]{2,60}? of (?:having )?(${PHRASE}?)(?= during| in [A-Z]| and other|[,.;])`, 'gu');
const PATTERNS: RegExp[] = [
  new RegExp(`\\bciting (?:an? |the )?[“"](${PHRASE})[”"]`, 'gu'),
  new RegExp(`\\bciting (?:an? |the )?(${PHRASE}?)(?= between| with| and|[,.;])`, 'gu'),
  new RegExp(`(?<!\\b(?:hand|handed|take|took|taken|turn|turned) )\\bover (a plan to ${PHRASE}?|(?:his|her|their|its) ${PHRASE}?)(?= about| until|[,.;])`, 'gu'),
  ACCUSED,
  new RegExp(`\\b(?:in response to|to address|because of|due to) (${PHRASE}?)(?=[,.;])`, 'gu'),
  // A purpose, "to" kept: "launched Operation Serval to stop armed groups advancing south".
  new RegExp(`(?<=\\b(?:launched|deployed|sent|signed|formed|created|set up|imposed) [^,.;“”"]{2,60}? )(to (?:stop|fight|protect|restore|defend|counter|obtain|secure|support) ${PHRASE}?)(?=[,.;]| but | and | as )`, 'gu'),
  new RegExp(`\\b[Ff]rustrations? (?:among the public )?over (the ${PHRASE}?) (?:resulted|spurred|led)`, 'gu'),
];

/** The reasons stated in each passage, verbatim, in passage order. Pure; linear in the text. */
export function extractReasons(passages: { id: string; text: string }[]): Reason[] {
  const out: Reason[] = [];
  for (const p of passages) {
    for (const sentence of sentencesOf(p.text)) {
      const seen = new Set<string>();
      for (const re of PATTERNS) {
        for (const m of sentence.matchAll(re)) {
          const text = (m[1] as string).trim();
          if (seen.has(text) || text.split(' ').length < 2) continue;
          seen.add(text);
          out.push({ passage: p.id, sentence, text, frame: re === ACCUSED ? 'accused' : 'why' });
        }
      }
    }
  }
  return out;
}

/** "his posts on Twitter" fits only a question about one person: a reason led by a pronoun is a distractor only for another. */
export function pronounLed(reason: string): boolean {
  return /^(?:his|her|their|its)\b/i.test(reason);
}

/**
 * The grammatical form of a reason, so the options of a "why" question read alike: a purpose ("to address
 * shared security threats"), a quality ("ineffective in addressing security issues") or an action ("become a part
 * of the problem") or a thing ("a crisis of confidence"). Only options of one form fit the stem's slot.
 */
export function reasonForm(reason: string): 'purpose' | 'quality' | 'action' | 'thing' {
  if (/^to\b/i.test(reason)) return 'purpose';
  if (/^(?:become|be|being|make|making|have|having)\b/i.test(reason)) return 'action';
  if (/^\w+(?:ive|ent|ant|able|ible|ful|ous)\s+(?:in|at|of|to|for|about|with)\b/i.test(reason)) return 'quality';
  return 'thing';
}
