import { i18n } from '#i18n';
import { extractEmails } from '@/lib/email/extract';
import { decodeObfuscated, mayBeObfuscated } from '@/lib/email/deobfuscate';
import type { AlsoRead, Find, NameNear } from './generic';

// A block this long is not one address split across elements.
const MAX_SPLIT_TEXT = 300;
const MAX_SPLIT_ELEMENTS = 12;
const MAX_FINDS = 20;

/**
 * "jane@uni…" split across elements (`<span>jane</span><span>@</span><span>uni.edu</span>`): a text node
 * with an "@" but no address of its own, read with its nearest short ancestor.
 */
function splitAddress(node: Text): { email: string; provenance: string } | undefined {
  if (extractEmails(node.data).length) return undefined;
  for (let el = node.parentElement, level = 0; el && level < 3; el = el.parentElement, level++) {
    // Sized by elements before any text is copied: item(n) of a live collection stops at n.
    if (el.getElementsByTagName('*').item(MAX_SPLIT_ELEMENTS)) return undefined;
    const text = el.textContent ?? '';
    if (text.length > MAX_SPLIT_TEXT) return undefined;
    const [email] = extractEmails(text.replace(/\s*@\s*/g, '@'));
    if (email) return { email, provenance: i18n.t('source.joinedSplit') };
  }
  return undefined;
}

/**
 * The addresses a person wrote so that machines would miss them, decoded: only on the user's explicit
 * action (detect.content.ts), each with what the page wrote ("Decoded from …", in the browser's language: this
 * script, unlike the one on every page, has room for the i18n module). Reads, in the generic
 * detector's one pass over the page, only the text nodes with a marker; visibility is checked already.
 */
export function obfuscatedReader(nameNear: NameNear): AlsoRead & { finds: Find[] } {
  const finds: Find[] = [];
  return {
    finds,
    wants: mayBeObfuscated,
    take(node) {
      const el = node.parentElement;
      if (!el || finds.length >= MAX_FINDS) return;
      const decoded = node.data.includes('@')
        ? [splitAddress(node)].filter((d) => !!d)
        : decodeObfuscated(node.data).map(({ email, written }) => ({
            email,
            provenance: i18n.t('source.decodedFrom', { written }),
          }));
      for (const { email, provenance } of decoded) {
        const name = nameNear(el);
        finds.push(
          name ? { source: 'decoded', email, el, provenance, name } : { source: 'decoded', email, el, provenance },
        );
      }
    },
  };
}
