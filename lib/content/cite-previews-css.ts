/**
 * The stylesheet that shows a citation's passage preview (components/mdx/passage-popover.tsx) while one of its
 * citations is hovered, focused or tapped open. The page's CSP allows no inline style, and CSS cannot compare
 * two attribute values, so there is one selector per preview number, up to MAX_PASSAGE_PREVIEWS. The file
 * app/cite-previews.css is this text; tests/unit/content/cite-previews.test.ts keeps the two equal and checks
 * that no explainer cites more passages than there are numbers.
 */
export const MAX_PASSAGE_PREVIEWS = 200;

export function citePreviewsCss(count = MAX_PASSAGE_PREVIEWS): string {
  const selectors = Array.from({ length: count }, (_, i) => `:root:has([data-p="${i}"]:is(:hover, :focus-within, [data-open])) #pv-${i}`);
  return [
    '/* Generated from lib/content/cite-previews-css.ts (`npm run cite-previews-css`): edit that file, not this one. */',
    `${selectors.join(',\n')} {`,
    '  display: block;',
    '}',
    '',
  ].join('\n');
}
