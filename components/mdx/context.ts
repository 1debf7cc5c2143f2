/** What MDX elements need to know about the passages an explainer cites, prepared by the page. */
export type CitedPassage = {
  id: string;
  href: string;
  sourceTitle: string;
  publisher: string;
  kind: 'news' | 'course-note';
  n: number;
  text: string;
  /** Words of the text printed wrongly in the original, shown with "[sic]". */
  sic?: string[];
  /** False for course notes that rest on a non-primary basis rather than one primary document. */
  primary?: boolean;
  /** Its number among the page's passage previews (`PassagePreviews`), which every citation of it points at. */
  preview: number;
};

export type GlossaryEntry = { name: string; slug: string; definition: string };

export type MapCountryShape = { id: string; name: string; d: string; role: 'mali' | 'aes' | 'other'; label: { x: number; y: number } | null };
export type MapPlacePoint = { id: string; name: string; kind: 'capital' | 'town' | 'village'; description: string; labelSide: 'left' | 'right' | 'above' | 'below'; x: number; y: number };
/** Mali and its neighbours, projected at build time (see lib/content/map.ts). */
export type RegionMapData = { width: number; height: number; countries: MapCountryShape[]; places: MapPlacePoint[] };

export type MdxContext = {
  /** Every passage the explainer cites: markers, timeline events, claims. */
  passages: Record<string, CitedPassage>;
  /** Distinct cited passages in order of first citation: marker number = index + 1. */
  references: string[];
  /** Markers repeated later in the same sentence: rendered as a bare anchor (see Explainer.quietOrdinals). */
  quietOrdinals?: number[];
  /** Glossary keyed by term slug, for <Term>. */
  glossary?: Record<string, GlossaryEntry>;
  /** Projected map data keyed by the `places` attribute of each <Map>. */
  maps?: Record<string, RegionMapData>;
};
