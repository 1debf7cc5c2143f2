import type { MDXComponents } from 'mdx/types';
import { Cite } from './cite';
import type { MdxContext } from './context';
import { Fact } from './fact';

export type { MdxContext, CitedPassage } from './context';

/** The one map of MDX elements. Content may use only these names (checked in tests/content). */
export function mdxComponents(context: MdxContext): MDXComponents {
  return {
    Cite: (props: { to: string; quote?: string; ordinal?: string }) => <Cite {...props} context={context} />,
    Fact: (props: { to: string; quote?: string; ordinal?: string; children: React.ReactNode }) => (
      <Fact {...props} context={context} />
    ),
  };
}

export const MDX_ELEMENT_NAMES = ['Cite', 'Fact'] as const;
