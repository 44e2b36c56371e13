import { changedNodes } from './relevant-change';
import { textsWithAtUnder } from './text-with-at';

// A page that changes after load (a feed card, a comment) was read again whole: on a 3 MB LinkedIn profile that
// cost more than a naive read of the page. Most of a read is finding the text nodes with an "@" and the site's
// detectors; each node's own reading (visibility, name, addresses) is cheap. So a read after changes keeps the
// nodes it had, drops those gone from the page, adds those under the added nodes, and reads every one again: the
// same result as a whole read, for the cost of the added nodes.

/** `kept` (in page order) without the nodes gone from the page, with `added` put in place. */
function inPageOrder<T extends Node>(kept: T[], added: T[], root: Node): T[] {
  // A node moved is among both: placed again where it is now, as a whole read would find it.
  const nodes = kept.filter((node) => !added.includes(node) && root.contains(node));
  for (const node of added) {
    if (!root.contains(node) || nodes.includes(node)) continue;
    // Before the first node that follows it (4: DOCUMENT_POSITION_FOLLOWING), not by sorting the whole list again:
    // comparing two nodes far apart costs the engine a walk over the siblings between them.
    const at = nodes.findIndex((other) => node.compareDocumentPosition(other) & 4);
    nodes.splice(at < 0 ? nodes.length : at, 0, node);
  }
  return nodes;
}

/** The text nodes with an "@" under `root` after `records` (every change since `kept` was found). */
export function textsAfter(kept: Text[], records: readonly MutationRecord[], root: Node): Text[] {
  // Removed nodes are searched too (by XPath, cheaply), and left out as no longer in the page.
  return inPageOrder(kept, records.flatMap(changedNodes).flatMap(textsWithAtUnder), root);
}
