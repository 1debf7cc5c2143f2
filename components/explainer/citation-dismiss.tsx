import { createHash } from 'node:crypto';

/**
 * The behaviour of citation previews and glossary popovers that CSS alone cannot give:
 * - The quoted words of a citation are marked in its passage's preview (CSS Custom Highlight API, so the
 *   server's markup is not touched before hydration).
 * - The pointer can move from a citation onto its preview without the preview closing or moving.
 * - WCAG 1.4.13: Escape hides every popover until the pointer moves or focus changes.
 * - A popover near the edge of the window is moved back inside it (with an 8 px margin).
 * - On a touch screen the first tap on a marker or term opens its preview; a second tap, or the link inside
 *   the preview's heading, follows it. Tapping elsewhere closes it.
 *
 * A small script of its own rather than a client component: the page's JavaScript bundle loads only after the
 * first paint (scripts/defer-hydration.mjs), and all this must work from the moment a citation can be reached.
 * A file (app/cite-popovers.js/route.ts), not inline: an inline script was sent twice in every page's HTML (once
 * to run, once in the RSC payload), where the file is fetched once, in parallel, and cached.
 */
export const POPOVER_BEHAVIOUR = `(function () {
  var root = document.documentElement;
  var open = null, openedByPointer = false, hovered = null;
  function reset() { root.removeAttribute('data-cite-dismissed'); }
  function previewOf(cite) {
    var link = cite && cite.querySelector('a[aria-describedby]');
    return link && document.getElementById(link.getAttribute('aria-describedby'));
  }
  function fit(cite) {
    var pop = cite && cite.querySelector('.cite-popover');
    if (!pop) return;
    pop.style.transform = '';
    var box = pop.getBoundingClientRect();
    if (box.width === 0) return;
    var margin = 8, shift = 0;
    if (box.right > window.innerWidth - margin) shift = window.innerWidth - margin - box.right;
    if (box.left + shift < margin) shift = margin - box.left;
    if (shift) pop.style.transform = 'translateX(' + Math.round(shift) + 'px)';
  }
  function mark(cite) {
    var highlights = window.CSS && CSS.highlights && typeof Highlight !== 'undefined';
    if (highlights) CSS.highlights.delete('cite-quote');
    var link = cite && cite.querySelector('a[data-m]');
    var text = link && previewOf(cite);
    text = text && text.querySelector('.cite-preview-text');
    if (!text) return;
    var m = link.getAttribute('data-m').split(',');
    var start = Number(m[0]), end = Number(m[1]), at = 0, range = document.createRange(), begun = false, nodes = [];
    var walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT, { acceptNode: function (node) {
      return node.parentElement.closest('[data-sic]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
    } });
    for (var node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
    // The HTML links to the bare passage (its words are already in the page once); the source reader is asked to
    // mark the same words from the moment the citation is reached, so following it marks them there too.
    var href = link.getAttribute('href'), hash = href.indexOf('#');
    if (href.indexOf('?') < 0 && hash > 0) {
      var words = nodes.map(function (n) { return n.data; }).join('').slice(start, end);
      link.setAttribute('href', href.slice(0, hash) + '?mark=' + encodeURIComponent(words) + href.slice(hash));
    }
    if (!highlights) return;
    for (var i = 0; i < nodes.length; i++) {
      var next = at + nodes[i].data.length;
      if (!begun && start < next) { range.setStart(nodes[i], start - at); begun = true; }
      if (begun && end <= next) { range.setEnd(nodes[i], end - at); CSS.highlights.set('cite-quote', new Highlight(range)); return; }
      at = next;
    }
  }
  function show(cite) { fit(cite); mark(cite); }
  function close() {
    if (open) open.removeAttribute('data-open');
    open = null;
    openedByPointer = false;
  }
  // On prerendered pages this runs after the first paint: a citation focused before then is shown now.
  var focused = document.activeElement && document.activeElement.closest && document.activeElement.closest('.cite');
  if (focused) show(focused);
  // Tells tests (and anyone curious) that the behaviour above is in place.
  root.setAttribute('data-popovers', '');
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') { root.setAttribute('data-cite-dismissed', ''); close(); }
  });
  document.addEventListener('focusin', function (event) {
    reset();
    var cite = event.target.closest && event.target.closest('.cite');
    if (cite) show(cite);
  });
  document.addEventListener('pointermove', reset);
  document.addEventListener('pointerover', function (event) {
    if (event.pointerType === 'touch' || !event.target.closest) return;
    var cite = event.target.closest('.cite');
    if (cite) { hovered = cite; show(cite); return; }
    // Moving onto a passage preview from its citation keeps it open where it is (WCAG 1.4.13, hoverable).
    var preview = event.target.closest('.cite-preview');
    if (preview && hovered && 'pv-' + hovered.getAttribute('data-p') === preview.id) {
      if (open !== hovered) { close(); open = hovered; openedByPointer = true; hovered.setAttribute('data-open', ''); }
      return;
    }
    if (openedByPointer) close();
  });
  var lastPointer = 'mouse';
  document.addEventListener('pointerdown', function (event) { lastPointer = event.pointerType; }, true);
  document.addEventListener('click', function (event) {
    var cite = event.target.closest && event.target.closest('.cite');
    if (!cite) { if (!(event.target.closest && event.target.closest('.cite-preview'))) close(); return; }
    var link = event.target.closest('a');
    // A citation followed before it was hovered or focused since this script ran still asks for its words.
    if (link && link.parentElement === cite) mark(cite);
    if (lastPointer !== 'touch' || !link || link.parentElement !== cite) return;
    if (open === cite) return;
    event.preventDefault();
    close();
    open = cite;
    cite.setAttribute('data-open', '');
    reset();
    show(cite);
  });
})();`;

/**
 * The script as served: without its comment lines and indentation (Next compresses pages and its own chunks, not
 * a route handler's body). Safe for this script, which has no multi-line string and no `//` inside a string.
 */
export const POPOVER_SCRIPT = POPOVER_BEHAVIOUR.split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('//'))
  .join('\n');

/** The script's address, versioned by its content so it can be cached for good. */
export const POPOVER_SCRIPT_SRC = `/cite-popovers.js?v=${createHash('sha256').update(POPOVER_SCRIPT).digest('hex').slice(0, 12)}`;

export function CitationDismiss() {
  // async: it runs as soon as it arrives, before the page has finished parsing if need be (it only listens on
  // the document, so it needs none of the page's elements).
  return <script src={POPOVER_SCRIPT_SRC} async />;
}
