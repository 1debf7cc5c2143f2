import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/** Copies the real content/ to a temp folder so a test can break one file without touching the repo. */
export function copyContent(): { dir: string; edit: (relative: string, change: (text: string) => string) => void; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cited-content-'));
  fs.cpSync(path.join(process.cwd(), 'content'), dir, { recursive: true });
  return {
    dir,
    edit(relative, change) {
      const file = path.join(dir, relative);
      const before = fs.readFileSync(file, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`fixture edit changed nothing in ${relative}`);
      fs.writeFileSync(file, after);
    },
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * Each test in the calling suite gets a fresh copy of content/ that the loader reads (CONTENT_DIR);
 * returns a getter for the current copy.
 */
export function useContentFixture(): () => ReturnType<typeof copyContent> {
  let fixture: ReturnType<typeof copyContent> | null = null;
  beforeEach(() => {
    fixture = copyContent();
    process.env.CONTENT_DIR = fixture.dir;
  });
  afterEach(() => {
    delete process.env.CONTENT_DIR;
    fixture?.cleanup();
    fixture = null;
  });
  return () => {
    if (!fixture) throw new Error('useContentFixture: no fixture outside a test');
    return fixture;
  };
}
