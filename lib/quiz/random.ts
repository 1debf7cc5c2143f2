/** Stable 53-bit string hash (cyrb53), as a 14-digit hex string. Same input, same output, on every machine. */
export function hashString(text: string, seed = 0): string {
  const [h1, h2] = mix(absorb(0xdeadbeef ^ seed, 0x41c6ce57 ^ seed, text));
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/**
 * hashString(prefix + text) for many texts after one prefix, as the number its first four hex digits make
 * (0 to 0xffff): the prefix is read once, and no string is built.
 */
export function prefixedHash16(prefix: string): (text: string) => number {
  const hash = prefixedHash(prefix);
  return (text) => Math.floor(hash(text) / 2 ** 40);
}

/** hashString(prefix + text) as a number (the same order as the hex strings), the prefix read once. */
function prefixedHash(prefix: string): (text: string) => number {
  const [p1, p2] = absorb(0xdeadbeef, 0x41c6ce57, prefix);
  return (text) => {
    const [h1, h2] = mix(absorb(p1, p2, text));
    return 4294967296 * (2097151 & h2) + (h1 >>> 0);
  };
}

function absorb(h1: number, h2: number, text: string): [number, number] {
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  return [h1, h2];
}

function mix([h1, h2]: [number, number]): [number, number] {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1, h2];
}

export type Random = () => number;

/** Seeded PRNG (mulberry32) returning floats in [0, 1); the same seed gives the same sequence. */
export function createRandom(seed: string): Random {
  let state = parseInt(hashString(seed).slice(-8), 16) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle into a new array. */
export function shuffle<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Orders items by the hash of a key: a shuffle that does not change when unrelated items are added. */
export function hashOrder<T>(items: readonly T[], key: (item: T) => string, salt: string): T[] {
  const rankOf = prefixedHash(`${salt}|`);
  return [...items]
    .map((item) => ({ item, rank: rankOf(key(item)) }))
    .sort((a, b) => a.rank - b.rank)
    .map((x) => x.item);
}
