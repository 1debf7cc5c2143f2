import { geoMercator, geoPath, geoCentroid } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries50m from 'world-atlas/countries-50m.json';
import { CompactPathContext } from './compact-path';
import { getPlace, type Place } from './places';

/** ISO 3166 numeric codes of the members of the Alliance of Sahel States. */
const AES = new Set(['466', '854', '562']);
const MALI = '466';

export type MapCountry = { id: string; name: string; d: string; role: 'mali' | 'aes' | 'other'; label: { x: number; y: number } | null };
export type MapPlace = Place & { x: number; y: number };
export type RegionMap = { width: number; height: number; countries: MapCountry[]; places: MapPlace[] };

const WIDTH = 640;
const HEIGHT = 560;
// The frame: Mali, its neighbours' borderlands and the AES capitals.
const WEST = -13.5;
const EAST = 6.5;
const SOUTH = 8.5;
const NORTH = 25.5;

/** Countries whose name is drawn on the map, with a label position when the centroid falls badly. */
const LABELS: Record<string, [number, number] | null> = {
  '466': [-2.5, 18.5],
  // North-east of Ouagadougou (whose label sits below its marker), clear of Mali's border, on two lines: see
  // components/mdx/map.tsx. Niger's name sits east of Niamey, inside Niger.
  '854': [-1.15, 13.35],
  '562': [4.8, 14.8],
  '478': [-10.8, 19.5],
  '012': [2.5, 24.0],
  '324': [-11.2, 10.6],
  '384': [-5.6, 9.1],
  '288': [-1.0, 9.0],
};

let cached: { key: string; map: RegionMap } | null = null;

/**
 * Smallest area, in square degrees, a bend of a border keeps (Visvalingam, topojson-simplify): three square
 * units of the map (a unit is (EAST - WEST) / WIDTH degrees of longitude), so no change shows at the size the
 * map is drawn, and the border two neighbours share is simplified as one line. The paths are about half as long.
 */
const MIN_BEND_AREA = 3 * ((EAST - WEST) / WIDTH) ** 2;
let simplified: Topology<{ countries: GeometryCollection<{ name: string }> }> | null = null;

function countriesTopology(): Topology<{ countries: GeometryCollection<{ name: string }> }> {
  simplified ??= simplify(presimplify(structuredClone(countries50m) as unknown as Topology<{ countries: GeometryCollection }>), MIN_BEND_AREA) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  return simplified;
}

/**
 * Projects Mali and its neighbours and the named places into SVG coordinates.
 * Deterministic, and done when the page is built: the page ships only the path strings.
 * Throws on an unknown place id.
 */
export function buildRegionMap(placeIds: string[]): RegionMap {
  const key = placeIds.join(' ');
  if (cached?.key === key) return cached.map;
  const topology = countriesTopology();
  const all = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const frame: Feature<Polygon> = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'Polygon',
      coordinates: [[[WEST, SOUTH], [WEST, NORTH], [EAST, NORTH], [EAST, SOUTH], [WEST, SOUTH]]],
    },
  };
  const projection = geoMercator().fitSize([WIDTH, HEIGHT], frame).clipExtent([[0, 0], [WIDTH, HEIGHT]]);
  // Whole units: the map is drawn at most about as wide as WIDTH, so a unit is at most a pixel, and the paths stay short.
  const path = geoPath(projection).digits(0);
  const compact = new CompactPathContext();
  const outline = geoPath(projection, compact);
  const pathData = (f: Feature<Geometry>) => {
    outline(f);
    return compact.result();
  };
  const inFrame = (f: Feature<Geometry, { name: string }>) => {
    const [[x0, y0], [x1, y1]] = path.bounds(f);
    return x1 > 0 && y1 > 0 && x0 < WIDTH && y0 < HEIGHT && x1 - x0 > 0;
  };
  const countries: MapCountry[] = all.features.filter(inFrame).map((f) => {
    const id = String(f.id);
    const at = LABELS[id];
    const point = at === undefined ? null : projection(at ?? geoCentroid(f));
    return {
      id,
      name: f.properties.name,
      d: pathData(f),
      role: id === MALI ? 'mali' : AES.has(id) ? 'aes' : 'other',
      label: point ? { x: Math.round(point[0]), y: Math.round(point[1]) } : null,
    };
  });
  const places: MapPlace[] = placeIds.map((id) => {
    const place = getPlace(id);
    if (!place) throw new Error(`Map: unknown place "${id}"`);
    const [x, y] = projection([place.lon, place.lat]) ?? [0, 0];
    return { ...place, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
  });
  const map = { width: WIDTH, height: HEIGHT, countries, places };
  cached = { key, map };
  return map;
}

type ElementLike = { name: string; attributes: Record<string, string | true>; children: ElementLike[] };

/** The projected map for every `<Map places="…">` among an explainer's elements, keyed by its `places` attribute. */
export function buildExplainerMaps(elements: ElementLike[]): Record<string, RegionMap> {
  const maps: Record<string, RegionMap> = {};
  const walk = (uses: ElementLike[]) => {
    for (const use of uses) {
      const places = use.attributes.places;
      if (use.name === 'Map' && typeof places === 'string') maps[places] = buildRegionMap(places.split(/\s+/).filter(Boolean));
      walk(use.children);
    }
  };
  walk(elements);
  return maps;
}
