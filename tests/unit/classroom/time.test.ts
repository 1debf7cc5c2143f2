import { describe, expect, it } from 'vitest';
import { formatInstant, instantToZonedTime, isTimeZone, zonedTimeToInstant } from '@/lib/classroom/time';

describe('due dates in the teacher’s time zone', () => {
  it('reads a picked wall-clock time in the given zone, across DST', () => {
    expect(zonedTimeToInstant('2030-06-15T15:30', 'America/New_York')?.toISOString()).toBe('2030-06-15T19:30:00.000Z');
    expect(zonedTimeToInstant('2030-01-15T15:30', 'America/New_York')?.toISOString()).toBe('2030-01-15T20:30:00.000Z');
    expect(zonedTimeToInstant('2030-06-15T15:30', 'Africa/Bamako')?.toISOString()).toBe('2030-06-15T15:30:00.000Z');
    expect(zonedTimeToInstant('2030-06-15T15:30', 'Asia/Kolkata')?.toISOString()).toBe('2030-06-15T10:00:00.000Z');
  });

  it.each(['2030-02-30T10:00', '2030-13-01T10:00', '2030-06-15T24:00', '2030-06-15', '15/06/2030 15:30', ''])('refuses %j', (local) => {
    expect(zonedTimeToInstant(local, 'UTC')).toBeNull();
  });

  it('knows real zones only', () => {
    expect(isTimeZone('Europe/Paris')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('<script>')).toBe(false);
  });

  it('shows the instant in the teacher’s zone without seconds, naming the zone', () => {
    const shown = formatInstant('2030-06-15T19:30:00.000Z', 'America/New_York');
    expect(shown).toContain('15 Jun 2030');
    expect(shown).toContain('15:30');
    expect(shown).toMatch(/GMT-4|EDT/);
    expect(shown).not.toMatch(/\d:\d\d:\d\d/);
    expect(formatInstant('2030-06-15T19:30:00.000Z')).toMatch(/19:30 UTC/);
    expect(formatInstant('2030-06-15T19:30:00.000Z', 'Not/AZone')).toMatch(/19:30 UTC/);
  });
});

describe('a stored due date back in an edit form', () => {
  it('gives the wall-clock time the teacher picked, in their zone', () => {
    const instant = zonedTimeToInstant('2030-06-15T15:30', 'America/New_York')!.toISOString();
    expect(instant).toBe('2030-06-15T19:30:00.000Z');
    expect(instantToZonedTime(instant, 'America/New_York')).toBe('2030-06-15T15:30');
    expect(instantToZonedTime(instant, null)).toBe('2030-06-15T19:30');
    expect(instantToZonedTime(instant, 'Not/AZone')).toBe('2030-06-15T19:30');
  });
});
