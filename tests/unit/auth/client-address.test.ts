import { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { clientAddress, parseTrustProxy, setClientAddress } from '../../../scripts/client-address.mjs';

function request(remoteAddress: string, headers: Array<[string, string]>): IncomingMessage {
  const socket = new Socket();
  Object.defineProperty(socket, 'remoteAddress', { value: remoteAddress });
  const req = new IncomingMessage(socket);
  for (const [name, value] of headers) {
    req.rawHeaders.push(name, value);
    req.headers[name.toLowerCase()] = value;
  }
  return req;
}

describe('the client address the server sets', () => {
  it('is the socket peer by default, whatever forwarding headers the client sends', () => {
    const req = request('::ffff:203.0.113.7', [
      ['X-Forwarded-For', '1.2.3.4'],
      ['X-Real-IP', '5.6.7.8'],
      ['Forwarded', 'for=9.9.9.9'],
      ['Accept', 'text/html'],
    ]);
    expect(setClientAddress(req, false)).toBe('203.0.113.7');
    expect(req.headers['x-forwarded-for']).toBe('203.0.113.7');
    expect(req.headers['x-real-ip']).toBeUndefined();
    expect(req.headers.forwarded).toBeUndefined();
    expect(req.rawHeaders).toEqual(['Accept', 'text/html', 'x-forwarded-for', '203.0.113.7']);
  });

  it('is the last x-forwarded-for entry with TRUST_PROXY=1: the one the proxy appended', () => {
    expect(clientAddress({ remoteAddress: '10.0.0.2', forwardedFor: '6.6.6.6, 198.51.100.9', trustProxy: true })).toBe('198.51.100.9');
    expect(clientAddress({ remoteAddress: '10.0.0.2', forwardedFor: ['6.6.6.6', '198.51.100.9'], trustProxy: true })).toBe('198.51.100.9');
    // Nothing usable from the proxy: the socket (the proxy itself), never a client-chosen value.
    expect(clientAddress({ remoteAddress: '10.0.0.2', forwardedFor: '6.6.6.6, not-an-ip', trustProxy: true })).toBe('10.0.0.2');
    expect(clientAddress({ remoteAddress: '10.0.0.2', forwardedFor: undefined, trustProxy: true })).toBe('10.0.0.2');
    expect(clientAddress({ remoteAddress: '10.0.0.2', forwardedFor: '6.6.6.6', trustProxy: false })).toBe('10.0.0.2');
  });

  it('reads TRUST_PROXY strictly: off unless exactly 1', () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy('0')).toBe(false);
    expect(parseTrustProxy('1')).toBe(true);
    expect(() => parseTrustProxy('true')).toThrow(/TRUST_PROXY must be 0 or 1/);
    expect(() => parseTrustProxy('2')).toThrow(/TRUST_PROXY/);
  });
});
