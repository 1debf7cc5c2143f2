import { MarkedText } from '@/components/explainer/marked-text';
import { findQuote } from '@/lib/content/text';
import type { CitedPassage } from './context';

export function sourceLabel(passage: CitedPassage): string {
  if (passage.kind === 'course-note') return 'Course note';
  return passage.publisher === 'unknown' ? 'News report' : passage.publisher;
}

/**
 * What a citation (a numbered marker or a named source link) carries to show its passage's preview. Each
 * passage's text is sent once per page, in `PassagePreviews`; a citation points at it by number:
 * - the wrapper's `data-p` makes the preview show on hover, focus or a first tap (app/cite-previews.css);
 * - the link's `aria-describedby` gives screen readers the passage;
 * - the link's `data-m` ("start,end" in the passage text) is where the quoted words are, which the page's
 *   popover script marks with the CSS Custom Highlight API and adds to the link as `?mark=` once the citation
 *   is reached, so the source reader marks them too (components/explainer/citation-dismiss.tsx). The HTML
 *   links to the bare passage: the words are in the page once, in the preview.
 */
export function previewProps(passage: CitedPassage, quote?: string) {
  const range = quote ? findQuote(passage.text.normalize('NFC'), quote) : null;
  return {
    wrapper: { 'data-p': passage.preview },
    link: { 'aria-describedby': `pv-${passage.preview}`, 'data-m': range ? `${range.start},${range.end}` : undefined },
  };
}

/**
 * Every cited passage of the page, once, each as the tooltip its citations point at. Hidden until a citation
 * of it is hovered, focused or tapped; then CSS shows it beside that citation (anchor positioning) or, on a
 * narrow screen, as a sheet at the bottom of the window. Works before hydration and without JavaScript.
 */
export function PassagePreviews({ passages }: { passages: CitedPassage[] }) {
  return (
    <div className="cite-previews">
      {passages.map((passage) => (
        <span key={passage.id} role="tooltip" id={`pv-${passage.preview}`} className="cite-preview">
          <span className="cite-preview-head">{`${sourceLabel(passage)} · ${passage.sourceTitle}, ¶${passage.n}`}</span>
          <span className="cite-preview-text">
            <MarkedText text={passage.text} sic={passage.sic} />
          </span>
        </span>
      ))}
    </div>
  );
}
