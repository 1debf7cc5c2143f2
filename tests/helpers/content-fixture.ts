import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

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
