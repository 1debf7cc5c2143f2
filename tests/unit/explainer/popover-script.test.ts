import { describe, expect, it } from 'vitest';
import { POPOVER_BEHAVIOUR, POPOVER_SCRIPT, POPOVER_SCRIPT_SRC } from '@/components/explainer/citation-dismiss';

describe('the popover script as served', () => {
  it('is valid JavaScript with every statement of the source and none of its comments', () => {
    expect(() => new Function(POPOVER_SCRIPT)).not.toThrow();
    expect(POPOVER_SCRIPT.length).toBeLessThan(POPOVER_BEHAVIOUR.length);
    expect(POPOVER_SCRIPT).not.toMatch(/^\s*\/\//m);
    const code = (text: string) =>
      text
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('//'));
    expect(code(POPOVER_SCRIPT)).toEqual(code(POPOVER_BEHAVIOUR));
    for (const event of ['keydown', 'focusin', 'pointerover', 'pointerdown', 'click']) expect(POPOVER_SCRIPT).toContain(`'${event}'`);
  });

  it('is addressed by a version of its content', () => {
    expect(POPOVER_SCRIPT_SRC).toMatch(/^\/cite-popovers\.js\?v=[0-9a-f]{12}$/);
  });
});
