import { describe, expect, it } from 'vitest';
import { parseRoleHint } from '@/lib/role-hint';

describe('the role hint cookie', () => {
  it('reads the role among other cookies', () => {
    expect(parseRoleHint('a=1; cited_role=teacher; b=2')).toBe('teacher');
    expect(parseRoleHint('cited_role=student')).toBe('student');
  });
  it('ignores absent, empty and unknown values', () => {
    for (const cookies of ['', 'a=1', 'cited_role=', 'cited_role=admin', 'xcited_role=teacher']) expect(parseRoleHint(cookies)).toBeNull();
  });
});
