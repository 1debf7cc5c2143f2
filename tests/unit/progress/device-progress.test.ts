import { describe, expect, it } from 'vitest';
import { hasProgress, parseDeviceProgress, withModuleRead, withQuizFinished } from '@/lib/progress/device-progress';

const now = new Date('2030-01-02T03:04:05Z');

describe('progress kept on the device', () => {
  it('starts empty for nothing, garbage, or another shape', () => {
    for (const raw of [null, '', 'not json', '[]', '{"read":{"../x":"t"}}', '{"quizzes":{"minusma":{"score":-1,"total":8,"at":"t"}}}']) {
      const p = parseDeviceProgress(raw);
      expect(p).toEqual({ read: {}, quizzes: {} });
      expect(hasProgress(p)).toBe(false);
    }
  });

  it('records a module once, with the first time it was read', () => {
    const once = withModuleRead(parseDeviceProgress(null), 'minusma', now);
    const twice = withModuleRead(once, 'minusma', new Date('2031-01-01T00:00:00Z'));
    expect(twice.read).toEqual({ minusma: now.toISOString() });
    expect(hasProgress(twice)).toBe(true);
    expect(parseDeviceProgress(JSON.stringify(twice))).toEqual(twice);
  });

  it('keeps the latest finished quiz of each module', () => {
    const first = withQuizFinished(parseDeviceProgress(null), 'minusma', { score: 3, total: 8 }, now);
    const second = withQuizFinished(first, 'minusma', { score: 6.5, total: 8 }, now);
    expect(second.quizzes).toEqual({ minusma: { score: 6.5, total: 8, at: now.toISOString() } });
    expect(parseDeviceProgress(JSON.stringify(second))).toEqual(second);
  });
});
