import { beforeAll, describe, expect, it } from 'vitest';
import { isJsonContentType, isSameOrigin } from '@/lib/auth/request-checks';
import { resetEnvForTests } from '@/lib/env';

describe('isJsonContentType', () => {
  it.each(['application/json', 'Application/JSON', 'application/json; charset=utf-8', 'application/json;charset="UTF-8"'])('accepts %s', (h) => {
    expect(isJsonContentType(h)).toBe(true);
  });
  it.each([null, '', 'text/plain', 'text/plain; application/json', 'text/plain;application/json', 'application/json, text/plain', 'application/jsonx', 'application/json; text/plain', 'multipart/form-data; boundary=application/json', 'application/x-www-form-urlencoded'])('refuses %s', (h) => {
    expect(isJsonContentType(h)).toBe(false);
  });
});

describe('isSameOrigin', () => {
  beforeAll(() => {
    process.env.BASE_URL = 'https://cited.example';
    resetEnvForTests();
  });
  const req = (headers: Record<string, string>, url = 'http://localhost:3000/api/attempts/x/answers') => new Request(url, { method: 'POST', headers });

  it('accepts the public address and the address the request was made to', () => {
    expect(isSameOrigin(req({ origin: 'https://cited.example' }))).toBe(true);
    expect(isSameOrigin(req({ origin: 'http://localhost:3000' }))).toBe(true);
  });
  it.each(['https://evil.example', 'https://cited.example.evil.example', 'http://cited.example', 'https://cited.example:444', 'null', 'garbage', 'https://cited.example/path'])('refuses Origin %s', (origin) => {
    expect(isSameOrigin(req({ origin }))).toBe(false);
  });
  it('without Origin, refuses what Sec-Fetch-Site marks as another site and accepts the rest', () => {
    expect(isSameOrigin(req({}))).toBe(true);
    expect(isSameOrigin(req({ 'sec-fetch-site': 'same-origin' }))).toBe(true);
    expect(isSameOrigin(req({ 'sec-fetch-site': 'cross-site' }))).toBe(false);
    expect(isSameOrigin(req({ 'sec-fetch-site': 'same-site' }))).toBe(false);
  });
});
