/**
 * Names of the elements explainers may use. components/mdx provides exactly these (a test
 * compares the two); lib/content keeps the list so content checks need no React.
 */
export const MDX_ELEMENT_NAMES = [
  'Cite', 'Fact', 'KeyPoints', 'Timeline', 'Event', 'Map', 'Term', 'SourcesDisagree', 'Claim', 'Settles', 'DataTable', 'DataRow',
] as const;
export type MdxElementName = (typeof MDX_ELEMENT_NAMES)[number];
