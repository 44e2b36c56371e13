// Text nodes: 4 (NodeFilter.SHOW_TEXT) | 8 (SHOW_CDATA_SECTION, which textContent includes too).
const SHOW_TEXT_AND_CDATA = 12;
// XPathResult.ORDERED_NODE_SNAPSHOT_TYPE: the matches in page order.
const ORDERED_SNAPSHOT = 7;
const WITH_AT = ".//text()[contains(., '@')]";

/**
 * The text nodes under `root` that contain an "@" (or that `alsoWanted` asks for), in page order, lazily.
 * For "@" alone, XPath does the search inside the engine: a script walking the nodes itself must first give each
 * of the page's text nodes a JS object, which on a page just loaded cost ~19 ms of 50,000 nodes, where the
 * engine's search took ~7 (bench/detection.ts; `innerText` alone took 33–50). A one-character `contains` is a
 * memchr. With `alsoWanted` (on demand, obfuscated addresses) the nodes are walked: an XPath predicate for its
 * markers measured slower than the walk (several `contains` and a `translate` per node). So too where there is
 * no XPath (a test DOM).
 */
export function* textNodesWithAt(root: Element, alsoWanted?: (data: string) => boolean): Generator<Text> {
  const doc = root.ownerDocument;
  if (!alsoWanted && typeof doc.evaluate === 'function') {
    const found = doc.evaluate(WITH_AT, root, null, ORDERED_SNAPSHOT, null);
    for (let i = 0; i < found.snapshotLength; i++) yield found.snapshotItem(i) as Text;
    return;
  }
  const nodes = doc.createNodeIterator(root, SHOW_TEXT_AND_CDATA);
  for (let node = nodes.nextNode(); node; node = nodes.nextNode()) {
    const { data } = node as Text;
    if (data.includes('@') || alsoWanted?.(data)) yield node as Text;
  }
}
