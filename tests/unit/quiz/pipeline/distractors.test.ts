import { describe, expect, it } from 'vitest';
import { orgGroup } from '@/lib/quiz/pipeline/distractors';

describe('orgGroup', () => {
  it('tells armed groups, news agencies and watchdogs, and public bodies apart', () => {
    expect(['Wagner Group', 'Islamic State', 'Operation Barkhane'].map(orgGroup)).toEqual(['armed', 'armed', 'armed']);
    expect(['Reuters', 'Human Rights Watch'].map(orgGroup)).toEqual(['media', 'media']);
    expect(['African Union', 'US Treasury', 'Security Council'].map(orgGroup)).toEqual(['public', 'public', 'public']);
  });
});
