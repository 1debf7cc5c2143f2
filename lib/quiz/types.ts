import { z } from 'zod';

/**
 * Module API (other code calls exactly these names):
 * - lib/quiz/bank.ts      getQuestionBank(): QuestionBank (cached per process), getQuestion(id): Question | null
 * - lib/quiz/assemble.ts  assembleQuiz(questions, settings, seed: string): Question[] (deterministic)
 * - lib/quiz/grade.ts     gradeResponse(question, response): Grade (pure)
 * - lib/quiz/public.ts    toPublicQuestion(question): PublicQuestion (what the browser may see)
 *
 * The shared contract of the quiz: the generator (lib/quiz/generate*), assembly, grading, the
 * quiz UI and the classroom all speak these types. The bank's JSON export follows
 * ../shared/design.md ("contract: the question-bank export").
 */

export const questionTypes = [
  'single-choice',
  'multiple-select',
  'true-false',
  'fill-in',
  'matching',
  'ordering',
  'who-said',
] as const;
export const questionTypeSchema = z.enum(questionTypes);
export type QuestionType = z.infer<typeof questionTypeSchema>;

/** What a question's answer is: the balance of the bank is counted in these (see lib/quiz/stats.ts). */
export const answerKinds = ['date', 'number', 'name', 'place', 'phrase', 'cause', 'concept', 'source', 'evidence'] as const;
export const answerKindSchema = z.enum(answerKinds);
export type AnswerKind = z.infer<typeof answerKindSchema>;

export const citationSchema = z.object({
  /** Passage id `<slug>#p<n>`. */
  passage: z.string(),
  /** Exact words of the passage that support the answer (a substring of the passage text). */
  quote: z.string().min(1),
});
export type QuestionCitation = z.infer<typeof citationSchema>;

/** The second part of a two-part item ("Which sentence from the source proves it?"), graded on its own. */
export const questionPartSchema = z.object({
  stem: z.string().min(1),
  options: z.array(z.string()).min(2),
  answer: z.string().min(1),
  citations: z.array(citationSchema).min(1),
});
export type QuestionPart = z.infer<typeof questionPartSchema>;

export const questionSchema = z.object({
  /** Stable across runs: derived from what the question was generated from. */
  id: z.string().min(1),
  type: questionTypeSchema,
  stem: z.string().min(1),
  /** null for types without options (fill-in). Matching: the right-hand choices; ordering: the events. */
  options: z.array(z.string()).nullable(),
  /** A string, or an array for multiple-select, matching ("left → right") and ordering. */
  answer: z.union([z.string(), z.array(z.string())]),
  explanation: z.string().min(1),
  citations: z.array(citationSchema).min(1),
  /** Module (explainer) slug this question belongs to. */
  module: z.string(),
  /** Questions with the same key ask the same fact; a quiz never holds two of them. */
  factKey: z.string(),
  /** Matching: the left-hand items, in display order. */
  prompts: z.array(z.string()).optional(),
  /** Fill-in: extra accepted answers beyond the normalised `answer`. */
  accepted: z.array(z.string()).optional(),
  /** What the answer is (a date, a name, a cause…). */
  answerKind: answerKindSchema.optional(),
  /** recall (a date, number, name or phrase), understand (a cause, a reason, a concept), analyse (sources, evidence). */
  skill: z.enum(['recall', 'understand', 'analyse']).optional(),
  /** Index into the module's objectives this question checks, when known. */
  objective: z.number().int().nonnegative().optional(),
  /**
   * The one fact this question is a form of (its passage and answer); single-choice, typed and
   * true/false forms share it and are alternates of one item. Absent for questions on several facts.
   */
  item: z.string().optional(),
  /** Ids of the other forms of the same item in this module; a quiz holds at most one of them. */
  alternates: z.array(z.string()).optional(),
  /** A two-part item's second part; absent otherwise. */
  parts: questionPartSchema.optional(),
  /** Every fact the question asks (statements, ordering, matching ask several); defaults to [factKey]. */
  factKeys: z.array(z.string()).optional(),
  /**
   * Facts of other questions that this one shows in its text (a proof option that states another question's date,
   * a definition that lists the veto powers): a quiz never holds this question beside one that asks them.
   */
  reveals: z.array(z.string()).optional(),
  /**
   * What the build checks against the citations: `text` must (supported) or must not (unsupported) be
   * found in `citations[citation].quote`. Used where options are statements or events rather than values.
   */
  evidence: z
    .array(z.object({ text: z.string().min(1), citation: z.number().int().nonnegative(), expect: z.enum(['supported', 'unsupported']) }))
    .optional(),
});
export type Question = z.infer<typeof questionSchema>;

/** What the browser may see before the student answers: no answer, explanation or citations. */
export type PublicQuestion = Pick<Question, 'id' | 'type' | 'stem' | 'options' | 'prompts' | 'module'> & {
  /** A two-part item: after this answer comes "Which sentence proves it?", whose options are sent only then. */
  twoPart?: true;
  /** This form is that second step. */
  proofStep?: true;
};

export const quizSettingsSchema = z.object({
  count: z.number().int().min(1).max(50).default(10),
  types: z.array(questionTypeSchema).min(1).optional(),
  /** Two-part items ("Which sentence proves it?") only where the page shows and stores both parts. */
  twoPart: z.boolean().default(false),
});
export type QuizSettings = z.infer<typeof quizSettingsSchema>;

/**
 * A student's response. single-choice/true-false/who-said/fill-in: a string; multiple-select: the
 * chosen options; matching: the chosen right-hand item per prompt, in prompt order; ordering: the
 * options in the order the student put them.
 */
export const responseSchema = z.union([z.string().max(500), z.array(z.string().max(500)).max(20)]);
export type QuestionResponse = z.infer<typeof responseSchema>;

export type Grade = {
  correct: boolean;
  /** 0..1; partial credit is allowed for matching and ordering. */
  score: number;
};

export type ModuleBank = { slug: string; title: string; objectives: string[]; questions: Question[] };
export type QuestionBank = { modules: ModuleBank[] };
