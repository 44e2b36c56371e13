// What the user could see of the target of a right-click (docs/security.md SEC-9 for the menus): the visible text of
// the right-clicked link and of the selection, read in the page's frame. The context menu sends on one click only
// when the address it would send to is among it; hidden text (display or visibility, opacity 0, transparent or
// tiny type, no box, off the page) does not count.

export interface SeenTarget {
  /** The visible text of each link on the page with the right-clicked link's address. */
  linkTexts: string[];
  /** The visible text of the selection. */
  selection: string;
}

/** The name under which the content script keeps what was under the pointer when the right-click began. */
export const SEEN_AT_RIGHT_CLICK = '__alfaoneSeenAtRightClick';

/**
 * What the user could see of the target: with `useKept` (at the click on the menu item), what the content script
 * kept when the right-click began, if it did (a page that rewrites the link or the selection on `contextmenu` does
 * so only after that), else what is seen now. The content script keeps, with it, the address of the link the
 * pointer was on: a clicked link address other than that one means the page changed it since, and then nothing
 * the link shows counts.
 *
 * Self-contained: the background injects it into the page's frame on its own (`scripting.executeScript` serializes
 * it), and the content script calls it when a right-click begins. At most 2,000 characters and 50 links are read
 * (SEC-9: bounded per run).
 */
export function seenTarget(linkUrl: string | null, useKept: boolean): SeenTarget {
  const kept = (globalThis as Record<string, unknown>)['__alfaoneSeenAtRightClick'] as
    { at: number; href: string | null; seen: SeenTarget } | undefined;
  if (useKept && kept && Date.now() - kept.at < 10 * 60_000)
    return { linkTexts: linkUrl && kept.href === linkUrl ? kept.seen.linkTexts : [], selection: kept.seen.selection };
  const MAX_CHARS = 2_000;
  const MAX_LINKS = 50;
  const shown = (el: Element | null): boolean => {
    if (!el) return false;
    const options = { checkOpacity: true, checkVisibilityCSS: true, opacityProperty: true, visibilityProperty: true };
    if (!(el as Element & { checkVisibility(o: object): boolean }).checkVisibility(options)) return false;
    const style = getComputedStyle(el);
    if (parseFloat(style.fontSize) < 6) return false;
    if (style.color === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(style.color)) return false;
    const box = el.getBoundingClientRect();
    if (box.width < 1 || box.height < 1) return false;
    return box.right + scrollX > 0 && box.bottom + scrollY > 0;
  };
  const visibleText = (range: Range): string => {
    let text = '';
    const root = range.commonAncestorContainer;
    const walker = document.createTreeWalker(root.nodeType === 3 ? root.parentNode! : root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node && text.length < MAX_CHARS; node = walker.nextNode()) {
      if (!range.intersectsNode(node) || !shown(node.parentElement)) continue;
      const value = node.nodeValue ?? '';
      const start = node === range.startContainer ? range.startOffset : 0;
      const end = node === range.endContainer ? range.endOffset : value.length;
      text += value.slice(start, end);
    }
    return text.slice(0, MAX_CHARS);
  };
  const linkTexts: string[] = [];
  if (linkUrl) {
    for (const link of document.querySelectorAll('a[href]')) {
      if (linkTexts.length >= MAX_LINKS) break;
      if ((link as HTMLAnchorElement).href !== linkUrl) continue;
      const range = document.createRange();
      range.selectNodeContents(link);
      linkTexts.push(visibleText(range));
    }
  }
  const selection = getSelection();
  const parts: string[] = [];
  for (let i = 0; selection && i < Math.min(selection.rangeCount, 10); i++)
    parts.push(visibleText(selection.getRangeAt(i)));
  return { linkTexts, selection: parts.join(' ').slice(0, MAX_CHARS) };
}

/** Keeps what the user sees as a right-click begins, for `seenTarget` at the click on the menu item. */
export function keepSeenAtRightClick(event: Event): void {
  const store = globalThis as Record<string, unknown>;
  const kept = store[SEEN_AT_RIGHT_CLICK] as { at: number } | undefined;
  // A pointer's right-click is kept at its pointerdown; `contextmenu` then counts only from a keyboard.
  if (event.type === 'contextmenu' && kept && Date.now() - kept.at < 2_000) return;
  if (event.type === 'pointerdown' && (event as PointerEvent).button !== 2) return;
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  const href = link ? (link as HTMLAnchorElement).href : null;
  store[SEEN_AT_RIGHT_CLICK] = { at: Date.now(), href, seen: seenTarget(href, false) };
}
