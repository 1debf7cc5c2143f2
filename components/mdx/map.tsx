import type { MapPlacePoint, RegionMapData } from './context';

export type MapProps = { map: RegionMapData; id: string; title?: string };

const SYMBOL: Record<MapPlacePoint['kind'], string> = { capital: '■', town: '●', village: '▲' };

function labelPosition(p: MapPlacePoint): { x: number; y: number; anchor: 'start' | 'end' | 'middle' } {
  if (p.labelSide === 'left') return { x: p.x - 11, y: p.y + 7, anchor: 'end' };
  if (p.labelSide === 'above') return { x: p.x, y: p.y - 13, anchor: 'middle' };
  if (p.labelSide === 'below') return { x: p.x, y: p.y + 28, anchor: 'middle' };
  return { x: p.x + 11, y: p.y + 7, anchor: 'start' };
}

function Marker({ place }: { place: MapPlacePoint }) {
  const className = 'fill-stone-950 stroke-white dark:fill-white dark:stroke-stone-950';
  if (place.kind === 'capital') return <rect x={place.x - 7} y={place.y - 7} width={14} height={14} className={className} strokeWidth={2} />;
  if (place.kind === 'village') {
    return <polygon points={`${place.x},${place.y - 8} ${place.x + 8},${place.y + 6} ${place.x - 8},${place.y + 6}`} className={className} strokeWidth={2} />;
  }
  return <circle cx={place.x} cy={place.y} r={7} className={className} strokeWidth={2} />;
}

/** Legend swatches drawn with the same patterns as the map, so the key does not rely on colour. */
function Swatch({ kind, id }: { kind: 'mali' | 'aes' | 'other'; id: string }) {
  return (
    <svg width="28" height="20" aria-hidden="true" className="shrink-0">
      <rect x="1" y="1" width="26" height="18" className="fill-stone-100 dark:fill-stone-800" />
      {kind !== 'other' ? <rect x="1" y="1" width="26" height="18" fill={`url(#${id}-${kind})`} /> : null}
      <rect
        x="1"
        y="1"
        width="26"
        height="18"
        fill="none"
        className={kind === 'mali' ? 'stroke-stone-950 dark:stroke-white' : 'stroke-stone-500 dark:stroke-stone-400'}
        strokeWidth={kind === 'mali' ? 2.5 : 1}
      />
    </svg>
  );
}

/**
 * Mali and its neighbours with the places a module names. The shapes are projected when the site
 * is built; the page ships a static SVG plus a text list of the same places.
 */
export function MapFigure({ map, id, title }: MapProps) {
  const heading = title ?? 'Mali and its neighbours';
  const titleId = `${id}-title`;
  const listId = `${id}-places`;
  return (
    <figure className="not-prose my-8 font-sans">
      <div className="overflow-hidden rounded-xl border border-stone-300 bg-sky-50 dark:border-stone-700 dark:bg-slate-900">
        <svg viewBox={`0 0 ${map.width} ${map.height}`} role="img" aria-labelledby={titleId} aria-describedby={listId} className="block h-auto w-full">
          <title id={titleId}>{`Map: ${heading}. Places shown: ${map.places.map((p) => p.name).join(', ')}.`}</title>
          <defs>
            <pattern id={`${id}-mali`} width="9" height="9" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <line x1="0" y1="0" x2="0" y2="9" className="stroke-brand-700 dark:stroke-brand-300" strokeWidth="3" />
            </pattern>
            <pattern id={`${id}-aes`} width="10" height="10" patternUnits="userSpaceOnUse">
              <circle cx="5" cy="5" r="1.8" className="fill-amber-800 dark:fill-amber-300" />
            </pattern>
            {map.countries
              .filter((c) => c.role !== 'other')
              .map((c) => (
                <path key={c.id} id={`${id}-${c.id}`} d={c.d} />
              ))}
          </defs>
          {map.countries.map((c) =>
            c.role === 'other' ? (
              <path key={c.id} d={c.d} className="fill-stone-100 stroke-stone-500 dark:fill-stone-800 dark:stroke-stone-400" strokeWidth={1} />
            ) : (
              // Mali and its allies are drawn two or three times (ground, pattern, edge): their shape is sent once.
              <g key={c.id}>
                <use href={`#${id}-${c.id}`} className="fill-stone-100 stroke-stone-500 dark:fill-stone-800 dark:stroke-stone-400" strokeWidth={1} />
                <use href={`#${id}-${c.id}`} fill={`url(#${id}-${c.role})`} stroke="none" />
              </g>
            ),
          )}
          {map.countries
            .filter((c) => c.role === 'mali')
            .map((c) => (
              <use key={`${c.id}-edge`} href={`#${id}-${c.id}`} fill="none" className="stroke-stone-950 dark:stroke-white" strokeWidth={3} strokeLinejoin="round" />
            ))}
          <g className="fill-stone-700 stroke-stone-50 dark:fill-stone-200 dark:stroke-stone-900" style={{ paintOrder: 'stroke' }} strokeWidth={5} strokeLinejoin="round">
            {map.countries
              .filter((c) => c.label)
              .map((c) => (
                <text
                  key={`${c.id}-label`}
                  x={c.label!.x}
                  y={c.label!.y}
                  textAnchor="middle"
                  fontSize={c.role === 'other' ? 18 : c.role === 'aes' && c.name.includes(' ') ? 18 : 23}
                  fontWeight={c.role === 'other' ? 600 : 800}
                  letterSpacing="1.5"
                >
                  {c.role === 'aes' && c.name.includes(' ')
                    ? c.name
                        .toUpperCase()
                        .split(' ')
                        .map((word, i) => (
                          <tspan key={word} x={c.label!.x} dy={i === 0 ? 0 : '1.1em'}>
                            {word}
                          </tspan>
                        ))
                    : c.name.toUpperCase()}
                </text>
              ))}
          </g>
          {map.places.map((p) => {
            const label = labelPosition(p);
            return (
              <g key={p.id}>
                <Marker place={p} />
                <text
                  x={label.x}
                  y={label.y}
                  textAnchor={label.anchor}
                  fontSize={21}
                  fontWeight={700}
                  className="fill-stone-950 stroke-white dark:fill-white dark:stroke-stone-950"
                  style={{ paintOrder: 'stroke' }}
                  strokeWidth={5}
                  strokeLinejoin="round"
                >
                  {p.name}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption className="mt-3 text-sm leading-relaxed text-stone-700 dark:text-stone-300">
        <span className="font-semibold text-stone-900 dark:text-stone-100">{heading}.</span> Mali is hatched with a thick border; the
        other members of the Alliance of Sahel States, Burkina Faso and Niger, are dotted.
        <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-1" aria-label="Map key">
          <li className="flex items-center gap-2">
            <Swatch kind="mali" id={id} /> Mali
          </li>
          <li className="flex items-center gap-2">
            <Swatch kind="aes" id={id} /> Burkina Faso, Niger
          </li>
          <li className="flex items-center gap-2">
            <Swatch kind="other" id={id} /> other countries
          </li>
          <li>■ capital city · ● town · ▲ village</li>
        </ul>
        <span className="mt-2 block font-semibold text-stone-900 dark:text-stone-100">Places on the map</span>
        <ul id={listId} className="mt-1 grid gap-x-6 sm:grid-cols-2">
          {map.places.map((p) => (
            <li key={p.id}>
              <span aria-hidden="true">{`${SYMBOL[p.kind]} `}</span>
              <span className="font-semibold">{p.name}</span>
              {`: ${p.description}`}
            </li>
          ))}
        </ul>
        <span className="mt-2 block text-xs text-stone-600 dark:text-stone-400">
          Borders: Natural Earth 1:50m (public domain), via world-atlas. Drawn when the site is built.
        </span>
      </figcaption>
    </figure>
  );
}
