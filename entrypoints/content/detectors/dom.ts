import { isVisible } from './visibility';

/** Whitespace-collapsed text of a node. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The first visible element matching the fallbacks, tried in order: an earlier selector wins
 * over an earlier position in the page.
 */
export function queryVisible(root: ParentNode, selectors: readonly string[], accept?: (el: Element) => boolean): Element | undefined {
  for (const selector of selectors) {
    for (const el of root.querySelectorAll(selector)) {
      if (isVisible(el) && (!accept || accept(el))) return el;
    }
  }
  return undefined;
}
