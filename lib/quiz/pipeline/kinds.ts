import type { AnswerKind } from '../types';
import type { FactKind } from './input';

export const NOUNS: Record<FactKind, [string, string]> = {
  year: ['year', 'years'], date: ['date', 'dates'], number: ['number', 'numbers'], person: ['name', 'names'],
  place: ['place', 'places'], organisation: ['organisation', 'organisations'], country: ['country', 'countries'],
  term: ['term', 'terms'], quote: ['words', 'words'], event: ['event', 'events'], role: ['role', 'roles'],
  reason: ['reason', 'reasons'],
};
export const FILL_IN_KINDS = new Set<FactKind>(['year', 'date', 'number', 'person', 'place', 'country']);
/** Kinds whose values are interchangeable things (a year for a year): safe to swap into a false statement. */
export const SWAP_KINDS = new Set<FactKind>(['year', 'date', 'number', 'person', 'place', 'country']);
/** Kinds too varied in meaning for corpus distractors ("Chapter VII" vs "crisis of confidence"). */
export const NO_CHOICE_KINDS = new Set<FactKind>(['term', 'event', 'role']);

const ANSWER_KIND: Record<FactKind, AnswerKind> = {
  year: 'date', date: 'date', number: 'number', person: 'name', place: 'place', country: 'place', organisation: 'place',
  term: 'phrase', quote: 'phrase', event: 'phrase', role: 'phrase', reason: 'cause',
};

export function answerKindOf(kind: FactKind): AnswerKind {
  return ANSWER_KIND[kind];
}
