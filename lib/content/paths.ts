import path from 'node:path';

/** Content lives in the repo; CONTENT_DIR lets tests point the loader at fixtures. */
export function contentDir(): string {
  return process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content');
}
