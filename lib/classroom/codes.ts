import crypto from 'node:crypto';

/**
 * Letters and digits that cannot be confused when read aloud or copied from a board: no 0/O, 1/I/L
 * (and so no lowercase l either, since input is upper-cased).
 */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;
export const REJOIN_CODE_LENGTH = 8;

/** Uniformly random code from JOIN_CODE_ALPHABET (rejection sampling: no modulo bias). */
export function generateCode(length: number = JOIN_CODE_LENGTH, randomBytes: (n: number) => Uint8Array = crypto.randomBytes): string {
  const max = 256 - (256 % JOIN_CODE_ALPHABET.length);
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < max && out.length < length) out += JOIN_CODE_ALPHABET[byte % JOIN_CODE_ALPHABET.length];
    }
  }
  return out;
}

/** Upper-cases and drops spaces and dashes ("abc-def" → "ABCDEF"); does not validate. */
export function normalizeCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]+/g, '');
}

export function isWellFormedCode(code: string, length: number): boolean {
  return code.length === length && [...code].every((ch) => JOIN_CODE_ALPHABET.includes(ch));
}

/** "ABCDEF" → "ABC-DEF", easier to read aloud in two halves. */
export function formatCode(code: string): string {
  const half = Math.ceil(code.length / 2);
  return `${code.slice(0, half)}-${code.slice(half)}`;
}

export function sha256(value: string): string {
  return crypto.createHash('sha256').update(value).digest('hex');
}

export function randomId(): string {
  return crypto.randomBytes(12).toString('base64url');
}

export function randomToken(): string {
  return crypto.randomBytes(24).toString('base64url');
}
