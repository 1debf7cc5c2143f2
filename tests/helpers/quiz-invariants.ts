import { expect } from 'vitest';
import { findQuote } from '@/lib/content/text';
import { listQuestionProblems } from '@/lib/quiz/check';
import { splitPair } from '@/lib/quiz/grade';
import { questionSchema, type Question } from '@/lib/quiz/types';

/**
 * The invariants every generated question keeps, checked directly (not only through
 * listQuestionProblems, so a bug in the checker cannot hide a bad question).
 */
export function expectSoundQuestions(questions: Question[], passageText: (id: string) => string | null): void {
  const ids = new Set<string>();
  for (const q of questions) {
    expect(questionSchema.safeParse(q).success, `${q.id} matches the schema`).toBe(true);
    expect(ids.has(q.id), `${q.id} is unique`).toBe(false);
    ids.add(q.id);
    expect(listQuestionProblems(q, passageText), `${q.id}: ${q.stem}`).toEqual([]);
    for (const c of q.citations) {
      const text = passageText(c.passage);
      expect(text, `${q.id} cites a known passage`).not.toBeNull();
      // Verbatim: a plain substring, not only a match after folding.
      expect((text as string).normalize('NFC').includes(c.quote.normalize('NFC')), `${q.id}: quote is a substring of ${c.passage}`).toBe(true);
    }
    const quotes = q.citations.map((c) => c.quote);
    const supported = (value: string) => quotes.some((quote) => findQuote(quote, value) !== null);
    // Source work ("which source says…?") and concepts are checked through their evidence: the answer is a title or term, not the passage's words.
    for (const e of q.evidence ?? []) {
      const quote = quotes[e.citation] ?? '';
      expect(findQuote(quote, e.text) !== null, `${q.id}: "${e.text}" ${e.expect} by citation ${e.citation + 1}`).toBe(e.expect === 'supported');
    }
    if ((q.type === 'single-choice' || q.type === 'who-said' || q.type === 'fill-in') && !q.evidence) {
      expect(supported(q.answer as string), `${q.id}: answer "${q.answer}" in a quote`).toBe(true);
      for (const o of q.options ?? []) if (o !== q.answer) expect(supported(o), `${q.id}: distractor "${o}" not in a quote`).toBe(false);
    }
    // A matching of sources to their words is checked through its evidence (each source's words in its own citation)
    // and, in the bank test, each prompt against its citation's source title.
    if (q.type === 'matching' && !q.stem.startsWith('Sources answer')) {
      for (const pair of q.answer as string[]) expect(supported(splitPair(pair)[0]), `${q.id}: ${pair}`).toBe(true);
    }
    if (q.options && q.type !== 'true-false') {
      expect(q.options.length, `${q.id} has at least 3 options`).toBeGreaterThanOrEqual(3);
      expect(new Set(q.options).size, `${q.id} options are distinct`).toBe(q.options.length);
    }
    if (q.type === 'ordering') expect([...(q.answer as string[])].sort()).toEqual([...(q.options ?? [])].sort());
  }
}
