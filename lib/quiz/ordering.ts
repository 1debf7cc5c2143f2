import type { FormFields } from './attempt';
import type { PublicQuestion } from './types';

/**
 * Why a posted ordering cannot be read as an order, or null when it can: every event needs its own
 * position from 1 to n. Without this, two events at "1" were sorted silently into an order the student
 * never chose. `positions` are the raw values of the order-<i> fields, in option order.
 */
export function orderingProblem(positions: (string | null)[]): string | null {
  const n = positions.length;
  const numbers = positions.map((p) => (p !== null && /^\d{1,2}$/.test(p) ? Number(p) : NaN));
  if (numbers.some((p) => !Number.isInteger(p) || p < 1 || p > n)) return `Give every event a position from 1 to ${n}.`;
  const repeated = [...new Set(numbers.filter((p, i) => numbers.indexOf(p) !== i))].sort((a, b) => a - b);
  if (repeated.length === 0) return null;
  const list = repeated.length === 1 ? `${repeated[0]}` : `${repeated.slice(0, -1).join(', ')} and ${repeated.at(-1)}`;
  return `Each position can be used once: ${list} ${repeated.length === 1 ? 'is' : 'are'} given to more than one event.`;
}

/** orderingProblem for a posted form; null for questions that are not orderings. */
export function orderingProblemInFields(question: PublicQuestion, fields: FormFields): string | null {
  if (question.type !== 'ordering') return null;
  return orderingProblem((question.options ?? []).map((_, i) => fields.get(`order-${i}`)));
}
