import {
  GITHUB_EMAIL_TEXT,
  GITHUB_PROFILE_MARKER,
  GITHUB_VIEWER_LOGIN,
  LINKEDIN_CONTACT_EMAIL_TEXT,
  LINKEDIN_NAME_ANYWHERE,
  LINKEDIN_TOP_CARD,
  LINKEDIN_VIEWER_PHOTO,
  MAILTO_LINK,
} from './selectors';

// Most of what changes on a LinkedIn page after it loads (a feed card, a reaction count, a notification) cannot
// change who the page shows: reading the whole page again for each cost the content script more than a naive
// read of the page (bench/content-script-cost.ts). A change is read only when it may bring or take an address,
// or a part the site detectors read: a profile's card or name, the signed-in viewer (never to be proposed).

const READ_PARTS = [
  ...MAILTO_LINK,
  ...LINKEDIN_TOP_CARD,
  ...LINKEDIN_NAME_ANYWHERE,
  ...LINKEDIN_CONTACT_EMAIL_TEXT,
  ...LINKEDIN_VIEWER_PHOTO,
  ...GITHUB_PROFILE_MARKER,
  ...GITHUB_VIEWER_LOGIN,
  ...GITHUB_EMAIL_TEXT,
  'h1',
].join(',');
/** A subtree this big is the page rendering a view, not an update within one: read the page again. */
const BIG_SUBTREE = 200;
const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

function mayHoldAddress(node: Node): boolean {
  if (node.nodeType === TEXT || node.nodeType === CDATA) return (node as Text).data.includes('@');
  if (node.nodeType !== ELEMENT) return false;
  const el = node as Element;
  // Sized by elements before any text is copied: item(n) of a live collection stops at n.
  if (el.getElementsByTagName('*').item(BIG_SUBTREE)) return true;
  return (el.textContent ?? '').includes('@') || el.matches(READ_PARTS) || !!el.querySelector(READ_PARTS);
}

/** Whether these DOM changes may add or remove an address or a part read for a person (or render a whole view). */
export function mayChangeAddresses(records: readonly MutationRecord[]): boolean {
  for (const record of records) {
    if (record.type === 'characterData') {
      if ((record.target as Text).data.includes('@') || record.oldValue?.includes('@')) return true;
      continue;
    }
    for (const node of record.addedNodes) if (mayHoldAddress(node)) return true;
    for (const node of record.removedNodes) if (mayHoldAddress(node)) return true;
  }
  return false;
}
