import { z } from 'zod';

export const placeSchema = z.object({
  id: z.string().regex(/^[a-z]+$/),
  name: z.string().min(2),
  /** Degrees, WGS84. */
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
  kind: z.enum(['capital', 'town', 'village']),
  /** Where it is, in a few words, for the map's text alternative. */
  description: z.string().min(5),
  /** Which side of the marker the label goes, so close places do not overlap. */
  labelSide: z.enum(['left', 'right', 'above', 'below']).default('right'),
});
export type Place = z.infer<typeof placeSchema>;

const PLACES: Place[] = z.array(placeSchema).parse([
  { id: 'bamako', name: 'Bamako', lon: -8.0, lat: 12.64, kind: 'capital', description: 'capital of Mali', labelSide: 'below' },
  { id: 'kati', name: 'Kati', lon: -8.07, lat: 12.74, kind: 'town', description: 'garrison town near Bamako, Mali', labelSide: 'left' },
  { id: 'gao', name: 'Gao', lon: -0.04, lat: 16.27, kind: 'town', description: 'town on the Niger river in northern Mali', labelSide: 'right' },
  { id: 'timbuktu', name: 'Timbuktu', lon: -3.0, lat: 16.77, kind: 'town', description: 'town in northern Mali', labelSide: 'above' },
  { id: 'kidal', name: 'Kidal', lon: 1.41, lat: 18.44, kind: 'town', description: 'town in north-eastern Mali', labelSide: 'right' },
  { id: 'moura', name: 'Moura', lon: -4.57, lat: 14.13, kind: 'village', description: 'village in central Mali', labelSide: 'left' },
  { id: 'niamey', name: 'Niamey', lon: 2.11, lat: 13.51, kind: 'capital', description: 'capital of Niger', labelSide: 'right' },
  { id: 'ouagadougou', name: 'Ouagadougou', lon: -1.52, lat: 12.37, kind: 'capital', description: 'capital of Burkina Faso', labelSide: 'below' },
]);

export function listPlaces(): Place[] {
  return PLACES;
}

export function getPlace(id: string): Place | null {
  return PLACES.find((p) => p.id === id) ?? null;
}
