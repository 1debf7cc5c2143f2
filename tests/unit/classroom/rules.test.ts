import { describe, expect, it } from 'vitest';
import { attemptSeed, canAnswer, canEditAssignment, canStartAttempt, copyTitle, isRevealed, type AssignmentRules } from '@/lib/classroom/rules';

const now = new Date('2026-03-01T12:00:00Z');
const base: AssignmentRules = { id: 'a1', attemptsAllowed: 2, dueAt: '2026-03-02T12:00:00Z', reveal: 'after-submit', seedMode: 'per-student', sharedSeed: 's' };

describe('starting attempts', () => {
  it('allows up to the attempts allowed, one at a time, before the due date', () => {
    expect(canStartAttempt(base, 0, false, now).ok).toBe(true);
    expect(canStartAttempt(base, 1, false, now).ok).toBe(true);
    expect(canStartAttempt(base, 2, false, now)).toMatchObject({ ok: false, code: 'no-attempts-left' });
    expect(canStartAttempt(base, 1, true, now)).toMatchObject({ ok: false, code: 'attempt-open' });
    expect(canStartAttempt(base, 0, false, new Date('2026-03-02T12:00:00Z'))).toMatchObject({ ok: false, code: 'past-due' });
    expect(canStartAttempt({ ...base, dueAt: null }, 0, false, new Date('2100-01-01')).ok).toBe(true);
    expect(canStartAttempt(base, 0, false, now, true)).toMatchObject({ ok: false, code: 'archived' });
  });

  it('explains refusals in words a student understands', () => {
    const r = canStartAttempt({ ...base, attemptsAllowed: 1 }, 1, false, now);
    expect(r.ok ? '' : r.message).toMatch(/your only attempt/);
  });
});

describe('answering', () => {
  it('refuses submitted attempts and answers at or after the due date', () => {
    expect(canAnswer(base, { submittedAt: null }, now).ok).toBe(true);
    expect(canAnswer(base, { submittedAt: now.toISOString() }, now)).toMatchObject({ ok: false, code: 'attempt-submitted' });
    const late = canAnswer(base, { submittedAt: null }, new Date('2026-03-02T12:00:01Z'));
    expect(late).toMatchObject({ ok: false, code: 'past-due' });
    expect(late.ok ? '' : late.message).toMatch(/no longer accepted/);
  });
});

describe('reveal policy', () => {
  const at = (policy: AssignmentRules['reveal'], answered: boolean, attemptSubmitted: boolean, when = now) =>
    isRevealed(policy, { answered, attemptSubmitted, dueAt: base.dueAt, now: when });
  const afterDue = new Date('2026-03-03T00:00:00Z');

  it('never reveals an unanswered question before the due date', () => {
    for (const p of ['after-each', 'after-submit', 'after-due'] as const) expect(at(p, false, false)).toBe(false);
  });
  it('after-each: as soon as the question is answered', () => {
    expect(at('after-each', true, false)).toBe(true);
  });
  it('after-submit: only once the attempt is submitted', () => {
    expect(at('after-submit', true, false)).toBe(false);
    expect(at('after-submit', true, true)).toBe(true);
  });
  it('after-due: not even after submitting, until the due date passes', () => {
    expect(at('after-due', true, true)).toBe(false);
    expect(at('after-due', true, true, afterDue)).toBe(true);
    expect(at('after-due', false, false, afterDue)).toBe(true);
  });
});

describe('seeds', () => {
  it('differ per student and attempt, unless the set is shared', () => {
    expect(attemptSeed(base, 'st1', 1)).not.toBe(attemptSeed(base, 'st2', 1));
    expect(attemptSeed(base, 'st1', 1)).not.toBe(attemptSeed(base, 'st1', 2));
    expect(attemptSeed(base, 'st1', 1)).toBe(attemptSeed(base, 'st1', 1));
    const shared = { ...base, seedMode: 'shared' as const };
    expect(attemptSeed(shared, 'st1', 1)).toBe(attemptSeed(shared, 'st2', 2));
  });
});

describe('editing and duplicating an assignment', () => {
  it('allows editing only while no attempt has started, and says why not', () => {
    expect(canEditAssignment(0)).toEqual({ ok: true });
    const one = canEditAssignment(1);
    expect(one).toMatchObject({ ok: false, code: 'attempts-started' });
    expect(one.ok ? '' : one.message).toMatch(/A student has already started.*Duplicate it/);
    expect(canEditAssignment(3).ok ? '' : (canEditAssignment(3) as { message: string }).message).toMatch(/^3 attempts have/);
  });

  it('marks a copy and keeps it within the title limit', () => {
    expect(copyTitle('Read and check')).toBe('Read and check (copy)');
    const long = copyTitle('x'.repeat(120));
    expect(long).toHaveLength(120);
    expect(long.endsWith(' (copy)')).toBe(true);
  });
});
