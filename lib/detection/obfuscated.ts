import { extractEmails } from '@/lib/email/extract';
import { decodeObfuscated, mayBeObfuscated } from '@/lib/email/deobfuscate';
import type { Find, NameNear } from './generic';
import { CODE_BLOCK } from './selectors';
import { isVisible } from './visibility';

const SHOW_TEXT = 4;
// A block this long is not one address split across elements.
const MAX_SPLIT_TEXT = 300;
const MAX_FINDS = 20;

/**
 * "jane@uni…" split across elements (`<span>jane</span><span>@</span><span>uni.edu</span>`): a text node
 * with an "@" but no address of its own, read with its nearest short ancestor.
 */
function splitAddress(node: Text): { email: string; provenance: string } | undefined {
  if (extractEmails(node.data).length) return undefined;
  for (let el = node.parentElement, level = 0; el && level < 3; el = el.parentElement, level++) {
    const text = el.textContent ?? '';
    if (text.length > MAX_SPLIT_TEXT) return undefined;
    const [email] = extractEmails(text.replace(/\s*@\s*/g, '@'));
    if (email) return { email, provenance: 'Joined from an address split across the page' };
  }
  return undefined;
}

/**
 * The addresses a person wrote so that machines would miss them, decoded: only on the user's explicit
 * action (detect.content.ts), each with what the page wrote ("Decoded from …"). One pass over the text
 * nodes, reading only those with a marker ("at" in brackets or between spaces, or a lone "@").
 */
export function findObfuscated(doc: Document, nameNear: NameNear): Find[] {
  const finds: Find[] = [];
  const root = doc.body ?? doc.documentElement;
  const nodes = doc.createNodeIterator(root, SHOW_TEXT);
  for (let node = nodes.nextNode() as Text | null; node && finds.length < MAX_FINDS; node = nodes.nextNode() as Text | null) {
    const { data } = node;
    const at = data.includes('@');
    if (!at && !mayBeObfuscated(data)) continue;
    const el = node.parentElement;
    if (!el || !isVisible(el) || el.closest(CODE_BLOCK.join(','))) continue;
    const decoded = at
      ? [splitAddress(node)].filter((d) => !!d)
      : decodeObfuscated(data).map(({ email, written }) => ({ email, provenance: `Decoded from “${written}”` }));
    for (const { email, provenance } of decoded) {
      const name = nameNear(el);
      const find: Find = { source: 'decoded', email, el, provenance };
      if (name) find.name = name;
      finds.push(find);
    }
  }
  return finds;
}
