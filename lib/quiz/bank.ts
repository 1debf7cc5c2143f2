import { findQuote, getPassage, listExplainers, listSources, type ElementUse, type Explainer } from '../content';
import { assembleQuiz } from './assemble';
import { PRACTICE_QUIZ_LENGTH } from './attempt';
import { listBankProblems, type QuestionProblem } from './check';
import { toBankExport, type BankExport } from './export';
import { generateQuestionBank, type GeneratorFact, type GeneratorInput, type GeneratorModule } from './generate';
import { normalizeAnswer } from './normalize';
import { splitModuleQuestions, type Pool } from './split';
import type { Question, QuestionBank } from './types';

const STOP = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'for', 'by', 'with', 'how', 'why', 'what', 'who', 'it', 'its', 'was', 'were', 'is', 'be', 'explain', 'describe', 'name', 'list', 'say', 'that']);
const words = (text: string) => new Set(normalizeAnswer(text).split(' ').filter((w) => w.length > 2 && !STOP.has(w)));

/** The objective whose words best overlap the section heading and sentence; undefined when none does. */
function objectiveFor(objectives: string[], heading: string, sentence: string): number | undefined {
  const h = words(heading);
  const s = words(sentence);
  let best: number | undefined;
  let bestScore = 0;
  objectives.forEach((o, i) => {
    const ow = [...words(o)];
    const score = ow.filter((w) => h.has(w)).length * 2 + ow.filter((w) => s.has(w)).length;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}

/**
 * The `## ` heading above a file line of the explainer. Lines count from the top of the file and the
 * body starts after the frontmatter, so the offset is found from the first citation's own line.
 */
function headingReader(explainer: Explainer): (line: number) => string {
  const lines = explainer.body.split('\n');
  const first = explainer.citations[0];
  const at = first ? lines.findIndex((l) => l.includes(`to="${first.to}"`)) : -1;
  const offset = first && at >= 0 ? first.line - (at + 1) : 0;
  return (line) => {
    for (let i = Math.min(lines.length - 1, line - offset - 1); i >= 0; i--) {
      const m = /^#{2,3} (.+)$/.exec(lines[i] ?? '');
      if (m) return m[1] ?? '';
    }
    return '';
  };
}

function toModule(explainer: Explainer): GeneratorModule {
  const factCitations = explainer.citations.filter((c) => c.element === 'Fact');
  const headingAt = headingReader(explainer);
  const facts: GeneratorFact[] = explainer.facts.map((f) => {
    const cite = factCitations.find((c) => c.to === f.to && c.line === f.line && findQuote(c.sentence, f.sentence));
    const sentence = cite?.sentence ?? f.sentence;
    return {
      id: f.id,
      kind: f.kind,
      answer: f.answer,
      to: f.to,
      quote: f.quote,
      ask: f.ask,
      topic: f.topic,
      label: f.label,
      date: f.date,
      speaker: f.speaker,
      span: f.sentence,
      sentence,
      objective: objectiveFor(explainer.objectives, headingAt(f.line), sentence),
    };
  });
  const passages = new Map<string, number | undefined>();
  for (const c of explainer.citations) {
    if (passages.has(c.to)) continue;
    passages.set(c.to, objectiveFor(explainer.objectives, headingAt(c.line), c.sentence));
  }
  const events: NonNullable<GeneratorModule['events']> = [];
  const walk = (uses: ElementUse[]) => {
    for (const use of uses) {
      const { date, to, quote } = use.attributes;
      if (use.name === 'Event' && typeof date === 'string' && typeof to === 'string') {
        const objective = objectiveFor(explainer.objectives, headingAt(use.line), use.text);
        events.push({ date, to, text: use.text.trim(), quote: typeof quote === 'string' ? quote : null, ...(objective === undefined ? {} : { objective }) });
      }
      walk(use.children);
    }
  };
  walk(explainer.elements);
  return {
    slug: explainer.slug,
    title: explainer.title,
    objectives: explainer.objectives,
    events,
    facts,
    passages: [...passages.entries()].map(([id, objective]) => (objective === undefined ? { id } : { id, objective })),
  };
}

function disputedClaims(explainers: Explainer[]): NonNullable<GeneratorInput['disputed']> {
  const out: NonNullable<GeneratorInput['disputed']> = [];
  const walk = (uses: ElementUse[], inDispute: boolean) => {
    for (const use of uses) {
      const { to, quote } = use.attributes;
      if (inDispute && use.name === 'Claim' && typeof to === 'string') out.push({ passage: to, quote: typeof quote === 'string' ? quote : null });
      walk(use.children, inDispute || use.name === 'SourcesDisagree');
    }
  };
  for (const e of explainers) walk(e.elements, false);
  return out;
}

/** What the generator needs, read from content/ through lib/content. */
export function loadGeneratorInput(): GeneratorInput {
  const sources = listSources();
  return {
    disputed: disputedClaims(listExplainers()),
    passages: sources.flatMap((s) => s.passages.map((p) => ({ id: p.id, text: p.text, sourceTitle: s.title }))),
    modules: listExplainers().map(toModule),
  };
}

let cache: { bank: QuestionBank; byId: Map<string, Question>; pools: Map<string, Record<Pool, Question[]>> } | null = null;

/** The whole question bank, generated once per process from the content. */
export function getQuestionBank(): QuestionBank {
  if (!cache) {
    const bank = generateQuestionBank(loadGeneratorInput());
    cache = {
      bank,
      byId: new Map(bank.modules.flatMap((m) => m.questions.map((q) => [q.id, q] as const))),
      pools: new Map(bank.modules.map((m) => [m.slug, splitModuleQuestions(m.questions)])),
    };
  }
  return cache.bank;
}

export function getQuestion(id: string): Question | null {
  getQuestionBank();
  return cache?.byId.get(id) ?? null;
}

/** One module's practice or graded questions (see splitModuleQuestions); [] for an unknown module. */
export function listPoolQuestions(slug: string, pool: Pool): Question[] {
  getQuestionBank();
  return cache?.pools.get(slug)?.[pool] ?? [];
}

/** One module's questions, or null for an unknown module. */
export function getModuleBank(slug: string) {
  return getQuestionBank().modules.find((m) => m.slug === slug) ?? null;
}

/** Every build-failing problem of the generated bank (see listQuestionProblems). */
export function listQuestionBankProblems(): QuestionProblem[] {
  const questions = getQuestionBank().modules.flatMap((m) => m.questions);
  return listBankProblems(questions, (id) => getPassage(id)?.text ?? null);
}

/** The bank as the export contract prints it. */
export function getBankExport(): BankExport {
  return toBankExport(getQuestionBank(), listSources());
}

/** The seed of the quiz that starts at the end of an explainer. */
export const START_SEED = 'start';

/**
 * The practice quiz for a module and seed (deterministic), or null for an unknown module. Drawn from the
 * practice pool only: whatever seed is asked for, it never serves a question an assignment can hold.
 */
export function getPracticeQuiz(slug: string, seed: string): Question[] | null {
  return getModuleBank(slug) ? assembleQuiz(listPoolQuestions(slug, 'practice'), { count: PRACTICE_QUIZ_LENGTH }, seed) : null;
}
