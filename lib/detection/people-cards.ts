import { emailFromMailto, extractEmails } from '@/lib/email/extract';
import { decodeObfuscated } from '@/lib/email/deobfuscate';
import { textOf } from './dom';
import { personName } from './name-rules';
import { MAILTO_LINK, PERSON_NAME_IN_CARD } from './selectors';
import { isVisible } from './visibility';

// A card bigger than this is a section of the page, not one person's card.
const MAX_CARD_TEXT = 1_000;
const MAX_CARD_ELEMENTS = 60;
const MAX_LEVELS = 5;

/** The distinct addresses a (small) element holds: its links, its text, its obfuscated forms. */
function addressCount(el: Element, text: string): number {
  const links = [...el.querySelectorAll(MAILTO_LINK.join(','))].map((a) =>
    emailFromMailto(a.getAttribute('href') ?? ''),
  );
  const all = [
    ...links,
    ...extractEmails(text.replace(/\s*@\s*/g, '@')),
    ...decodeObfuscated(text).map((d) => d.email),
  ];
  return new Set(all.filter(Boolean).map((e) => e!.toLowerCase())).size;
}

/**
 * On a page about many people (a lab's People page, search results): the name in the smallest card around
 * an address that holds that address and no other. A card with two addresses could pair a name with
 * someone else's: then no name at all.
 */
export function cardName(el: Element): string | undefined {
  let card: Element | null = el;
  for (
    let level = 0;
    card && card !== card.ownerDocument.body && level < MAX_LEVELS;
    level++, card = card.parentElement
  ) {
    // Sized by elements first: a live collection's item(n) stops at n, where textContent would copy a whole
    // page section. textContent glues elements together ("PhD student" + "ytanaka@…"): the shown text is read.
    if (card.getElementsByTagName('*').item(MAX_CARD_ELEMENTS)) return undefined;
    if ((card.textContent ?? '').length > MAX_CARD_TEXT || addressCount(card, textOf(card)) > 1) return undefined;
    // The name, not the role or degree beside it ("Jane Doe, Ph.D." over "Principal Investigator"): where names are
    // marked up as such, then a line of text above the address that reads as one (site builders' hashed classes
    // mark nothing). Not a link's text: "Google Scholar" reads as a name too.
    const name =
      firstName(card.querySelectorAll(PERSON_NAME_IN_CARD.join(','))) ??
      firstName([...card.getElementsByTagName('*')].filter((line) => isLineAbove(line, el)));
    if (name) return name;
  }
  return undefined;
}

const isLineAbove = (line: Element, address: Element): boolean =>
  !line.childElementCount && !line.closest(LINK_OR_CONTROL) && !!(line.compareDocumentPosition(address) & FOLLOWING);
const LINK_OR_CONTROL = 'a, button, label, select, option';
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

function firstName(elements: Iterable<Element>): string | undefined {
  for (const el of elements) {
    const name = personName(textOf(el));
    if (name && isVisible(el)) return name;
  }
  return undefined;
}
