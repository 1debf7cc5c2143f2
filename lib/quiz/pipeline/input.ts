import type { Fact } from '../../content/explainers';
import type { FactKind } from '../../content/schemas';

export type { FactKind };

export type GeneratorPassage = {
  id: string;
  text: string;
  sourceTitle: string;
  /** When the source was published (YYYY-MM-DD): "which source says…?" offers sources of the same period. */
  sourceDate?: string;
  /** A news report or a course note on a primary document: "which source says…?" offers sources of the key's kind. */
  sourceKind?: string;
  /** Words printed wrongly in the original: a stem quoting them shows "[sic]" after them. */
  sic?: string[];
};

/** A `<Fact>` of an explainer (as lib/content reads it), with the whole explainer sentence it stands in. */
export type GeneratorFact = Omit<Fact, 'sentence' | 'line' | 'objectiveSet'> & {
  /** Set by the author: the objective (1 = the first) its questions count towards, or "none": never asked. */
  objectiveSet?: Fact['objectiveSet'];
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
  /** Glossary terms the module uses (`<Term>`), with a passage its sentence cites, where the word may stand. */
  terms?: { name: string; definition: string; passage: string; objective?: number; objectiveSet?: true }[];
  /** Its `<SourcesDisagree>`: what each source claims, and the document that settles it, if any. */
  disputes?: { topic: string; claims: { passage: string; quote: string }[]; settles: { passage: string; quote: string | null } | null; objective?: number }[];
  /** Dated events of the module's timeline (`<Event date to>`), written for students. */
  events?: { date: string; text: string; to: string; quote: string | null; objective?: number }[];
};

export type RejectedPhrase = { phrase: string; settledBy: string };

export type GeneratorInput = {
  passages: GeneratorPassage[];
  modules: GeneratorModule[];
  /**
   * Passage words the course shows to be disputed (`<Claim>` in `<SourcesDisagree>`): no question
   * asks a student to complete them as if they were settled.
   */
  disputed?: { passage: string; quote: string | null }[];
  /**
   * Words the course shows to be wrong (`<Settles rejects>`), course-wide: no question keys a
   * sentence holding them, whichever passage repeats them; only source work may cite them.
   */
  rejected?: RejectedPhrase[];
  /** Every glossary term: distractors for "which term means…?". */
  glossary?: string[];
  /** What kind of thing each glossary term names (event, people, body…): the distractors share the answer's kind. */
  glossaryKinds?: Record<string, string>;
  /** Gazetteers for mentions in plain passages. */
  countries?: string[];
  places?: string[];
  /** What sort of place each named place is (capital, town, village): a village is confused with a village. */
  placeKinds?: Record<string, string>;
};
