import { geoMercator, geoPath } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries50m from 'world-atlas/countries-50m.json';
import { describe, expect, it } from 'vitest';
import { CompactPathContext } from '@/lib/content/compact-path';
import { decodePath as decode } from './path-data';

const onSegment = ([px, py]: [number, number], [ax, ay]: [number, number], [bx, by]: [number, number]) =>
  (bx - ax) * (py - ay) - (by - ay) * (px - ax) === 0 && px >= Math.min(ax, bx) && px <= Math.max(ax, bx) && py >= Math.min(ay, by) && py <= Math.max(ay, by);

describe('CompactPathContext', () => {
  it('writes relative whole units, drops repeated points and merges a straight run', () => {
    const path = new CompactPathContext();
    path.moveTo(10.2, 10);
    path.lineTo(20, 10); // a straight run along y = 10 …
    path.lineTo(30, 9.8);
    path.lineTo(30, 10); // … a repeated point once rounded
    path.lineTo(30, 25);
    path.lineTo(5, 25);
    path.closePath();
    expect(path.result()).toBe('m10 10l20 0 0 15-25 0z');
  });

  it('does not merge a run that turns back on itself', () => {
    const path = new CompactPathContext();
    path.moveTo(0, 0);
    path.lineTo(10, 0);
    path.lineTo(4, 0);
    expect(decode(path.result())[0]).toEqual([[0, 0], [10, 0], [4, 0]]);
  });

  it('starts each ring relative to where the ring before closed', () => {
    const path = new CompactPathContext();
    path.moveTo(100, 100);
    path.lineTo(110, 100);
    path.lineTo(110, 110);
    path.closePath();
    path.moveTo(200, 50);
    path.lineTo(210, 60);
    path.closePath();
    expect(decode(path.result())).toEqual([[[100, 100], [110, 100], [110, 110]], [[200, 50], [210, 60]]]);
  });

  it('draws every country of the region through every point of the whole-unit path, in half the length or less', () => {
    const topology = countries50m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const all = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
    const projection = geoMercator()
      .fitSize([640, 560], { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[-13.5, 8.5], [-13.5, 25.5], [6.5, 25.5], [6.5, 8.5], [-13.5, 8.5]]] } })
      .clipExtent([[0, 0], [640, 560]]);
    const reference = geoPath(projection).digits(0);
    const context = new CompactPathContext();
    const compact = geoPath(projection, context);
    const region = all.features.filter((f) => ['466', '854', '562', '478', '012', '324', '384', '288', '686'].includes(String(f.id)));
    expect(region.length).toBe(9);
    let compactLength = 0;
    let referenceLength = 0;
    for (const f of region) {
      const absolute = reference(f)!;
      compact(f);
      const d = context.result();
      const referenceRings = absolute.split('Z').filter(Boolean).map((ring) => [...ring.matchAll(/(-?\d+),(-?\d+)/g)].map((m) => [Number(m[1]), Number(m[2])] as [number, number]));
      const rings = decode(d);
      expect(rings.length, f.properties.name).toBe(referenceRings.length);
      rings.forEach((ring, r) => {
        const points = referenceRings[r]!;
        const keys = new Set(points.map((p) => p.join()));
        for (const p of ring) expect(keys.has(p.join()), `${f.properties.name}: ${p}`).toBe(true);
        const closed = [...ring, ring[0]!];
        for (const p of points) expect(closed.some((a, i) => i > 0 && onSegment(p, closed[i - 1]!, a)), `${f.properties.name}: ${p} off the outline`).toBe(true);
      });
      compactLength += d.length;
      referenceLength += absolute.length;
    }
    expect(compactLength).toBeLessThan(referenceLength / 2);
  });
});
