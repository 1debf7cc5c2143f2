import { formatScoreOutOf } from './format';
import { isPastDue, isRevealed, type AssignmentRules } from './rules';

/** One of the student's attempts at an assignment, as the status needs it. */
export type AttemptProgress = { submittedAt: string | null; answered: number; total: number; score: number | null };

export type AssignmentStatus =
  | { kind: 'not-started' }
  | { kind: 'missed' }
  | { kind: 'in-progress'; answered: number; total: number }
  /** `score` is null until the reveal policy shows it. */
  | { kind: 'turned-in'; score: number | null; total: number };

/**
 * Where a student stands on an assignment, from their attempts in order (the last one counts). The score
 * shows only when `isRevealed` allows it, as on the assignment page.
 */
export function assignmentStatus(a: Pick<AssignmentRules, 'dueAt' | 'reveal'>, attempts: AttemptProgress[], now: Date): AssignmentStatus {
  const last = attempts.at(-1);
  if (!last) return isPastDue(a.dueAt, now) ? { kind: 'missed' } : { kind: 'not-started' };
  if (!last.submittedAt) return { kind: 'in-progress', answered: last.answered, total: last.total };
  const revealed = isRevealed(a.reveal, { answered: true, attemptSubmitted: true, dueAt: a.dueAt, now });
  return { kind: 'turned-in', score: revealed ? last.score : null, total: last.total };
}

/** "Not started", "2 of 6 answered", "Turned in", "Turned in · score 4.5 / 6", "Missed: the due date has passed". */
export function describeStatus(status: AssignmentStatus): string {
  switch (status.kind) {
    case 'not-started':
      return 'Not started';
    case 'missed':
      return 'Missed: the due date has passed';
    case 'in-progress':
      return `${status.answered} of ${status.total} answered`;
    case 'turned-in':
      return status.score === null ? 'Turned in' : `Turned in · score ${formatScoreOutOf(status.score, status.total)}`;
  }
}
