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

/** An address found on the page, with the element it was found in. */
export interface Find extends Candidate {
  email: string;
  el: Element;
}

/** How a detector names the person an address belongs to, from the element it was found in. */
export type NameNear = (el: Element) => string | undefined;

/** More text to read in the same pass over the page: nodes it `wants`, and "@" nodes that held no address. */
export interface AlsoRead {
  wants: (data: string) => boolean;
  take: (node: Text) => void;
}

// Around each "@", this much text at most is read: an address is at most 254 characters (SEC-9's bound per node).
const WINDOW = 256;
const MAX_AT_PER_NODE = 20;
// Addresses nobody reads: GitHub's commit addresses, senders' "no-reply".
const NO_REPLY = /(?:^|[.+_-])no-?reply@|@users\.noreply\.github\.com$/;

/** In a table row, a sibling cell that reads as a person's name ("Jane Doe | Engineer | jane@…"). */
export function rowName(el: Element): string | undefined {
  const cell = el.closest(TABLE_CELL.join(','));
  const row = cell?.parentElement;
  if (!cell || row?.tagName !== 'TR') return undefined;
  for (const sibling of row.children) {
    const text = textOf(sibling);
    if (sibling !== cell && looksLikeName(text) && isVisible(sibling)) return text;
  }
  return undefined;
}

/** The addresses in a text node, reading only bounded windows around its first "@"s, within `budget`. */
export function emailsAround(text: string, budget: ScanBudget): string[] {
  if (text.length <= WINDOW * 2) return extractEmails(text, budget);
  const found: string[] = [];
  for (
    let at = text.indexOf('@'), n = 0;
    at >= 0 && n < MAX_AT_PER_NODE && !budget.exhausted;
    at = text.indexOf('@', at + 1), n++
  ) {
    found.push(...extractEmails(text.slice(Math.max(0, at - 64), at + WINDOW), budget));
  }
  return found;
}

/**
 * Addresses the user can see on any page: `mailto:` links first, then text. Never innerText (it
 * lays out the whole page): only the rare text node holding an "@" (`texts`, in page order) is read and checked
 * for visibility. Stops early once `limit` finds rank at least as high as any later find could
 * (page text, at best named); only a name turning up later for an address already seen is lost. Page text is read
 * within `budget` (docs/security.md SEC-9): a hostile page gets a bounded run, not a frozen tab.
 */
export function findAddresses(
  doc: Document,
  nameNear: NameNear,
  limit: number,
  budget: ScanBudget,
  texts: Iterable<Text>,
  also?: AlsoRead,
): Find[] {
  const found = new Map<string, Find>();
  let strong = 0; // finds that no later find can outrank
  const add = (email: string, source: CandidateSource, name: string | undefined, el: Element): void => {
    const key = email.toLowerCase();
    if (NO_REPLY.test(key)) return;
    const seen = found.get(key);
    if (!seen) {
      found.set(key, { email, source, el, ...(name && { name }) });
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
    add(email, 'mailto-link', looksLikeName(text) ? text : nameNear(link), link);
  }

  for (const node of texts) {
    if ((strong >= limit && !also) || budget.exhausted) break;
    const el = node.parentElement;
    if (!el || !isVisible(el)) continue;
    const inCode = el.closest(CODE_BLOCK.join(','));
    const emails = node.data.includes('@') ? emailsAround(node.data, budget) : [];
    for (const email of emails) add(email, 'page-text', inCode ? undefined : nameNear(el), el);
    if (!emails.length && !inCode) also?.take(node);
  }
  return [...found.values()];
}

/** A find as the popup gets it: without its element. */
export const toCandidate = ({ el: _el, ...candidate }: Find): Candidate => candidate;

export function detectGeneric(
  doc: Document,
  limit = MAX_CANDIDATES,
  budget: ScanBudget = scanBudget(RUN_SCAN_LIMIT),
): Candidate[] {
  const texts = textNodesWithAt(doc.body ?? doc.documentElement);
  return mergeCandidates(findAddresses(doc, rowName, limit, budget, texts).map(toCandidate), limit);
}
