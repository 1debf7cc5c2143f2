import { describe, expect, it } from 'vitest';
import { buildRegionMap } from '@/lib/content/map';
import { decodePath } from './path-data';

function inside([x, y]: [number, number], polygon: Array<Array<[number, number]>>): boolean {
  let hit = false;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
    }
  }
  return hit;
}

describe('the map of the Alliance of Sahel States', () => {
  const map = buildRegionMap(['bamako', 'ouagadougou', 'niamey', 'gao']);

  // The text box as components/mdx/map.tsx draws it: capitals in bold, about 0.75 em a letter with the letter
  // spacing, 0.72 em above the baseline; two-word names of the other members on two lines 1.1 em apart.
  it.each(['Burkina Faso', 'Niger', 'Mali'])('draws the name of %s inside the country', (name) => {
    const country = map.countries.find((c) => c.name === name)!;
    expect(country.label).not.toBeNull();
    const twoLines = country.role === 'aes' && name.includes(' ');
    const size = twoLines ? 18 : 23;
    const lines = twoLines ? name.split(' ') : [name];
    const polygon = decodePath(country.d);
    lines.forEach((line, i) => {
      const half = (line.length * 0.75 * size) / 2;
      const baseline = country.label!.y + i * 1.1 * size;
      const corners: Array<[number, number]> = [
        [country.label!.x - half, baseline - 0.72 * size],
        [country.label!.x + half, baseline - 0.72 * size],
        [country.label!.x - half, baseline],
        [country.label!.x + half, baseline],
      ];
      for (const corner of corners) expect(inside(corner, polygon), `${line}: ${corner.join(',')}`).toBe(true);
      // Nor over a place's marker or its name (21 units, below its marker when labelSide is 'below', else beside).
      for (const place of map.places) {
        const nameHalf = (place.name.length * 0.62 * 21) / 2;
        const boxes: Array<[number, number, number, number]> = [[place.x - 7, place.y - 7, place.x + 7, place.y + 7]];
        if (place.labelSide === 'below') boxes.push([place.x - nameHalf, place.y + 13, place.x + nameHalf, place.y + 28]);
        if (place.labelSide === 'right') boxes.push([place.x + 10, place.y - 8, place.x + 10 + 2 * nameHalf, place.y + 7]);
        for (const [x0, y0, x1, y1] of boxes) {
          const clear = corners[1]![0] < x0 || corners[0]![0] > x1 || corners[2]![1] < y0 || corners[0]![1] > y1;
          expect(clear, `${line} overlaps ${place.name}`).toBe(true);
        }
      }
    });
  });
});
