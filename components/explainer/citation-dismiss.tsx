/**
 * The behaviour of citation and glossary popovers that CSS alone cannot give:
 * - WCAG 1.4.13: Escape hides every popover until the pointer moves or focus changes.
 * - A popover near the edge of the window is moved back inside it (with an 8 px margin).
 * - On a touch screen the first tap on a marker or term opens its preview; a second tap, or the link inside
 *   the preview's heading, follows it. Tapping elsewhere closes it.
 *
 * An inline script rather than a client component: the page's JavaScript bundle loads only after the first
 * paint (scripts/defer-hydration.mjs), and all this must work from the moment a citation can be reached.
 */
const POPOVER_BEHAVIOUR = `(function () {
  var root = document.documentElement;
  var open = null;
  function reset() { root.removeAttribute('data-cite-dismissed'); }
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
  function close() {
    if (open) open.removeAttribute('data-open');
    open = null;
  }
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') { root.setAttribute('data-cite-dismissed', ''); close(); }
  });
  document.addEventListener('focusin', function (event) {
    reset();
    fit(event.target.closest && event.target.closest('.cite'));
  });
  document.addEventListener('pointermove', reset);
  document.addEventListener('pointerover', function (event) {
    if (event.pointerType !== 'touch') fit(event.target.closest && event.target.closest('.cite'));
  });
  var lastPointer = 'mouse';
  document.addEventListener('pointerdown', function (event) { lastPointer = event.pointerType; }, true);
  document.addEventListener('click', function (event) {
    var cite = event.target.closest && event.target.closest('.cite');
    if (!cite) { close(); return; }
    var link = event.target.closest('a');
    if (lastPointer !== 'touch' || !link || link.parentElement !== cite) return;
    if (open === cite) return;
    event.preventDefault();
    close();
    open = cite;
    cite.setAttribute('data-open', '');
    reset();
    fit(cite);
  });
})();`;

export function CitationDismiss() {
  return <script dangerouslySetInnerHTML={{ __html: POPOVER_BEHAVIOUR }} />;
}
