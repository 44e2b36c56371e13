// Not `descendant-or-self::text()`, which would match a text node given as the root too: Blink ran it ~5% slower
// on a 5 MB page.
const WITH_AT = ".//text()[contains(., '@')]";

/**
 * The text nodes under `root` that contain an "@" (or that `alsoWanted` asks for), in page order. For "@" alone,
 * XPath does the search inside the engine: a script walking the nodes itself must first give each of the page's
 * text nodes a JS object, which on a page just loaded cost ~19 ms of 50,000 nodes, where the
 * engine's search took ~7 (bench/detection.ts; `innerText` alone took 33–50). A one-character `contains` is a
 * memchr. With `alsoWanted` (on demand, obfuscated addresses) the nodes are walked, lazily: an XPath predicate for
 * its markers measured slower than the walk (several `contains` and a `translate` per node). So too where there is
 * no XPath (a test DOM).
 */
export function textNodesWithAt(root: Node, alsoWanted?: (data: string) => boolean): Iterable<Text> {
  const doc = root.ownerDocument!;
  if (alsoWanted || typeof doc.evaluate !== 'function') return walk(root, alsoWanted);
  // 7: XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, the matches in page order.
  const found = doc.evaluate(WITH_AT, root, null, 7, null);
  const nodes: Text[] = [];
  for (let i = 0; i < found.snapshotLength; i++) nodes.push(found.snapshotItem(i) as Text);
  return nodes;
}

function* walk(root: Node, alsoWanted?: (data: string) => boolean): Generator<Text> {
  // 12: NodeFilter.SHOW_TEXT (4) | SHOW_CDATA_SECTION (8), which textContent includes too.
  const nodes = root.ownerDocument!.createNodeIterator(root, 12);
  for (let node = nodes.nextNode(); node; node = nodes.nextNode()) {
    const { data } = node as Text;
    if (data.includes('@') || alsoWanted?.(data)) yield node as Text;
  }
}
