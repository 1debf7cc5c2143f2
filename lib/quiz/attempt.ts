import '../zod-browser';
import { z } from 'zod';
import { gradeParts, gradeResponse, splitTwoPart } from './grade';
import { hashString } from './random';
import { responseSchema, type Grade, type PublicQuestion, type Question, type QuestionResponse } from './types';

/** Questions in a practice quiz on an explainer page. */
export const PRACTICE_QUIZ_LENGTH = 8;

const answersSchema = z.array(responseSchema).max(50);

/**
 * The responses given so far, carried in the URL (`?a=`) so the quiz works as plain form posts:
 * base64url of their JSON. Holds only what the student typed or chose, never the answer key.
 */
export function encodeAnswers(answers: QuestionResponse[]): string {
  const bytes = new TextEncoder().encode(JSON.stringify(answers));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * Inverse of encodeAnswers, up to the first blank response: a question counts as answered only when it was, so
 * a URL of empty answers cannot open the summary and its answer keys. An empty list for anything malformed
 * (a hand-edited URL starts over).
 */
export function decodeAnswers(encoded: string | null | undefined): QuestionResponse[] {
  if (!encoded) return [];
  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    const parsed = answersSchema.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
    if (!parsed.success) return [];
    const blank = parsed.data.findIndex(isBlankResponse);
    return blank < 0 ? parsed.data : parsed.data.slice(0, blank);
  } catch {
    return [];
  }
}

/** Whitespace, zero-width and other invisible characters (fillers, joiners, bidi marks, soft hyphen). */
const INVISIBLE = /[\s\p{Cc}\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]/gu;

/** The text without whitespace and invisible characters (some, like the Hangul filler, count as letters). */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/**
 * True when a response holds nothing but whitespace or invisible characters (an empty list, or a list of such
 * strings): it is not an answer, so it is neither stored nor counted, and it never ends a practice quiz.
 */
export function isBlankResponse(response: QuestionResponse): boolean {
  const parts = Array.isArray(response) ? response : [response];
  return parts.every((p) => stripInvisible(p) === '');
}

/** A seed for "Try a new set": derived from the last one, so no randomness is needed on the server. */
export function nextSeed(seed: string): string {
  return hashString(`next|${seed}`).slice(-8);
}

export const seedSchema = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/);

/**
 * Turns submitted form fields into a response for `question`: `response` (one or several values)
 * for choice and fill-in types, `match-<i>` per prompt for matching, `order-<i>` (a position from 1)
 * per option for ordering. Options the question does not have are dropped.
 */
export type FormFields = { get: (name: string) => string | null; getAll: (name: string) => string[] };

type FormLike = { get: (name: string) => unknown; getAll: (name: string) => unknown[] };

/**
 * Reads a submitted form (FormData or URLSearchParams) as the fields responseFromFields expects. Anything else
 * (a crafted server-action call) reads as an empty form, which practiceAnswerUrl sends home.
 */
export function formFields(input: unknown): FormFields {
  const form: FormLike = input instanceof FormData || input instanceof URLSearchParams ? input : { get: () => null, getAll: () => [] };
  return {
    get: (name) => {
      const v = form.get(name);
      return typeof v === 'string' ? v : null;
    },
    getAll: (name) => form.getAll(name).filter((v): v is string => typeof v === 'string'),
  };
}

export function responseFromFields(question: PublicQuestion, fields: FormFields): QuestionResponse {
  const options = question.options ?? [];
  switch (question.type) {
    case 'multiple-select':
      return fields.getAll('response').filter((v) => options.includes(v)).slice(0, 20);
    case 'matching':
      return (question.prompts ?? []).map((_, i) => {
        const v = fields.get(`match-${i}`) ?? '';
        return options.includes(v) ? v : '';
      });
    case 'ordering': {
      const ranked = options.map((option, i) => ({ option, i, position: Number(fields.get(`order-${i}`)) || options.length + i + 1 }));
      return ranked.sort((a, b) => a.position - b.position || a.i - b.i).map((r) => r.option);
    }
    case 'fill-in':
      return (fields.get('response') ?? '').slice(0, 200);
    default: {
      const v = fields.get('response') ?? '';
      return options.includes(v) ? v : '';
    }
  }
}

export type AnsweredQuestion = { question: Question; response: QuestionResponse; grade: Grade };

/** Grades every response given so far against the quiz's questions, in order. */
export function gradeAttempt(quiz: Question[], answers: QuestionResponse[]): AnsweredQuestion[] {
  return answers.slice(0, quiz.length).map((response, i) => {
    const question = quiz[i] as Question;
    return { question, response, grade: gradeResponse(question, response) };
  });
}

/** The right answer as lines for display ("A → B" per pair for matching, the order for ordering). */
export function describeAnswer(question: Question): string[] {
  return Array.isArray(question.answer) ? question.answer : [question.answer];
}

/**
 * Whether each line of describeResponse is right, for types with several parts (each pair of a
 * matching, each position of an ordering, each ticked option); null for one-part answers.
 */
export function markResponse(question: Question, response: QuestionResponse): boolean[] | null {
  const list = Array.isArray(response) ? response : [response];
  const key = Array.isArray(question.answer) ? question.answer : [question.answer];
  if (question.type === 'matching') return (question.prompts ?? []).map((p, i) => key.includes(`${p} → ${list[i] ?? ''}`));
  if (question.type === 'ordering') return list.map((item, i) => key[i] === item);
  if (question.type === 'multiple-select') return list.filter((v) => v.trim() !== '').map((item) => key.includes(item));
  return null;
}

/** A response as lines for display, in the same shape as describeAnswer (a two-part item: its first part). */
export function describeResponse(question: Question, response: QuestionResponse): string[] {
  if (question.parts) return [splitTwoPart(response).answer.trim() || '(no answer)'];
  const list = Array.isArray(response) ? response : [response];
  if (question.type === 'matching') return (question.prompts ?? []).map((p, i) => `${p} → ${list[i] || '(no match chosen)'}`);
  const shown = list.filter((v) => v.trim() !== '');
  return shown.length ? shown : ['(no answer)'];
}

/** The second part of a two-part item as shown after both are answered: the sentence chosen and the one that proves it. */
export type ProofView = { stem: string; chosen: string; right: string; answerCorrect: boolean; proofCorrect: boolean };

export function describeProof(question: Question, response: QuestionResponse): ProofView | null {
  if (!question.parts) return null;
  const grade = gradeParts(question, response);
  return { stem: question.parts.stem, chosen: splitTwoPart(response).proof.trim() || '(no sentence chosen)', right: question.parts.answer, answerCorrect: grade.answer, proofCorrect: grade.proof };
}
