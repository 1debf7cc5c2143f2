/**
 * WCAG 1.4.13: content shown on hover or focus must be dismissible without moving focus.
 * Escape hides every citation popover until the pointer moves or focus changes.
 *
 * An inline script rather than a client component: the page's JavaScript bundle loads only after the first
 * paint (scripts/defer-hydration.mjs), and Escape must work from the moment a citation can be focused.
 */
const DISMISS_ON_ESCAPE = `(function () {
  var root = document.documentElement;
  function reset() { root.removeAttribute('data-cite-dismissed'); }
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') root.setAttribute('data-cite-dismissed', '');
  });
  document.addEventListener('focusin', reset);
  document.addEventListener('pointermove', reset);
})();`;

export function CitationDismiss() {
  return <script dangerouslySetInnerHTML={{ __html: DISMISS_ON_ESCAPE }} />;
}
