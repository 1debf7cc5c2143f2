/**
 * Names of the elements explainers may use. components/mdx provides exactly these (a test
 * compares the two); lib/content keeps the list so content checks need no React.
 */
export const MDX_ELEMENT_NAMES = ['Cite', 'Fact'] as const;
export type MdxElementName = (typeof MDX_ELEMENT_NAMES)[number];
