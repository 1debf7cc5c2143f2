import { describe, expect, it } from 'vitest';
import { buildCsp, createNonce, prerenderedPathFor, scriptHashesFor, type CspManifest } from '@/lib/security/csp';

const q = (query = '') => new URLSearchParams(query);
const manifest: CspManifest = {
  pages: {
    '/': ["'sha256-home='"],
    '/explainers/minusma/quiz/start': ["'sha256-start='"],
    '/404': ["'sha256-notfound='"],
  },
};

describe('prerenderedPathFor', () => {
  it('maps the bare quiz URL to the prerendered start page, as the rewrite in next.config.mjs does', () => {
    expect(prerenderedPathFor('/explainers/minusma/quiz', q())).toBe('/explainers/minusma/quiz/start');
    expect(prerenderedPathFor('/explainers/minusma/quiz', q('utm=1'))).toBe('/explainers/minusma/quiz/start');
    for (const query of ['seed=1', 'a=', 'view=summary']) expect(prerenderedPathFor('/explainers/minusma/quiz', q(query))).toBe('/explainers/minusma/quiz');
  });

  it('drops a trailing slash but keeps the root', () => {
    expect(prerenderedPathFor('/glossary/', q())).toBe('/glossary');
    expect(prerenderedPathFor('/', q())).toBe('/');
  });
});

describe('scriptHashesFor', () => {
  it("gives a prerendered page its own hashes and any other URL the 404 page's", () => {
    expect(scriptHashesFor(manifest, '/', q())).toEqual(["'sha256-home='"]);
    expect(scriptHashesFor(manifest, '/explainers/minusma/quiz', q())).toEqual(["'sha256-start='"]);
    expect(scriptHashesFor(manifest, '/explainers/minusma/quiz', q('seed=2'))).toEqual(["'sha256-notfound='"]);
    expect(scriptHashesFor(manifest, '/teacher', q())).toEqual(["'sha256-notfound='"]);
    expect(scriptHashesFor({ pages: {} }, '/', q())).toEqual([]);
  });
});

describe('buildCsp', () => {
  const directives = (csp: string) => new Map(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)] as const));

  it('allows inline scripts only by nonce or hash in production', () => {
    const csp = directives(buildCsp({ nonce: 'abc', hashes: ["'sha256-x='"] }));
    expect(csp.get('script-src')).toEqual(["'self'", "'nonce-abc'", "'sha256-x='"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
  });

  it('relaxes scripts in development only', () => {
    expect(directives(buildCsp({ nonce: 'abc', hashes: [], dev: true })).get('script-src')).toContain("'unsafe-eval'");
  });
});

it('makes a fresh 128-bit nonce each time', () => {
  const nonces = new Set(Array.from({ length: 100 }, createNonce));
  expect(nonces.size).toBe(100);
  expect(Buffer.from([...nonces][0]!, 'base64')).toHaveLength(16);
});
