import {
  CANONICAL_LINK,
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
// change who the page shows: the content script reads the page again only for a change to a part the site
// detectors read: a profile's card or name, its contact dialog, the signed-in viewer (never to be proposed).

/**
 * What the site detectors read: mailto links, a profile's card, name and address, the
 * signed-in viewer, the page's title and canonical link. A change inside one of these, or adding or removing one,
 * changes what they find. (The contact dialog's and GitHub's email links are mailto links; GitHub's name and login
 * are inside its profile marker, `.vcard-names`; its bio changes only when the viewer edits their own profile. A part matched through its ancestors, `main section.artdeco-card`,
 * is not recognised once removed alone: a change that rare waits for the next read.)
 */
const READ_PARTS = [
  ...MAILTO_LINK,
  ...LINKEDIN_TOP_CARD,
  ...LINKEDIN_NAME_ANYWHERE,
  ...LINKEDIN_CONTACT_EMAIL_TEXT,
  ...LINKEDIN_VIEWER_PHOTO,
  ...CANONICAL_LINK,
  'title',
  ...GITHUB_PROFILE_MARKER,
  ...GITHUB_EMAIL_TEXT,
  ...GITHUB_VIEWER_LOGIN,
].join(',');
const ELEMENT = 1;

const isPart = (node: Node): boolean =>
  node.nodeType === ELEMENT && ((node as Element).matches(READ_PARTS) || !!(node as Element).querySelector(READ_PARTS));

/**
 * What the content script observes: every node added, removed or edited, and an image's `alt`, which is how the
 * signed-in viewer's photo names them (LinkedIn may fill it in after the first read). Not other attributes: a page
 * rewrites links and swaps icons all day, and each record would be one more to sort.
 */
export const OBSERVED: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributeFilter: ['alt'],
};

/** Whether any of the nodes is such a part (by index: no arrays or iterators per record, the page may change often). */
function anyPart(nodes: NodeList): boolean {
  for (let i = 0; i < nodes.length; i++) if (isPart(nodes[i]!)) return true;
  return false;
}

/**
 * Whether a change may change what the site detectors read: one inside such a part, or adding or removing one (a
 * text's or an image's `alt` change edits its own node).
 */
export function touchesParts(record: MutationRecord): boolean {
  const at = record.target.nodeType === ELEMENT ? (record.target as Element) : record.target.parentElement;
  if (!at || at.closest(READ_PARTS)) return true;
  if (record.type !== 'childList') return isPart(record.target);
  return anyPart(record.addedNodes) || anyPart(record.removedNodes);
}
