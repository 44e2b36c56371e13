import { extractEmails } from '../../../lib/email/extract';
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

/**
 * The first address written inside an element, read node by node: textContent glues adjacent
 * elements together ("Email" + "jane@…" would read "Emailjane@…").
 */
export function firstEmailIn(el: Element): string | undefined {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const email = extractEmails((node as Text).data)[0];
    if (email) return email;
  }
  return undefined;
}
