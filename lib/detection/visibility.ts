import { NOT_SHOWN } from './selectors';

export const NOT_SHOWN_SELECTOR = NOT_SHOWN.join(',');

/**
 * Whether the user can see the element: nothing hidden may be read (docs/product.md, Privacy).
 * Called only for the few elements that hold a candidate, so a style lookup is affordable. Every engine the
 * extension runs in has `checkVisibility` (Chromium 105, Firefox 106; the side panel needs Chromium 114 and the
 * manifest Firefox 140): one without it reads nothing, rather than what may be hidden.
 */
export function isVisible(el: Element): boolean {
  return (
    !el.closest(NOT_SHOWN_SELECTOR) &&
    // The first names of these options, which the standard keeps as aliases of opacityProperty and
    // visibilityProperty: the only ones Chromium < 121 and Firefox < 122 know.
    !!el.checkVisibility?.({ checkOpacity: true, checkVisibilityCSS: true })
  );
}
