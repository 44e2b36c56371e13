import type { Candidate, CandidateSource } from '../../../lib/candidates/candidate';
import { MAX_CANDIDATES } from '../../../lib/candidates/candidate';
import { mergeCandidates } from '../../../lib/candidates/merge';
import { emailFromMailto, extractEmails } from '../../../lib/email/extract';
import { SHOW_TEXT, textOf } from './dom';
import { looksLikeName } from './person-name';
import { CODE_BLOCK, MAILTO_LINK, TABLE_CELL } from './selectors';
import { isVisible } from './visibility';


/** In a table row, a sibling cell that reads as a person's name ("Jane Doe | Engineer | jane@…"). */
function rowName(el: Element): string | undefined {
  const cell = el.closest(TABLE_CELL.join(','));
  const row = cell?.parentElement;
  if (!cell || row?.tagName !== 'TR') return undefined;
  for (const sibling of row.children) {
    const text = textOf(sibling);
    if (sibling !== cell && looksLikeName(text) && isVisible(sibling)) return text;
  }
  return undefined;
}

/**
 * Addresses the user can see on any page: `mailto:` links first, then text. Walks text nodes
 * (no innerText: that forces layout of the whole page) and looks closer only at the rare node
 * holding an "@". Stops early once `limit` finds rank at least as high as any later find could
 * (page text, at best named); only a name turning up later for an address already seen is lost.
 */
export function detectGeneric(doc: Document, limit = MAX_CANDIDATES): Candidate[] {
  const found = new Map<string, Candidate>();
  let strong = 0; // finds that no later find can outrank
  const add = (email: string, source: CandidateSource, name: string | undefined): void => {
    const key = email.toLowerCase();
    const seen = found.get(key);
    if (!seen) {
      found.set(key, name ? { email, name, source } : { email, source });
      if (name || source === 'mailto-link') strong++;
    } else if (!seen.name && name) {
      seen.name = name;
      if (seen.source === 'page-text') strong++;
    }
  };

  for (const link of doc.querySelectorAll(MAILTO_LINK.join(','))) {
    const email = emailFromMailto(link.getAttribute('href') ?? '');
    if (!email || !isVisible(link)) continue;
    const text = textOf(link);
    add(email, 'mailto-link', looksLikeName(text) ? text : rowName(link));
  }

  const walker = doc.createTreeWalker(doc.body ?? doc, SHOW_TEXT);
  for (let node = walker.nextNode(); node && strong < limit; node = walker.nextNode()) {
    const text = (node as Text).data;
    if (text.indexOf('@') < 0) continue;
    const el = node.parentElement;
    if (!el || !isVisible(el)) continue;
    const inCode = el.closest(CODE_BLOCK.join(','));
    for (const email of extractEmails(text)) add(email, 'page-text', inCode ? undefined : rowName(el));
  }
  return mergeCandidates([...found.values()], limit);
}
