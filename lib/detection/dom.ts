import { NOT_SHOWN_SELECTOR, isVisible } from './visibility';

const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, without relying on the global

/** Text nodes under root, minus those in hidden parts (screen-reader duplicates, scripts). */
function shownText(root: Node): string[] {
  const texts: string[] = [];
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest(NOT_SHOWN_SELECTOR)) texts.push((node as Text).data);
  }
  return texts;
}

/**
 * Whitespace-collapsed text of a node. Text nodes are joined with a space: textContent glues
 * adjacent elements together ("<h3>Email</h3><span>jane@…" would read "Emailjane@…").
 */
export function textOf(node: Node | null | undefined): string {
  return node ? shownText(node).join(' ').replace(/\s+/g, ' ').trim() : '';
}

/**
 * The first visible element matching the fallbacks, tried in order: an earlier selector wins
 * over an earlier position in the page. The page is searched once for all of them: a search per fallback walked
 * a large page again for each one absent from it (most are: each belongs to one markup generation).
 */
export function queryVisible(
  root: ParentNode,
  selectors: readonly string[],
  accept?: (el: Element) => boolean,
): Element | undefined {
  const all = selectors.join(',');
  // The page's first match, when it is the first fallback's and usable, wins outright; the search stops there. No
  // match at all ends it too. Only otherwise is the page searched whole (a LinkedIn profile's top card comes early
  // in the page; the whole search cost ~0.8 ms on every read of a saved profile, bench/content-script-cost.ts).
  const first = root.querySelector(all);
  if (!first) return undefined;
  if (first.matches(selectors[0]!) && isVisible(first) && (!accept || accept(first))) return first;
  const found = root.querySelectorAll(all);
  for (const selector of selectors) {
    for (const el of found) {
      if (el.matches(selector) && isVisible(el) && (!accept || accept(el))) return el;
    }
  }
  return undefined;
}
