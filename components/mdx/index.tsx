import type { MDXComponents } from 'mdx/types';
import { Cite } from './cite';
import { DataRow, DataTable } from './data-table';
import type { MdxContext } from './context';
import { Fact } from './fact';
import { KeyPoints } from './key-points';
import { MapFigure } from './map';
import { Claim, Settles, SourcesDisagree } from './sources-disagree';
import { Term } from './term';
import { Event, Timeline } from './timeline';

export type { MdxContext, CitedPassage, GlossaryEntry, RegionMapData } from './context';

/**
 * The one map of MDX elements. Its keys must equal MDX_ELEMENT_NAMES in lib/content/elements.ts
 * (tests/content checks that content uses only those names).
 */
export function mdxComponents(context: MdxContext): MDXComponents {
  // Popover and heading ids for elements the citation numbering does not cover; render order is document order.
  let count = 0;
  const nextId = (prefix: string) => `${prefix}-${++count}`;
  type Cited = { to: string; quote?: string; children: React.ReactNode };
  return {
    Cite: (props: { to: string; quote?: string; ordinal?: string }) => <Cite {...props} context={context} />,
    Fact: (props: { to: string; quote?: string; ordinal?: string; children: React.ReactNode }) => (
      <Fact {...props} context={context} />
    ),
    KeyPoints: (props: { children: React.ReactNode }) => <KeyPoints {...props} />,
    Timeline: (props: { title?: string; children: React.ReactNode }) => <Timeline {...props} />,
    Event: (props: Cited & { date: string; also?: string }) => <Event {...props} context={context} />,
    SourcesDisagree: (props: { topic: string; children: React.ReactNode }) => <SourcesDisagree {...props} id={nextId('disagree')} />,
    Claim: (props: Cited) => <Claim {...props} context={context} />,
    Settles: (props: Cited) => <Settles {...props} context={context} />,
    DataTable: (props: { title: string; columns: string; children: React.ReactNode }) => <DataTable {...props} />,
    DataRow: (props: { to: string; quote?: string; cells: string }) => <DataRow {...props} context={context} />,
    Term: (props: { name?: string; children: React.ReactNode }) => {
      const key = (props.name ?? (typeof props.children === 'string' ? props.children : '')).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
      const entry = context.glossary?.[key];
      if (!entry) throw new Error(`Term: "${props.name ?? String(props.children)}" is not in the glossary`);
      return <Term {...props} entry={entry} id={nextId('term-pop')} />;
    },
    Map: (props: { places: string; title?: string }) => {
      const map = context.maps?.[props.places];
      if (!map) throw new Error(`Map: no map data for places="${props.places}"`);
      return <MapFigure map={map} title={props.title} id={nextId('map')} />;
    },
  };
}
