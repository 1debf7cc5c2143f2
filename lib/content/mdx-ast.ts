import type { Root, RootContent, PhrasingContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Elements whose `to` attribute cites a passage and that render a numbered marker. */
export const MARKER_ELEMENTS = new Set(['Cite', 'Fact']);

export function parseMdx(body: string): Root {
  return unified().use(remarkParse).use(remarkMdx).parse(body) as Root;
}

export function isJsx(node: RootContent | PhrasingContent): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** String attributes of a JSX element; throws on `{expressions}`, which content must not use. */
export function jsxAttributes(node: JsxElement): Record<string, string | true> {
  const out: Record<string, string | true> = {};
  for (const attr of node.attributes as (MdxJsxAttribute | MdxJsxExpressionAttribute)[]) {
    if (attr.type !== 'mdxJsxAttribute') throw new Error(`<${node.name}>: spread attributes are not allowed in content`);
    if (attr.value === null || attr.value === undefined) out[attr.name] = true;
    else if (typeof attr.value === 'string') out[attr.name] = attr.value;
    else throw new Error(`<${node.name} ${attr.name}={…}>: use a quoted string, not an expression`);
  }
  return out;
}

/**
 * Remark plugin: numbers every citing marker (`<Cite>`, `<Fact>`) in document order as
 * `ordinal="1"`, `"2"`, … The loader and the renderer both use it, so a marker's HTML id
 * (`cite-<ordinal>`) is the same in the page and in the source reader's "cited by" links.
 */
export function remarkNumberCitations() {
  return (tree: Root) => {
    let ordinal = 0;
    visit(tree, (node) => {
      if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && MARKER_ELEMENTS.has(node.name ?? '')) {
        ordinal += 1;
        node.attributes.push({ type: 'mdxJsxAttribute', name: 'ordinal', value: String(ordinal) });
      }
    });
  };
}
