// Text nodes: 4 (NodeFilter.SHOW_TEXT) | 8 (SHOW_CDATA_SECTION, which textContent includes too).
const SHOW_TEXT_AND_CDATA = 12;

/**
 * The text nodes under `root` that contain an "@" (or that `alsoWanted` asks for), in page order, lazily.
 * A NodeIterator reading each node's own data measured fastest in Chromium on a 5 MB page
 * (bench/detection.ts): faster than XPath `contains(., '@')` and than one `textContent` string, neither of
 * which lays out the page as `innerText` must. A one-character search is a memchr; longer needles are not.
 */
export function* textNodesWithAt(root: Element, alsoWanted?: (data: string) => boolean): Generator<Text> {
  const nodes = root.ownerDocument.createNodeIterator(root, SHOW_TEXT_AND_CDATA);
  for (let node = nodes.nextNode(); node; node = nodes.nextNode()) {
    const { data } = node as Text;
    if (data.includes('@') || alsoWanted?.(data)) yield node as Text;
  }
}
