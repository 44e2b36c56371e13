import { NOT_SHOWN } from './selectors';

export const NOT_SHOWN_SELECTOR = NOT_SHOWN.join(',');

/**
 * Whether the user can see the element: nothing hidden may be read (docs/product.md, Privacy).
 * Called only for the few elements that hold a candidate, so a style lookup is affordable.
 */
export function isVisible(el: Element): boolean {
  if (el.closest(NOT_SHOWN_SELECTOR)) return false;
  if (typeof el.checkVisibility === 'function') {
    // The old option names too: Chromium < 121 and Firefox < 122 know only those.
    return el.checkVisibility({
      opacityProperty: true,
      visibilityProperty: true,
      checkOpacity: true,
      checkVisibilityCSS: true,
    });
  }
  // Older engines: inline styles on the ancestors are the cheap, common case.
  for (let e: Element | null = el; e; e = e.parentElement) {
    const style = (e as HTMLElement).style as CSSStyleDeclaration | undefined;
    if (style?.display === 'none' || style?.visibility === 'hidden' || style?.opacity === '0') return false;
  }
  return true;
}
