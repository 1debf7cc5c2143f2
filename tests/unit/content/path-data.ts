import { expect } from 'vitest';

/** Absolute rings of a path written with m / l / z and implicit repeated l pairs. */
export function decodePath(d: string): Array<Array<[number, number]>> {
  const rings: Array<Array<[number, number]>> = [];
  let x = 0;
  let y = 0;
  let ring: Array<[number, number]> = [];
  for (const [, command, numbers] of d.matchAll(/([mlz])([^mlz]*)/g)) {
    if (command === 'z') {
      rings.push(ring);
      x = ring[0]![0];
      y = ring[0]![1];
      ring = [];
      continue;
    }
    const values = (numbers!.match(/-?\d+/g) ?? []).map(Number);
    expect(values.length % 2, d).toBe(0);
    for (let i = 0; i < values.length; i += 2) {
      x += values[i]!;
      y += values[i + 1]!;
      if (command === 'm' && i === 0) ring = [[x, y]];
      else ring.push([x, y]);
    }
  }
  if (ring.length) rings.push(ring);
  return rings;
}

