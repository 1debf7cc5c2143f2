import { describe, expect, it } from 'vitest';
import { inlineScriptHashes } from '../../../scripts/csp-hashes.mjs';
import { deferHydration } from '../../../scripts/defer-hydration.mjs';

describe('inlineScriptHashes', () => {
  it('hashes the text of inline scripts as the browser does (UTF-8, SHA-256, base64)', () => {
    // Reference values from `printf … | openssl dgst -sha256 -binary | base64`.
    expect(inlineScriptHashes('<p>x</p><script>alert(1)</script>')).toEqual(["'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"]);
    expect(inlineScriptHashes('<script id="_R_">é</script>')).toEqual(["'sha256-SplVfkAzw1Od4utlRyAXytX5VX96BiWgnxw/biumnEw='"]);
  });

  it('skips scripts with src and empty scripts, and lists a repeated script once', () => {
    const html = '<script src="/a.js" async=""></script><script></script><script>alert(1)</script><script nonce="n">alert(1)</script>';
    expect(inlineScriptHashes(html)).toHaveLength(1);
  });

  it('covers the loader that defer-hydration appends', () => {
    const page = '<html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body><script>self.__next_f.push([1])</script></body></html>';
    const before = inlineScriptHashes(page);
    const after = inlineScriptHashes(deferHydration(page).html);
    expect(before).toHaveLength(1);
    expect(after).toHaveLength(2);
    expect(after).toEqual(expect.arrayContaining(before));
  });
});
