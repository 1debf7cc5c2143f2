import { describe, expect, it } from 'vitest';
import { assignmentSettingsSchema, displayNameSchema, joinClassSchema, saveAnswerSchema, textFieldSchema } from '@/lib/classroom/schemas';

const form = {
  title: ' Week 1 ',
  modules: 'minusma',
  questionCount: '8',
  questionTypes: ['single-choice', 'true-false'],
  attemptsAllowed: '2',
  dueAt: '2026-03-01T12:00:00.000Z',
  reveal: 'after-due',
  seedMode: 'shared',
};

describe('assignment settings', () => {
  it('parse a submitted form, one checkbox or several', () => {
    const a = assignmentSettingsSchema.parse(form);
    expect(a).toMatchObject({ title: 'Week 1', modules: ['minusma'], questionCount: 8, attemptsAllowed: 2, reveal: 'after-due', seedMode: 'shared' });
    expect(a.dueAt).toBe('2026-03-01T12:00:00.000Z');
  });

  it.each([
    [{ modules: [] }, 'Pick at least one module'],
    [{ questionTypes: [] }, 'Pick at least one question type'],
    [{ questionTypes: ['essay'] }, ''],
    [{ questionCount: '0' }, 'At least 1 question'],
    [{ questionCount: '51' }, 'At most 50'],
    [{ attemptsAllowed: '1.5' }, ''],
    [{ reveal: 'never' }, ''],
    [{ dueAt: 'tomorrow' }, 'not a valid date'],
    [{ dueAt: '' }, 'needs a due date'],
    [{ modules: ['../etc/passwd'] }, 'Unknown module'],
  ])('reject %j', (patch, message) => {
    const r = assignmentSettingsSchema.safeParse({ ...form, ...patch });
    expect(r.success).toBe(false);
    if (message) expect(JSON.stringify(r.error?.issues)).toContain(message);
  });
});

describe('due dates picked in the teacher’s zone', () => {
  const { dueAt: _omit, ...noInstant } = form;

  it('turn the picked wall-clock time and zone into an instant, and keep the zone', () => {
    const a = assignmentSettingsSchema.parse({ ...noInstant, dueLocal: '2030-06-15T15:30', timeZone: 'America/New_York' });
    expect(a.dueAt).toBe('2030-06-15T19:30:00.000Z');
    expect(a.dueTimeZone).toBe('America/New_York');
  });

  it('read the time as UTC when the browser sent no zone (no JavaScript)', () => {
    const a = assignmentSettingsSchema.parse({ ...noInstant, dueLocal: '2030-06-15T15:30', timeZone: '' });
    expect(a.dueAt).toBe('2030-06-15T15:30:00.000Z');
  });

  it.each([
    [{ dueLocal: '2030-02-30T10:00', timeZone: 'UTC' }, 'not a valid date'],
    [{ dueLocal: '2030-06-15T15:30', timeZone: 'Mars/Olympus' }, 'Unknown time zone'],
  ])('refuse %j', (patch, message) => {
    const r = assignmentSettingsSchema.safeParse({ ...noInstant, ...patch });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain(message);
  });
});

describe('names and answers', () => {
  it('clean display names and bound their length', () => {
    expect(displayNameSchema.parse('  Amina \u0007  T.  ')).toBe('Amina T.');
    expect(displayNameSchema.safeParse('   ').success).toBe(false);
    expect(displayNameSchema.safeParse('x'.repeat(41)).success).toBe(false);
    expect(joinClassSchema.safeParse({ code: 'ABC-DEF' }).success).toBe(false);
  });

  it('bound answer payloads', () => {
    expect(saveAnswerSchema.safeParse({ questionId: 'q-1', response: 'x' }).success).toBe(true);
    expect(saveAnswerSchema.safeParse({ questionId: 'q-1', response: 'x'.repeat(501) }).success).toBe(false);
    expect(saveAnswerSchema.safeParse({ questionId: 'q-1', response: Array(21).fill('a') }).success).toBe(false);
    expect(saveAnswerSchema.safeParse({ questionId: 'q-1', response: { a: 1 } }).success).toBe(false);
    expect(saveAnswerSchema.safeParse({ questionId: '', response: 'x' }).success).toBe(false);
  });
});

describe('textFieldSchema and counts (issue 12, defect 9)', () => {
  const title = textFieldSchema('Title', 20);
  it.each([['\u200b'], ['\u200b\u200c\u200d'], ['\u2060\ufeff'], ['---'], ['\u3164']])('refuse %j: no letter or digit', (v) => {
    const r = title.safeParse(v);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/Title (must contain a letter or a digit|is required)/);
  });
  it.each(['Ali\u202ecod.exe', 'a\u2066b', 'x\u200fy'])('refuse text-direction controls in %j', (v) => {
    expect(title.safeParse(v).error?.issues.map((i) => i.message)).toContain('Title must not contain text-direction control characters');
  });
  it('keep real names in any script, normalised to NFC', () => {
    expect(title.parse('  أمينة  ')).toBe('أمينة');
    expect(title.parse('Amadou 2')).toBe('Amadou 2');
    expect(title.parse('Cafe\u0301')).toBe('Café');
  });
  it.each(['0x10', '1e1', '16.0', ' 16', '+16', '-1', '', '١٦'])('refuse the count %j', (questionCount) => {
    expect(assignmentSettingsSchema.safeParse({ ...form, questionCount }).success).toBe(false);
  });
  it('refuse blank answers', () => {
    for (const response of ['', ' \t', '\u200b', [], ['', '\u00a0']]) expect(saveAnswerSchema.safeParse({ questionId: 'q-1', response }).success).toBe(false);
    expect(saveAnswerSchema.safeParse({ questionId: 'q-1', response: ['', 'Bamako'] }).success).toBe(true);
  });
});
