import type { MDXComponents } from 'mdx/types';
import { Cite } from './cite';
import type { MdxContext } from './context';
import { Fact } from './fact';

export type { MdxContext, CitedPassage } from './context';

/**
 * The one map of MDX elements. Its keys must equal MDX_ELEMENT_NAMES in lib/content/elements.ts
 * (tests/content checks that content uses only those names).
 */
export function mdxComponents(context: MdxContext): MDXComponents {
  return {
    Cite: (props: { to: string; quote?: string; ordinal?: string }) => <Cite {...props} context={context} />,
    Fact: (props: { to: string; quote?: string; ordinal?: string; children: React.ReactNode }) => (
      <Fact {...props} context={context} />
    ),
  };
}
