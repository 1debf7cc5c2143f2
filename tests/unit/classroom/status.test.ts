import { describe, expect, it } from 'vitest';
import { assignmentStatus, describeStatus } from '@/lib/classroom/status';

const now = new Date('2030-06-01T12:00:00Z');
const future = '2030-07-01T00:00:00Z';
const past = '2030-05-01T00:00:00Z';
const open = { submittedAt: null, answered: 2, total: 6, score: 1 };
const done = { submittedAt: '2030-06-01T10:00:00Z', answered: 6, total: 6, score: 4.5 };

describe('a student’s status on an assignment', () => {
  it('says not started, or missed once the due date has passed', () => {
    expect(describeStatus(assignmentStatus({ dueAt: future, reveal: 'after-each' }, [], now))).toBe('Not started');
    expect(describeStatus(assignmentStatus({ dueAt: null, reveal: 'after-each' }, [], now))).toBe('Not started');
    expect(describeStatus(assignmentStatus({ dueAt: past, reveal: 'after-each' }, [], now))).toBe('Missed: the due date has passed');
  });

  it('counts answers of the open attempt', () => {
    expect(describeStatus(assignmentStatus({ dueAt: null, reveal: 'after-each' }, [done, open], now))).toBe('2 of 6 answered');
  });

  it('shows the score only when the reveal policy does', () => {
    expect(describeStatus(assignmentStatus({ dueAt: null, reveal: 'after-submit' }, [done], now))).toBe('Turned in · score 4.5 / 6');
    expect(describeStatus(assignmentStatus({ dueAt: future, reveal: 'after-due' }, [done], now))).toBe('Turned in');
    expect(describeStatus(assignmentStatus({ dueAt: past, reveal: 'after-due' }, [done], now))).toBe('Turned in · score 4.5 / 6');
    expect(describeStatus(assignmentStatus({ dueAt: null, reveal: 'after-each' }, [{ ...done, score: 1.8333333 }], now))).toBe('Turned in · score 1.8 / 6');
  });
});
