import { sameTypedAnswer } from './normalize';
import type { Grade, Question, QuestionResponse } from './types';

const asList = (response: QuestionResponse): string[] => (Array.isArray(response) ? response : [response]);
const asText = (response: QuestionResponse): string => (Array.isArray(response) ? (response[0] ?? '') : response);

/** The right-hand side of a matching answer "left → right". */
export function splitPair(pair: string): [string, string] {
  const at = pair.indexOf(' → ');
  return at < 0 ? [pair, ''] : [pair.slice(0, at), pair.slice(at + 3)];
}

/** A two-part response `[answer, proof]` as its parts; a lone string is an answer with no proof yet. */
export function splitTwoPart(response: QuestionResponse): { answer: string; proof: string } {
  const [answer = '', proof = ''] = Array.isArray(response) ? response : [response];
  return { answer, proof };
}

/**
 * A two-part item's parts, graded on their own: the answer, then the proof. A response is
 * `[answer, proof]`; a lone string (the shape of a one-part answer) is the answer with no proof.
 */
export function gradeParts(question: Question, response: QuestionResponse): { answer: boolean; proof: boolean } {
  const { answer, proof } = splitTwoPart(response);
  return { answer: answer.trim() === String(question.answer), proof: !!question.parts && proof.trim() === question.parts.answer };
}

/**
 * Grades one response against the question's answer key. Pure. Choice types compare option text
 * exactly; fill-in compares normalised text (case, accents, number separators); matching and
 * ordering give partial credit (share of correct pairs / of pairs of items in the right order).
 */
export function gradeResponse(question: Question, response: QuestionResponse): Grade {
  if (question.parts) {
    const parts = gradeParts(question, response);
    return { correct: parts.answer && parts.proof, score: (Number(parts.answer) + Number(parts.proof)) / 2 };
  }
  switch (question.type) {
    case 'single-choice':
    case 'true-false':
    case 'who-said': {
      const correct = asText(response).trim() === String(question.answer);
      return { correct, score: correct ? 1 : 0 };
    }
    case 'fill-in': {
      const given = asText(response);
      const correct = [String(question.answer), ...(question.accepted ?? [])].some((key) => sameTypedAnswer(given, key));
      return { correct, score: correct ? 1 : 0 };
    }
    case 'multiple-select': {
      const key = new Set(asList(question.answer));
      const chosen = new Set(asList(response).map((r) => r.trim()));
      let hits = 0;
      let wrong = 0;
      for (const c of chosen) (key.has(c) ? hits++ : wrong++);
      const correct = wrong === 0 && hits === key.size;
      return { correct, score: correct ? 1 : Math.max(0, (hits - wrong) / key.size) };
    }
    case 'matching': {
      const prompts = question.prompts ?? [];
      const rights = new Map(asList(question.answer).map((pair) => splitPair(pair)));
      const given = asList(response);
      let hits = 0;
      prompts.forEach((left, i) => {
        if ((given[i] ?? '').trim() === rights.get(left)) hits++;
      });
      const total = Math.max(1, prompts.length);
      return { correct: hits === prompts.length && prompts.length > 0, score: hits / total };
    }
    case 'ordering': {
      const key = asList(question.answer);
      const given = asList(response).map((r) => r.trim());
      const rank = new Map(given.map((item, i) => [item, i]));
      const complete = given.length === key.length && key.every((k) => rank.has(k));
      if (!complete) return { correct: false, score: 0 };
      let pairs = 0;
      let right = 0;
      for (let i = 0; i < key.length; i++) {
        for (let j = i + 1; j < key.length; j++) {
          pairs++;
          if ((rank.get(key[i] as string) as number) < (rank.get(key[j] as string) as number)) right++;
        }
      }
      return { correct: right === pairs, score: pairs ? right / pairs : 0 };
    }
  }
}
