import { isValidElement, type ReactElement, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import QuizPage from '@/app/explainers/[slug]/quiz/page';
import { QuestionFeedback } from '@/components/quiz/question-feedback';
import { QuizSummary } from '@/components/quiz/quiz-summary';
import { getQuestionSource } from '@/lib/classroom/question-source';
import { assembleQuiz } from '@/lib/quiz/assemble';
import { PRACTICE_QUIZ_LENGTH, describeAnswer, encodeAnswers, nextSeed } from '@/lib/quiz/attempt';
import { START_SEED, getPracticeQuiz, getQuestionBank, listPoolQuestions } from '@/lib/quiz/bank';
import { normalizeAnswer } from '@/lib/quiz/normalize';
import { questionTypes, type Question } from '@/lib/quiz/types';

const modules = getQuestionBank().modules;
/**
 * What a student sees of a question, as one string: its stem with its options and prompts. Generic stems ("Put
 * these events in order") repeat across questions; the item is the stem with what it asks about.
 */
const itemOf = (q: Question) => [normalizeAnswer(q.stem), ...[...(q.options ?? [])].sort(), '|', ...(q.prompts ?? [])].join('\n');
/** Seeds an attacker would try: the start seed, the "new set" chain from it, and 0..299. */
const seeds = [START_SEED, ...Array.from({ length: 60 }, (_, i) => i).reduce<string[]>((chain) => [...chain, nextSeed(chain.at(-1) ?? START_SEED)], []), ...Array.from({ length: 300 }, (_, i) => String(i))];

describe('graded items are never served by the public practice quiz (issue 12, defect 4)', () => {
  it('the bank has modules to check', () => {
    expect(modules.length).toBeGreaterThanOrEqual(5);
  });

  it.each(modules.map((m) => [m.slug, m] as const))('%s: practice and graded pools split the questions with no fact or stem in common', (_slug, m) => {
    const practice = listPoolQuestions(m.slug, 'practice');
    const graded = listPoolQuestions(m.slug, 'graded');
    expect(practice.length + graded.length).toBe(m.questions.length);
    expect(new Set([...practice, ...graded].map((q) => q.id)).size).toBe(m.questions.length);
    const gradedFacts = new Set(graded.map((q) => q.factKey));
    expect(practice.filter((q) => gradedFacts.has(q.factKey))).toEqual([]);
    const gradedItems = new Set(graded.map(itemOf));
    expect(practice.filter((q) => gradedItems.has(itemOf(q))).map((q) => q.stem)).toEqual([]);
    // Stems that name their fact ("When did …?") are never shared at all.
    const specific = (q: Question) => !q.factKeys || q.factKeys.length <= 1;
    const gradedStems = new Set(graded.filter(specific).map((q) => normalizeAnswer(q.stem)));
    expect(practice.filter(specific).filter((q) => gradedStems.has(normalizeAnswer(q.stem))).map((q) => q.stem)).toEqual([]);
  });

  it.each(modules.map((m) => [m.slug] as const))('%s: no graded item (stem and options) is reachable from any practice seed tried', (slug) => {
    const graded = new Set(listPoolQuestions(slug, 'graded').map(itemOf));
    const practiceIds = new Set(listPoolQuestions(slug, 'practice').map((q) => q.id));
    for (const seed of seeds) {
      const quiz = getPracticeQuiz(slug, seed) ?? [];
      expect(quiz).toHaveLength(PRACTICE_QUIZ_LENGTH);
      for (const q of quiz) {
        expect(practiceIds.has(q.id), `${slug} seed ${seed}: ${q.id}`).toBe(true);
        expect(graded.has(itemOf(q)), `${slug} seed ${seed}: ${q.stem}`).toBe(false);
      }
    }
  });

  it.each(modules.map((m) => [m.slug, m] as const))('%s: assignments draw only graded questions; both pools keep every objective, graded keeps every type', (slug, m) => {
    const source = getQuestionSource();
    const practiceIds = new Set(listPoolQuestions(slug, 'practice').map((q) => q.id));
    const pool = source.listQuestions([slug]);
    expect(pool.filter((q) => practiceIds.has(q.id))).toEqual([]);
    for (let i = 0; i < 50; i++) {
      const quiz = source.assemble(pool, { count: 50 }, `student-${i}`);
      expect(quiz.filter((q) => practiceIds.has(q.id))).toEqual([]);
    }
    const objectives = new Set(m.questions.map((q) => q.objective));
    expect(new Set(pool.map((q) => q.objective))).toEqual(objectives);
    expect(new Set(listPoolQuestions(slug, 'practice').map((q) => q.objective))).toEqual(objectives);
    // A teacher may ask for one type only: the graded pool has every type the module has.
    for (const type of questionTypes) if (m.questions.some((q) => q.type === type)) expect(pool.some((q) => q.type === type), `${slug} ${type}`).toBe(true);
    // The default assignment (8 questions of every type) is always full.
    expect(source.assemble(pool, { count: 8 }, 'x')).toHaveLength(8);
  });

  it('the largest assignment (50 questions over every module) is served in full from the graded pools', () => {
    const source = getQuestionSource();
    const quiz = assembleQuiz(source.listQuestions(modules.map((m) => m.slug)), { count: 50 }, 'largest');
    expect(quiz).toHaveLength(50);
  });
});

function elements(node: ReactNode): ReactElement[] {
  if (Array.isArray(node)) return node.flatMap(elements);
  if (!isValidElement(node)) return [];
  const props = node.props as { children?: ReactNode };
  return [node, ...elements(props.children)];
}

describe('the public summary shows no key of an unanswered question (issue 12, defect 4)', () => {
  const slug = modules[0]!.slug;
  const render = async (query: Record<string, string>) => elements(await QuizPage({ params: Promise.resolve({ slug }), searchParams: Promise.resolve(query) }));

  it.each([
    ['empty strings', Array<string>(PRACTICE_QUIZ_LENGTH).fill('')],
    ['whitespace', Array<string>(PRACTICE_QUIZ_LENGTH).fill('  ')],
    ['empty lists', Array<string[]>(PRACTICE_QUIZ_LENGTH).fill([])],
  ])('answers made of %s open neither the summary nor any feedback', async (_label, blank) => {
    for (const seed of ['0', '1', START_SEED]) {
      const tree = await render({ seed, a: encodeAnswers(blank), view: 'summary' });
      expect(tree.some((e) => e.type === QuizSummary || e.type === QuestionFeedback)).toBe(false);
      const status = tree.find((e) => (e.props as { role?: string }).role === 'status');
      expect(JSON.stringify((status?.props as { children?: unknown })?.children ?? '')).not.toMatch(/right answer|score/i);
    }
  });

  it('a blank after real answers stops the answered prefix there', async () => {
    const quiz = getPracticeQuiz(slug, '0')!;
    const answers = [...quiz.slice(0, 2).map((q) => describeAnswer(q)[0]!), '', ...Array<string>(PRACTICE_QUIZ_LENGTH - 3).fill('x')];
    const tree = await render({ seed: '0', a: encodeAnswers(answers), view: 'summary' });
    expect(tree.some((e) => e.type === QuizSummary)).toBe(false);
    const feedback = tree.find((e) => e.type === QuestionFeedback);
    expect((feedback?.props as { number?: number })?.number).toBe(2);
  });

  it('a fully answered quiz still shows its summary', async () => {
    const tree = await render({ seed: '0', a: encodeAnswers(Array<string>(PRACTICE_QUIZ_LENGTH).fill('x')), view: 'summary' });
    expect(tree.some((e) => e.type === QuizSummary)).toBe(true);
  });
});
