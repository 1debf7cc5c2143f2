import type { RevealPolicy, SeedMode } from './schemas';
import { formatInstant } from './time';

export type AssignmentRules = {
  id: string;
  attemptsAllowed: number;
  /** ISO time, or null for no due date. */
  dueAt: string | null;
  reveal: RevealPolicy;
  seedMode: SeedMode;
  sharedSeed: string;
};

export type Refusal = {
  ok: false;
  code: 'past-due' | 'no-attempts-left' | 'attempt-open' | 'attempt-submitted' | 'archived' | 'attempts-started';
  message: string;
};
export type Decision = { ok: true } | Refusal;

export function isPastDue(dueAt: string | null, now: Date): boolean {
  return dueAt !== null && now.getTime() >= new Date(dueAt).getTime();
}

function dueMessage(dueAt: string): string {
  return `This assignment was due on ${formatInstant(dueAt)}. Answers are no longer accepted.`;
}

/** May the student start another attempt? `attemptsSoFar` counts every attempt, open or submitted. */
export function canStartAttempt(a: AssignmentRules, attemptsSoFar: number, hasOpenAttempt: boolean, now: Date, archived = false): Decision {
  if (archived) return { ok: false, code: 'archived', message: 'This class is archived: it no longer takes answers.' };
  if (isPastDue(a.dueAt, now)) return { ok: false, code: 'past-due', message: dueMessage(a.dueAt!) };
  if (hasOpenAttempt) return { ok: false, code: 'attempt-open', message: 'Finish the attempt you have already started.' };
  if (attemptsSoFar >= a.attemptsAllowed) {
    return {
      ok: false,
      code: 'no-attempts-left',
      message: `You have used ${a.attemptsAllowed === 1 ? 'your only attempt' : `all ${a.attemptsAllowed} attempts`} at this assignment.`,
    };
  }
  return { ok: true };
}

/** May an answer be saved into this attempt now? */
export function canAnswer(a: AssignmentRules, attempt: { submittedAt: string | null }, now: Date, archived = false): Decision {
  if (archived) return { ok: false, code: 'archived', message: 'This class is archived: it no longer takes answers.' };
  if (attempt.submittedAt) return { ok: false, code: 'attempt-submitted', message: 'This attempt has been submitted; its answers can no longer change.' };
  if (isPastDue(a.dueAt, now)) return { ok: false, code: 'past-due', message: dueMessage(a.dueAt!) };
  return { ok: true };
}

/**
 * Whether a student may see the answer key (correct answer, explanation, cited passage) of a question they
 * have answered, and their score:
 * - after-each: as soon as that question is answered;
 * - after-submit: once the whole attempt is submitted;
 * - after-due: once the due date has passed (for everyone at the same moment, so answers cannot be shared early).
 * Unanswered questions are never revealed, except after the due date under any policy.
 */
export function isRevealed(policy: RevealPolicy, state: { answered: boolean; attemptSubmitted: boolean; dueAt: string | null; now: Date }): boolean {
  const pastDue = isPastDue(state.dueAt, state.now);
  if (policy === 'after-due') return pastDue;
  if (pastDue) return true;
  if (!state.answered) return false;
  return policy === 'after-each' ? true : state.attemptSubmitted;
}

/**
 * Seed for assembling an attempt's questions: per student and attempt, or one shared set for the class.
 * Deterministic, so an attempt can be rebuilt and a teacher's assignment is reproducible.
 */
export function attemptSeed(a: Pick<AssignmentRules, 'id' | 'seedMode' | 'sharedSeed'>, studentId: string, attemptNumber: number): string {
  return a.seedMode === 'shared' ? `${a.id}:${a.sharedSeed}` : `${a.id}:${studentId}:${attemptNumber}`;
}

/**
 * May the teacher change an assignment's settings? Only while no student has started an attempt: an attempt's
 * questions, score and reveal were fixed by the settings it started under, and results compare attempts.
 */
export function canEditAssignment(attemptsStarted: number): Decision {
  if (attemptsStarted > 0) {
    return {
      ok: false,
      code: 'attempts-started',
      message: `${attemptsStarted === 1 ? 'A student has' : `${attemptsStarted} attempts have`} already started this assignment, so it can no longer be changed. Duplicate it to make a changed copy.`,
    };
  }
  return { ok: true };
}

/** The title of a duplicate: "<title> (copy)", shortened so it stays within `max` characters. */
export function copyTitle(title: string, max = 120): string {
  const suffix = ' (copy)';
  return `${title.slice(0, max - suffix.length).trimEnd()}${suffix}`;
}
