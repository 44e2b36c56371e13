import type { Candidate } from '@/lib/candidates/candidate';
import { mergeCandidates } from '@/lib/candidates/merge';
import { MAX_CANDIDATES } from '@/lib/candidates/candidate';
import { watchedSiteOf } from '@/lib/candidates/sites';
import { RUN_SCAN_LIMIT, scanBudget, type ScanBudget } from '@/lib/email/scan-budget';
import { detectGeneric, findAddresses, rowName, toCandidate } from './generic';
import { detectGitHub, gitHubViewer } from './github';
import { detectLinkedIn, linkedInViewer } from './linkedin';
import { textsAfter } from './read-again';
import { touchesParts } from './relevant-change';
import { textsWithAtUnder } from './text-with-at';
import { NO_VIEWER, type Viewer, withoutViewer } from './viewer';

export { detectGeneric, detectGitHub, detectLinkedIn };

export interface SiteResult {
  candidates: Candidate[];
  viewer: Viewer;
  /** Whether the rest of the page may be read for addresses (not on a messaging page: other people's threads). */
  generic: boolean;
}

/** The site's own detectors, and who the viewer is there. */
export function siteCandidates(doc: Document, url: string): SiteResult {
  const kind = watchedSiteOf(url);
  if (kind === 'linkedin-profile') {
    return { candidates: detectLinkedIn(doc, url), viewer: linkedInViewer(doc), generic: true };
  }
  if (kind === 'github') return { candidates: detectGitHub(doc), viewer: gitHubViewer(doc), generic: true };
  // On messaging, other people's threads and the viewer's own messages: read on demand only (on-demand.ts), for the
  // open thread.
  return { candidates: [], viewer: NO_VIEWER, generic: kind !== 'linkedin-messaging' };
}

/** One read of a page: what it found, and what a later read may reuse. */
export interface PageRead {
  url: string;
  site: SiteResult;
  /** The page's text nodes with an "@", in page order. */
  texts: Text[];
  candidates: Candidate[];
}

/**
 * Everyone the user might want to invite from this page, best first: LinkedIn contact info,
 * a GitHub profile's email, the profile's own person, then `mailto:` links and page text; never the
 * signed-in viewer. The declared content script's set: webmail and homepages are read on demand only. Page text
 * is read within `budget` (docs/security.md SEC-9).
 *
 * Given the `last` read of this page and every change since (`records`), only the added parts are searched
 * (read-again.ts) and the site's result is kept, unless a change touches a part its detectors read: the same
 * result as a whole read. Without them, after a navigation, or with changes too many to keep, the page is read whole.
 */
export function readPage(
  doc: Document,
  url: string,
  budget: ScanBudget = scanBudget(RUN_SCAN_LIMIT),
  last?: PageRead,
  records?: readonly MutationRecord[],
): PageRead {
  const root = doc.body ?? doc.documentElement;
  const again = last?.url === url && records && !records.some(touchesParts);
  const site = again ? last.site : siteCandidates(doc, url);
  const texts = again ? textsAfter(last.texts, records, root) : site.generic ? textsWithAtUnder(root) : [];
  // Ranked and capped with the site's own finds, in one merge.
  const generic = site.generic ? findAddresses(doc, rowName, MAX_CANDIDATES, budget, texts) : [];
  const candidates = withoutViewer(mergeCandidates([...site.candidates, ...generic.map(toCandidate)]), site.viewer);
  return { url, site, texts, candidates };
}

export function detectCandidates(doc: Document, url: string, budget?: ScanBudget): Candidate[] {
  return readPage(doc, url, budget).candidates;
}
