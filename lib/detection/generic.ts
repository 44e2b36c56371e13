import type { Candidate, CandidateSource } from '@/lib/candidates/candidate';
import { MAX_CANDIDATES } from '@/lib/candidates/candidate';
import { mergeCandidates } from '@/lib/candidates/merge';
import { emailFromMailto, extractEmails } from '@/lib/email/extract';
import { RUN_SCAN_LIMIT, scanBudget, type ScanBudget } from '@/lib/email/scan-budget';
import { textOf } from './dom';
import { looksLikeName } from './person-name';
import { CODE_BLOCK, MAILTO_LINK, TABLE_CELL } from './selectors';
import { textNodesWithAt } from './text-with-at';
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
 * Addresses the user can see on any page: `mailto:` links first, then text. Never innerText (it
 * lays out the whole page): only the rare text node holding an "@" is read and checked for
 * visibility. Stops early once `limit` finds rank at least as high as any later find could
 * (page text, at best named); only a name turning up later for an address already seen is lost. Page text is read
 * within `budget` (docs/security.md SEC-9): a hostile page gets a bounded run, not a frozen tab.
 */
export function detectGeneric(doc: Document, limit = MAX_CANDIDATES, budget: ScanBudget = scanBudget(RUN_SCAN_LIMIT)): Candidate[] {
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

  for (const node of textNodesWithAt(doc.body ?? doc.documentElement)) {
    if (strong >= limit || budget.exhausted) break;
    const el = node.parentElement;
    if (!el || !isVisible(el)) continue;
    const inCode = el.closest(CODE_BLOCK.join(','));
    for (const email of extractEmails(node.data, budget)) add(email, 'page-text', inCode ? undefined : rowName(el));
  }
  return mergeCandidates([...found.values()], limit);
}
